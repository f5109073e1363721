import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest, nextNhsNumber, patientDetails } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';

/**
 * Issue 11, finding 2: a practice's registration of a patient can only create or find its own record. It never
 * reads out or overwrites what another practice recorded, the contacts another practice's requests use stay that
 * practice's, and whether a number is known elsewhere cannot be learnt from the answer.
 */
let t: TestApp;
let practiceA: ReturnType<typeof caller>;
let practiceB: ReturnType<typeof caller>;
let referrerB: SignedIn;
let consultant: ReturnType<typeof caller>;
let serviceId: string;
let practiceBEmail: string;

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const a = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  const b = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  practiceBEmail = `practice-b-${b.id.slice(0, 8)}@nhs.example`;
  await t.db.pool.query('UPDATE organisations SET email = $2 WHERE id = $1', [b.id, practiceBEmail]);
  await linkOrganisations(t.db.pool, service.id, a.id);
  await linkOrganisations(t.db.pool, service.id, b.id);
  serviceId = service.id;
  const signIn = async (organisationId: string, role: 'referrer' | 'consultant') => {
    const user = await buildUser(t.db.pool, { organisationId, roles: [role] });
    return signInAs(t.app, user.email, user.password);
  };
  practiceA = caller(t.app, await signIn(a.id, 'referrer'));
  referrerB = await signIn(b.id, 'referrer');
  practiceB = caller(t.app, referrerB);
  consultant = caller(t.app, await signIn(service.id, 'consultant'));
});
afterAll(async () => t.close());

const patientRow = async (id: string) =>
  (await t.db.pool.query('SELECT email, mobile, address, postcode FROM patients WHERE id = $1', [id])).rows[0];
const outboxTo = async (recipient: string) =>
  (await t.db.pool.query('SELECT subject, body_text FROM outbox WHERE recipient = $1', [recipient])).rows;

