import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest, markImagesComplete } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type TestApp } from '../../testing/test-app.ts';
import { escalateOverdueCases } from './escalate-overdue.ts';

/**
 * Hazard H10: a case reaching its due day, and again passing its response target, is escalated to the service's
 * admins and the consultant holding it (email and home page), audited, once per case per stage.
 */
let t: TestApp;
let serviceId: string;
const users: Record<string, { email: string; password: string; call: ReturnType<typeof caller> }> = {};

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  serviceId = service.id;
  const make = async (name: string, organisationId: string, role: 'referrer' | 'consultant' | 'service_admin') => {
    const user = await buildUser(t.db.pool, { organisationId, roles: [role] });
    const call = caller(t.app, await signInAs(t.app, user.email, user.password));
    users[name] = { email: user.email, password: user.password, call };
  };
  await make('gp', practice.id, 'referrer');
  await make('admin', service.id, 'service_admin');
  await make('holder', service.id, 'consultant');
  await make('other', service.id, 'consultant');
});
afterAll(() => t.close());

const escalate = () =>
  escalateOverdueCases(
    { pool: t.db.pool, clock: t.clock, publicOrigin: 'https://telederm.example' },
    t.services.jobs.boss,
  );
const mailTo = async (email: string, requestId: string) =>
  (
    await t.db.pool.query<{ subject: string; body_text: string }>(
      'SELECT subject, body_text FROM outbox WHERE recipient = $1 AND request_id = $2 ORDER BY created_at, subject',
      [email, requestId],
    )
  ).rows;

/** A referral ready for review, its due date set by the service's target (3 working days). */
async function readyCase() {
  t.clock.set('2026-11-23T09:00:00Z'); // a Monday
  const gp = await signInAgain('gp');
  const { id } = await draftRequest(t.app, gp, serviceId);
  await users['gp']!.call('POST', `/api/requests/${id}/submit`);
  await markImagesComplete(t.db.pool, id, t.clock.now());
  const detail = (await users['gp']!.call('GET', `/api/requests/${id}`)).json();
  return { id, reference: detail.reference as string, dueAt: new Date(detail.dueAt) };
}

/** Sessions end when the clock moves by days, as in life: sign the named user in again. */
async function signInAgain(name: string) {
  const user = users[name]!;
  const session = await signInAs(t.app, user.email, user.password);
  user.call = caller(t.app, session);
  return session;
}

describe('overdue cases', () => {
  it('are escalated on their due day and again when the target passes, once per stage, to the admins and the holder', async () => {
    const { id, reference, dueAt } = await readyCase();
    expect(dueAt.toISOString()).toBe('2026-11-26T23:59:59.999Z'); // Thursday, end of the London day

    // The day before: nothing.
    t.clock.set('2026-11-25T10:00:00Z');
    expect((await escalate()).filter((e) => e.requestId === id)).toEqual([]);

    // The holder claims it; on its due day the admins and the holder are told, once however often the job runs.
    t.clock.set('2026-11-26T08:00:00Z');
    await signInAgain('holder');
    const holder = users['holder']!;
    expect((await holder.call('POST', `/api/requests/${id}/claim`)).statusCode).toBe(200);
    const [first, again] = [await escalate(), await escalate()];
    expect(first.filter((e) => e.requestId === id).map((e) => [e.stage, e.cause])).toEqual([['due', 'claimed']]);
    expect(again.filter((e) => e.requestId === id)).toEqual([]);
    const toAdmin = await mailTo(users['admin']!.email, id);
    expect(toAdmin.map((m) => m.subject)).toEqual([`Telederm ${reference}: response due today`]);
    expect(toAdmin[0]!.body_text).toContain('A consultant has claimed it');
    expect(await mailTo(holder.email, id)).toHaveLength(1);
    expect(await mailTo(users['other']!.email, id)).toEqual([]);

    // Past the target, with two workers running the job at the same moment: breached, once between them.
    t.clock.set('2026-11-27T09:00:00Z');
    const together = (await Promise.all([escalate(), escalate()])).flat().filter((e) => e.requestId === id);
    expect(together.map((e) => e.stage)).toEqual(['breached']);
    expect((await mailTo(users['admin']!.email, id)).map((m) => m.subject)).toContain(
      `Telederm ${reference}: past its response target`,
    );
    const audited = await t.db.pool.query(
      "SELECT detail->>'stage' AS stage FROM audit_events WHERE action = 'request.escalated' AND record_id = $1 ORDER BY at",
      [id],
    );
    expect(audited.rows.map((row) => row.stage)).toEqual(['due', 'breached']);
  });

  it('a case found already past its target is told once, as a breach, and listed with its cause', async () => {
    const { id, reference } = await readyCase();
    t.clock.set('2026-12-01T09:00:00Z');
    const escalated = (await escalate()).filter((e) => e.requestId === id);
    expect(escalated.map((e) => e.stage).sort()).toEqual(['breached', 'due']);
    expect((await mailTo(users['admin']!.email, id)).map((m) => m.subject)).toEqual([
      `Telederm ${reference}: past its response target`,
    ]);

    for (const name of ['gp', 'admin', 'holder', 'other']) await signInAgain(name);
    // The GP's list says how late it is: due Thursday 26 November, now Tuesday 1 December.
    const requests = (await users['gp']!.call('GET', '/api/requests')).json().requests;
    expect(requests.find((r: { id: string }) => r.id === id).overdueWorkingDays).toBe(3);
    const listed = (await users['admin']!.call('GET', '/api/escalations?stage=breached')).json().cases;
    expect(listed.find((c: { requestId: string }) => c.requestId === id)).toMatchObject({
      stage: 'breached',
      cause: 'waiting_for_consultant',
      holderName: null,
    });
    // A consultant's list holds the cases they hold, not the service's others.
    const mine = (await users['other']!.call('GET', '/api/escalations')).json().cases;
    expect(mine.map((c: { requestId: string }) => c.requestId)).not.toContain(id);
  });
});
