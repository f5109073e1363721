import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest, patientDetails } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { readQuery } from './search.ts';

let t: TestApp;
let serviceId: string;
const sessions: Record<'gp' | 'otherGp' | 'consultant' | 'otherConsultant', SignedIn> = {} as never;

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const otherService = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice', name: 'Brook Surgery' });
  const otherPractice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  await linkOrganisations(t.db.pool, otherService.id, otherPractice.id);
  serviceId = service.id;
  const make = async (key: keyof typeof sessions, organisationId: string, role: 'referrer' | 'consultant') => {
    const user = await buildUser(t.db.pool, { organisationId, roles: [role] });
    sessions[key] = await signInAs(t.app, user.email, user.password);
  };
  await make('gp', practice.id, 'referrer');
  await make('otherGp', otherPractice.id, 'referrer');
  await make('consultant', service.id, 'consultant');
  await make('otherConsultant', otherService.id, 'consultant');
});
afterAll(() => t.close());

const find = async (who: keyof typeof sessions, q: string) => {
  const response = await caller(t.app, sessions[who])('GET', `/api/search?q=${encodeURIComponent(q)}`);
  return { status: response.statusCode, body: response.json() };
};
const names = (body: { patients: { name: string }[] }) => body.patients.map((p) => p.name);

describe('the search box', () => {
  it('reads NHS numbers with or without spaces, references in any case, and the starts of names', () => {
    expect(readQuery('943 476 5919')).toEqual({ nhsNumber: '9434765919' });
    expect(readQuery('9434765919')).toEqual({ nhsNumber: '9434765919' });
    expect(readQuery('943 476 5918')).toHaveProperty('problem');
    expect(readQuery('td-7k2m9p')).toEqual({ reference: 'TD-7K2M9P' });
    expect(readQuery('  Ada  LOV ')).toEqual({ words: ['Ada', 'LOV'] });
    expect(readQuery('a')).toHaveProperty('problem');
  });

  it("finds the practice's own patients by NHS number, reference and name, with their requests", async () => {
    const gp = caller(t.app, sessions.gp);
    const grace = patientDetails({ givenName: 'Grace', familyName: 'Hopper-Search' });
    expect((await gp('POST', '/api/patients', grace)).statusCode).toBe(201);
    const spaced = `${grace.nhsNumber.slice(0, 3)} ${grace.nhsNumber.slice(3, 6)} ${grace.nhsNumber.slice(6)}`;
    const byNumber = await find('gp', spaced);
    expect(byNumber.status).toBe(200);
    expect(byNumber.body).toMatchObject({ by: 'nhs_number', more: false });
    expect(names(byNumber.body)).toEqual(['Grace Hopper-Search']);
    expect(byNumber.body.patients[0].requests).toEqual([]);

    const { id } = await draftRequest(t.app, sessions.gp, serviceId);
    const { reference } = (await gp('GET', `/api/requests/${id}`)).json();
    const byReference = await find('gp', reference.toLowerCase());
    expect(byReference.body.by).toBe('reference');
    expect(byReference.body.patients).toHaveLength(1);
    expect(byReference.body.patients[0].requests.map((r: { id: string }) => r.id)).toEqual([id]);
    expect(names(byReference.body)).toEqual(['Ada Lovelace']);

    expect(names((await find('gp', 'gra hopp')).body)).toEqual(['Grace Hopper-Search']);
    expect(names((await find('gp', 'hopper-search grace')).body)).toEqual(['Grace Hopper-Search']);
    expect(names((await find('gp', 'grace lovelace')).body)).toEqual([]);
    // Typed wildcards are letters, not patterns.
    expect(names((await find('gp', '%% __')).body)).toEqual([]);
  });

  it('finds nothing the caller may not see: another practice, a draft not sent, another service', async () => {
    const gp = caller(t.app, sessions.gp);
    const { id, patientId } = await draftRequest(t.app, sessions.gp, serviceId);
    const { reference } = (await gp('GET', `/api/requests/${id}`)).json();
    const { nhsNumber } = (await gp('GET', `/api/patients/${patientId}`)).json();
    for (const q of [nhsNumber, reference]) {
      expect((await find('otherGp', q)).body.patients, `another practice: ${q}`).toEqual([]);
      expect((await find('consultant', q)).body.patients, `the service, before it is sent: ${q}`).toEqual([]);
    }
    expect((await gp('POST', `/api/requests/${id}/submit`)).statusCode).toBe(200);
    const sent = await find('consultant', reference);
    expect(sent.body.patients[0].requests.map((r: { reference: string }) => r.reference)).toEqual([reference]);
    expect((await find('otherConsultant', reference)).body.patients).toEqual([]);
    expect((await find('otherConsultant', nhsNumber)).body.patients).toEqual([]);
  });

  it('says what is wrong with what was typed, and audits each search once without the words', async () => {
    const refused = await find('gp', '943 476 5918');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'q' });
    expect((await find('gp', 'x')).status).toBe(400);
    const before = (
      await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'search.performed'`)
    ).rows[0].n as number;
    await find('gp', 'Secretname');
    const { rows } = await t.db.pool.query(
      `SELECT detail FROM audit_events WHERE action = 'search.performed' ORDER BY seq DESC LIMIT 1`,
    );
    const after = (
      await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'search.performed'`)
    ).rows[0].n as number;
    expect(after - before).toBe(1);
    expect(rows[0].detail).toEqual({ by: 'name', results: 0 });
    expect(JSON.stringify(rows[0].detail)).not.toContain('Secretname');
  });
});