describe("registering another practice's patient", () => {
  it('neither reveals nor changes their record, and their next patient link still goes to their address', async () => {
    const registered = await practiceB('POST', '/api/patients', {
      ...patientDetails(),
      email: 'patient.b@example.com',
      mobile: '07700 900111',
    });
    expect(registered.statusCode).toBe(201);
    const patientB = registered.json();
    const created = await practiceB('POST', '/api/requests', {
      patientId: patientB.id,
      kind: 'advice_and_guidance',
      urgency: 'routine',
      serviceId,
    });
    const requestB = created.json().id as string;
    expect(created.statusCode).toBe(201);

    // The attack: practice A registers B's patient with contact details of its choosing.
    const attack = await practiceA('POST', '/api/patients', {
      nhsNumber: patientB.nhsNumber,
      givenName: 'Ada',
      familyName: patientB.familyName,
      dateOfBirth: patientB.dateOfBirth,
      sex: 'female',
      email: 'attacker@example.com',
      mobile: '07700 900999',
      address: '99 Elsewhere Road',
      postcode: 'NV9 9ZZ',
    });
    expect(attack.statusCode).toBe(201);
    const taken = attack.json();
    expect(taken.id).not.toBe(patientB.id);
    expect(attack.body).not.toContain('patient.b@example.com');
    expect(attack.body).not.toContain('+447700900111');
    expect(taken).toMatchObject({ email: 'attacker@example.com', registeredElsewhereAt: null });

    // B's record is B's: unchanged, and still theirs alone.
    expect(await patientRow(patientB.id)).toEqual({
      email: 'patient.b@example.com',
      mobile: '+447700900111',
      address: '1 Test Street, Northam',
      postcode: 'NV1 4DE',
    });
    expect((await practiceA('GET', `/api/patients/${patientB.id}`)).statusCode).toBe(404);
    const searched = await practiceA('GET', `/api/patients?nhsNumber=${patientB.nhsNumber}`);
    expect(searched.json().patients.map((p: { id: string }) => p.id)).toEqual([taken.id]);
    expect((await practiceA('GET', `/api/requests/${requestB}`)).statusCode).toBe(404);

    // B's next patient link goes to the address B recorded, never the one A gave.
    const link = await practiceB('POST', `/api/requests/${requestB}/patient-links`, { channel: 'email' });
    expect(link.statusCode).toBe(201);
    // (The request's other message is the one telling practice B of the move, below.)
    const sent = await t.db.pool.query<{ recipient: string }>(
      'SELECT recipient FROM outbox WHERE request_id = $1 ORDER BY recipient',
      [requestB],
    );
    expect(sent.rows.map((row) => row.recipient)).toEqual(['patient.b@example.com', practiceBEmail].sort());
    expect(await outboxTo('attacker@example.com')).toEqual([]);

    // The move is B's to know about: its record is marked, the event audited, and its practice told by email,
    // with no patient details in the message.
    const seenByB = (await practiceB('GET', `/api/patients/${patientB.id}`)).json();
    expect(seenByB.registeredElsewhereAt).not.toBeNull();
    expect(seenByB.email).toBe('patient.b@example.com');
    const told = await outboxTo(practiceBEmail);
    expect(told).toHaveLength(1);
    expect(told[0].body_text).toContain(created.json().reference);
    expect(told[0].body_text).not.toContain(patientB.familyName);
    expect(told[0].body_text).not.toContain(patientB.nhsNumber);
    const audited = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'patient.registered_elsewhere' AND record_id = $1",
      [patientB.id],
    );
    expect(audited.rows[0].n).toBe(1);
  });

  it('answers the same whether the number is unknown, known elsewhere with other details, or known elsewhere', async () => {
    const heldByB = [patientDetails({ familyName: 'Wójcik' }), patientDetails({ familyName: 'Ní Bhriain' })];
    for (const patient of heldByB) expect((await practiceB('POST', '/api/patients', patient)).statusCode).toBe(201);
    // A number nobody holds; B's number with a wrong last name and date of birth; B's number with the right ones.
    const attempts = [
      patientDetails({ familyName: 'Guess', dateOfBirth: '1980-01-01' }),
      { ...heldByB[0], familyName: 'Guess', dateOfBirth: '1980-01-01' },
      heldByB[1],
    ];
    const answers = [];
    for (const attempt of attempts) {
      const response = await practiceA('POST', '/api/patients', attempt);
      // What differs is only what the caller sent (and the new record's id).
      const { id: _id, nhsNumber: _nhsNumber, familyName: _familyName, dateOfBirth: _dob, ...rest } = response.json();
      answers.push({ status: response.statusCode, rest, headers: Object.keys(response.headers).sort() });
    }
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect(answers[1]!.rest).toEqual(answers[0]!.rest);
    expect(answers[2]!.rest).toEqual(answers[0]!.rest);
    expect(answers[1]!.headers).toEqual(answers[0]!.headers);
    expect(answers[2]!.headers).toEqual(answers[0]!.headers);
  });

  it("keeps a practice's own clash to itself: a different name for its own record is refused (409)", async () => {
    const details = patientDetails();
    expect((await practiceA('POST', '/api/patients', details)).statusCode).toBe(201);
    const clash = await practiceA('POST', '/api/patients', { ...details, familyName: 'Babbage' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().detail).toMatch(/Your practice has this NHS number recorded/);
  });
});

describe('searching by name and date of birth', () => {
  it('refuses an impossible date with a 400 naming it, never a 500', async () => {
    const response = await practiceA('GET', '/api/patients?familyName=x&dateOfBirth=2001-02-30');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('dateOfBirth');
  });
});

describe('service staff and drafts', () => {
  it('cannot read or find a patient whose only request is an unsent draft; once sent, they can', async () => {
    const draft = await draftRequest(t.app, referrerB, serviceId);
    const { rows } = await t.db.pool.query('SELECT nhs_number FROM patients WHERE id = $1', [draft.patientId]);
    const nhsNumber = rows[0].nhs_number as string;
    expect((await consultant('GET', `/api/patients/${draft.patientId}`)).statusCode).toBe(404);
    const hidden = await consultant('GET', `/api/patients?nhsNumber=${nhsNumber}`);
    const nobody = await consultant('GET', `/api/patients?nhsNumber=${nextNhsNumber()}`);
    expect(hidden.json()).toEqual({ patients: [] });
    expect(hidden.body).toBe(nobody.body);

    const submitted = await practiceB('POST', `/api/requests/${draft.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((await consultant('GET', `/api/patients/${draft.patientId}`)).statusCode).toBe(200);
  });
});
