import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, patientDetails } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
const sessions: Record<'gp' | 'otherGp' | 'consultant', SignedIn> = {} as never;

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  const otherPractice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  await linkOrganisations(t.db.pool, service.id, otherPractice.id);
  for (const [key, organisationId, role] of [
    ['gp', practice.id, 'referrer'],
    ['otherGp', otherPractice.id, 'referrer'],
    ['consultant', service.id, 'consultant'],
  ] as const) {
    const user = await buildUser(t.db.pool, { organisationId, roles: [role] });
    sessions[key] = await signInAs(t.app, user.email, user.password);
  }
});
afterAll(() => t.close());

describe("a patient's contact details", () => {
  it('are changed by their practice on its own record, every problem at once, audited by field name only', async () => {
    const gp = caller(t.app, sessions.gp);
    const registered = (await gp('POST', '/api/patients', patientDetails({ mobile: '', email: '' }))).json();
    expect(registered).toMatchObject({ mobile: null, email: null });
    const url = `/api/patients/${registered.id}/contact`;

    const refused = await gp('PATCH', url, { mobile: '0123', email: 'not an address', postcode: 'nowhere' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { field: string }) => e.field)).toEqual(['mobile', 'email', 'postcode']);

    const changed = await gp('PATCH', url, { mobile: '07700 900456', email: 'Ada@Example.com ' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ mobile: '+447700900456', postcode: registered.postcode });
    expect(changed.json().email).toMatch(/^ada@example\.com$/i);
    const { rows } = await t.db.pool.query(
      `SELECT detail FROM audit_events WHERE action = 'patient.contact_updated' AND record_id = $1`,
      [registered.id],
    );
    expect(rows).toEqual([{ detail: { fields: ['mobile', 'email'] } }]);
    expect(JSON.stringify(rows)).not.toContain('900456');

    // An empty mobile removes it.
    expect((await gp('PATCH', url, { mobile: '' })).json().mobile).toBeNull();
  });

  it('cannot be changed by another practice (as for no patient at all) or by the service', async () => {
    const registered = (await caller(t.app, sessions.gp)('POST', '/api/patients', patientDetails())).json();
    const url = `/api/patients/${registered.id}/contact`;
    const elsewhere = await caller(t.app, sessions.otherGp)('PATCH', url, { mobile: '07700 900999' });
    const nobody = await caller(t.app, sessions.otherGp)('PATCH', `/api/patients/${crypto.randomUUID()}/contact`, {
      mobile: '07700 900999',
    });
    expect(elsewhere.statusCode).toBe(404);
    expect({ ...elsewhere.json(), instance: null }).toEqual({ ...nobody.json(), instance: null });
    expect((await caller(t.app, sessions.consultant)('PATCH', url, { mobile: '07700 900999' })).statusCode).toBe(403);
    const after = (await caller(t.app, sessions.gp)('GET', `/api/patients/${registered.id}`)).json();
    expect(after.mobile).toBe(registered.mobile);
  });
});
