import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest, markImagesComplete, type Call } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type TestApp } from '../../testing/test-app.ts';

type Event = {
  seq: number;
  action: string;
  actorLabel: string;
  actorOrganisationId: string | null;
  recordType: string | null;
  recordId: string | null;
  requestReference: string | null;
  outcome: string;
  at: string;
};

let t: TestApp;
let serviceId: string;
let gp: Call;
let consultant: Call;
let admin: Call;
let otherAdmin: Call;
let sysadmin: Call;
let consultantEmail: string;
let patient: { id: string; nhsNumber: string };
let request: { id: string; reference: string };

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const otherService = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  serviceId = service.id;
  const make = async (
    organisationId: string,
    role: 'referrer' | 'consultant' | 'service_admin' | 'system_admin',
    displayName?: string,
  ) => {
    const user = await buildUser(t.db.pool, { organisationId, roles: [role], ...(displayName ? { displayName } : {}) });
    return { call: caller(t.app, await signInAs(t.app, user.email, user.password)), ...user };
  };
  const referrer = await buildUser(t.db.pool, { organisationId: practice.id, roles: ['referrer'] });
  const gpSession = await signInAs(t.app, referrer.email, referrer.password);
  gp = caller(t.app, gpSession);
  // A name a spreadsheet would read as a formula: the CSV must not let it run.
  const theConsultant = await make(service.id, 'consultant', '=HYPERLINK("http://evil.example")');
  consultant = theConsultant.call;
  consultantEmail = theConsultant.email;

  const { id, patientId } = await draftRequest(t.app, gpSession, serviceId);
  patient = { id: patientId, nhsNumber: (await gp('GET', `/api/patients/${patientId}`)).json().nhsNumber };
  request = { id, reference: (await gp('GET', `/api/requests/${id}`)).json().reference };
  expect((await gp('POST', `/api/requests/${id}/submit`)).statusCode).toBe(200);
  await markImagesComplete(t.db.pool, id, t.clock.now());
  // The consultant reads the patient's request on two days, two days apart (signing in each day); once they are
  // refused something.
  for (const _ of [1, 2]) {
    t.clock.advance({ days: 2 });
    consultant = caller(t.app, await signInAs(t.app, theConsultant.email, theConsultant.password));
    expect((await consultant('GET', `/api/requests/${id}`)).statusCode).toBe(200);
  }
  expect((await consultant('GET', '/api/audit-events')).statusCode).toBe(403);
  // The administrators sign in now, after the days the clock moved.
  admin = (await make(service.id, 'service_admin')).call;
  otherAdmin = (await make(otherService.id, 'service_admin')).call;
  sysadmin = (await make(service.id, 'system_admin')).call;
});
afterAll(() => t.close());

const search = async (who: Call, query: Record<string, string>) => {
  const response = await who('GET', `/api/audit-events?${new URLSearchParams(query).toString()}`);
  return { status: response.statusCode, body: response.json<{ events: Event[]; nextBefore: number | null }>() };
};

describe('searching the audit trail', () => {
  it("finds a patient's events by NHS number, with spaces, only those of the administrator's own staff", async () => {
    const spaced = `${patient.nhsNumber.slice(0, 3)} ${patient.nhsNumber.slice(3, 6)} ${patient.nhsNumber.slice(6)}`;
    const found = await search(admin, { nhsNumber: spaced });
    expect(found.status).toBe(200);
    expect(found.body.events.map((e) => e.action)).toEqual(['request.viewed', 'request.viewed']);
    expect(found.body.events.every((e) => e.actorOrganisationId === serviceId)).toBe(true);
    expect(found.body.events[0]!.requestReference).toBe(request.reference);

    // The system administrator sees everyone's, the GP's own actions on the patient included.
    const everything = await search(sysadmin, { nhsNumber: patient.nhsNumber });
    expect(everything.body.events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['patient.registered', 'request.created', 'request.viewed']),
    );
    // Another service's administrator: nothing, and no hint whether the patient exists.
    const other = await search(otherAdmin, { nhsNumber: patient.nhsNumber });
    expect(other).toEqual({ status: 200, body: { events: [], nextBefore: null } });
    const unknown = await search(admin, { nhsNumber: '943 476 5919' });
    expect(unknown.body.events).toEqual([]);
  });

  it('finds by reference in any case, user, action or its start, refusals, and London dates', async () => {
    const byReference = await search(sysadmin, { reference: request.reference.toLowerCase() });
    expect(byReference.body.events.length).toBeGreaterThanOrEqual(3);
    expect(byReference.body.events.every((e) => e.recordId === request.id)).toBe(true);

    const byUser = await search(admin, { userEmail: consultantEmail.toUpperCase() });
    expect(byUser.body.events.map((e) => e.action)).toEqual(['access.denied', 'request.viewed', 'request.viewed']);
    expect((await search(admin, { userEmail: consultantEmail, outcome: 'denied' })).body.events).toHaveLength(1);
    const byPrefix = await search(admin, { userEmail: consultantEmail, action: 'request.' });
    expect(byPrefix.body.events.map((e) => e.action)).toEqual(['request.viewed', 'request.viewed']);

    // The two reads were on the 25th and the 27th (09:00 UTC); one London day holds just one of them.
    const [latest, earliest] = byPrefix.body.events;
    const day = (e: Event) => e.at.slice(0, 10);
    const oneDay = await search(admin, {
      userEmail: consultantEmail,
      action: 'request.',
      from: day(earliest!),
      to: day(earliest!),
    });
    expect(oneDay.body.events.map((e) => e.seq)).toEqual([earliest!.seq]);
    const after = await search(admin, { userEmail: consultantEmail, action: 'request.', from: day(latest!) });
    expect(after.body.events.map((e) => e.seq)).toEqual([latest!.seq]);
  });

  it('pages back through older events', async () => {
    const first = await search(sysadmin, { limit: '3' });
    expect(first.body.events).toHaveLength(3);
    expect(first.body.nextBefore).toBe(first.body.events[2]!.seq);
    const second = await search(sysadmin, { limit: '3', before: String(first.body.nextBefore) });
    expect(second.body.events[0]!.seq).toBeLessThan(first.body.events[2]!.seq);
  });

  it('refuses what it cannot read, in words, on the field', async () => {
    const bad = await admin('GET', '/api/audit-events?nhsNumber=943%20476%205918&from=2026-02-30');
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json().errors as { field: string; message: string }[]).map((e) => [e.field, e.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['nhsNumber', 'Enter a valid NHS number, 10 digits'],
        ['from', 'Enter a real date'],
      ]),
    );
    const backwards = await admin('GET', '/api/audit-events?from=2026-11-20&to=2026-11-10');
    expect(backwards.json().errors).toEqual([
      { field: 'to', message: 'The end date must be the same as or after the start date' },
    ]);
  });
});

describe('exporting the audit trail', () => {
  it('gives the search as CSV with a formula-like name defused, and records the export', async () => {
    const response = await admin('GET', `/api/audit-events.csv?userEmail=${encodeURIComponent(consultantEmail)}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-trail-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = response.body.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^"Sequence","When \(UTC\)","Who",/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"access.denied"');
    expect(lines[2]).toContain(`"${request.reference}"`);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"") <${consultantEmail}>"`);
    const { rows } = await t.db.pool.query(
      "SELECT detail FROM audit_events WHERE action = 'audit.exported' ORDER BY seq DESC LIMIT 1",
    );
    expect(rows[0].detail).toEqual({ count: 3, filters: ['userEmail'] });
    expect(JSON.stringify(rows[0].detail)).not.toContain(consultantEmail);
  });
});

describe("the audit chain's verification", () => {
  it('is shown to a service administrator as well as the system administrator', async () => {
    for (const who of [admin, sysadmin]) {
      const response = await who('GET', '/api/audit-events/verification');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ ok: true, problems: [] });
      expect(response.json().rows).toBeGreaterThan(10);
    }
  });
});

describe('a consultant working for two services', () => {
  it("leaves one service's patients out of the other service's administrator's search", async () => {
    const alpha = await buildOrganisation(t.db.pool, { kind: 'dermatology_service', name: 'Alpha Dermatology' });
    const zeta = await buildOrganisation(t.db.pool, { kind: 'dermatology_service', name: 'Zeta Dermatology' });
    const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
    await linkOrganisations(t.db.pool, zeta.id, practice.id);
    const referrer = await buildUser(t.db.pool, { organisationId: practice.id, roles: ['referrer'] });
    const gpSession = await signInAs(t.app, referrer.email, referrer.password);
    const { id, patientId } = await draftRequest(t.app, gpSession, zeta.id);
    const gpCall = caller(t.app, gpSession);
    expect((await gpCall('POST', `/api/requests/${id}/submit`)).statusCode).toBe(200);
    await markImagesComplete(t.db.pool, id, t.clock.now());
    const nhsNumber = (await gpCall('GET', `/api/patients/${patientId}`)).json().nhsNumber;

    const both = await buildUser(t.db.pool, {
      organisationId: alpha.id,
      roles: ['consultant'],
      also: [{ organisationId: zeta.id, roles: ['consultant'] }],
    });
    const consultantCall = caller(t.app, await signInAs(t.app, both.email, both.password));
    expect((await consultantCall('GET', `/api/requests/${id}`)).statusCode).toBe(200);
    // The read of Zeta's patient is stamped with the consultant's first organisation by name: Alpha.
    const { rows } = await t.db.pool.query<{ organisation: string }>(
      `SELECT actor_organisation_id AS organisation FROM audit_events
       WHERE actor_user_id = $1 AND action = 'request.viewed' ORDER BY seq DESC LIMIT 1`,
      [both.id],
    );
    expect(rows[0]!.organisation).toBe(alpha.id);

    const alphaAdminUser = await buildUser(t.db.pool, { organisationId: alpha.id, roles: ['service_admin'] });
    const alphaAdmin = caller(t.app, await signInAs(t.app, alphaAdminUser.email, alphaAdminUser.password));
    expect((await search(alphaAdmin, { nhsNumber })).body.events).toEqual([]);
    const byConsultant = (await search(alphaAdmin, { userEmail: both.email })).body.events;
    expect(byConsultant.filter((e) => e.action === 'request.viewed')).toEqual([]);
    const csv = await alphaAdmin('GET', `/api/audit-events.csv?userEmail=${encodeURIComponent(both.email)}`);
    expect(csv.body).not.toContain(id);
  });
});
