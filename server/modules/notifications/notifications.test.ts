import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../db/database.ts';
import { londonDate } from '../../working-days.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest, markImagesComplete, patientDetails } from '../../testing/intake.ts';
import { signOutcome } from '../../testing/review.ts';
import { buildTestApp, signInAs, type TestApp } from '../../testing/test-app.ts';
import { diagnoses } from '../review/diagnoses.ts';
import { escalateOverdueCases } from '../review/escalate-overdue.ts';
import { tellStaff } from './tell-staff.ts';

/**
 * The staff notification centre (issue 20). A missed question, answer or returned case leaves a patient waiting;
 * one told to the wrong person tells them of a patient they have no part in (hazard H3). So each kind is checked to
 * reach exactly the right people, through an organisation party to the request, and nobody else; in the
 * transaction of its event; with read and unread kept per person.
 */
let t: TestApp;
let serviceId: string;
let practiceId: string;
let clinicId: string;
let siteId: string;

type Name =
  'gp' | 'gp2' | 'otherGp' | 'drA' | 'drB' | 'admin' | 'clerk' | 'photographer' | 'outsideConsultant' | 'outsideAdmin';
const people = new Map<Name, { id: string; email: string; password: string }>();
const sessions = new Map<Name, ReturnType<typeof caller>>();

/** Calls the API as the named person, signing them in (again, after the clock has moved days on). */
async function as(name: Name) {
  const known = sessions.get(name);
  if (known) return known;
  const person = people.get(name)!;
  const call = caller(t.app, await signInAs(t.app, person.email, person.password));
  sessions.set(name, call);
  return call;
}
function moveClockTo(at: string | Date) {
  t.clock.set(at);
  sessions.clear();
}
async function ok(name: Name, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) {
  const response = await (await as(name))(method, url, payload);
  if (response.statusCode >= 400)
    throw new Error(`${method} ${url} as ${name}: ${response.statusCode} ${response.body}`);
  return response;
}

/** Every notification of a request, as (who, kind, audience), in a stable order. */
async function toldOf(requestId: string) {
  const { rows } = await t.db.pool.query<{ user_id: string; kind: string; audience: string; organisation_id: string }>(
    'SELECT user_id, kind, audience, organisation_id FROM staff_notifications WHERE request_id = $1',
    [requestId],
  );
  const nameOf = (id: string) => [...people].find(([, p]) => p.id === id)?.[0] ?? id;
  return rows
    .map((row) => ({ who: nameOf(row.user_id), kind: row.kind, audience: row.audience, via: row.organisation_id }))
    .sort((a, b) => `${a.kind}${a.who}`.localeCompare(`${b.kind}${b.who}`));
}

const reference = async (id: string) => (await ok('gp', 'GET', `/api/requests/${id}`)).json().reference as string;

async function readyCase(options: Parameters<typeof draftRequest>[3] = {}) {
  const { id } = await draftRequest(t.app, await gpSession(), serviceId, options);
  await ok('gp', 'POST', `/api/requests/${id}/submit`);
  await markImagesComplete(t.db.pool, id, t.clock.now());
  return id;
}
async function gpSession() {
  const person = people.get('gp')!;
  return signInAs(t.app, person.email, person.password);
}
async function inReview(by: Name = 'drA') {
  const id = await readyCase();
  const { version } = (await ok(by, 'POST', `/api/requests/${id}/claim`)).json();
  return { id, version: version as number };
}

const diagnosis = diagnoses.find((d) => !d.cancer)!;
const outcome = (version: number, category = 'discharge_with_advice') => ({
  version,
  category,
  diagnosisCode: diagnosis.code,
  plan: diagnosis.planTemplate,
});

beforeAll(async () => {
  t = await buildTestApp();
  moveClockTo('2026-11-23T09:00:00Z'); // a Monday
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  const otherPractice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  const otherService = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const clinic = await buildOrganisation(t.db.pool, { kind: 'community_clinic' });
  serviceId = service.id;
  practiceId = practice.id;
  clinicId = clinic.id;
  await linkOrganisations(t.db.pool, service.id, practice.id);
  await linkOrganisations(t.db.pool, service.id, otherPractice.id);
  await linkOrganisations(t.db.pool, otherService.id, practice.id);
  await linkOrganisations(t.db.pool, service.id, clinic.id, 'clinic_provider');
  const make: [Name, string, Parameters<typeof buildUser>[1]['roles']][] = [
    ['gp', practice.id, ['referrer']],
    ['gp2', practice.id, ['referrer']],
    ['otherGp', otherPractice.id, ['referrer']],
    ['drA', service.id, ['consultant']],
    ['drB', service.id, ['consultant']],
    ['admin', service.id, ['service_admin']],
    ['clerk', service.id, ['booking_clerk']],
    ['photographer', clinic.id, ['photographer']],
    ['outsideConsultant', otherService.id, ['consultant']],
    ['outsideAdmin', otherService.id, ['service_admin']],
  ];
  for (const [name, organisationId, roles] of make) {
    people.set(name, await buildUser(t.db.pool, { organisationId, roles, displayName: `Test ${name}` }));
  }
  const site = await ok('clerk', 'POST', '/api/clinic-sites', {
    clinicId,
    name: 'Northgate Health Centre',
    address: '1 North Gate, Northam',
    postcode: 'NV1 2AB',
  });
  siteId = site.json().id;
});
afterAll(() => t.close());

describe('who is told', () => {
  it("a consultant's question, or request for photographs, tells the GP who made the request (and emails them), nobody else", async () => {
    const { id } = await inReview();
    const ref = await reference(id);
    await ok('drA', 'POST', `/api/requests/${id}/messages`, { kind: 'question', body: 'Has it bled since?' });
    expect(await toldOf(id)).toEqual([{ who: 'gp', kind: 'question', audience: 'referrer', via: practiceId }]);
    const { rows } = await t.db.pool.query<{ text: string }>(
      'SELECT text FROM staff_notifications WHERE request_id = $1',
      [id],
    );
    // The reference and what to do; nothing of the patient (their name, the question itself).
    expect(rows[0]!.text).toBe(
      `The consultant dermatologist has asked a question about request ${ref}. The response target is paused until you answer.`,
    );
    expect(rows[0]!.text).not.toMatch(/Lovelace|Ada|bled/i);
    const mail = await t.db.pool.query('SELECT recipient FROM outbox WHERE request_id = $1', [id]);
    expect(mail.rows).toEqual([{ recipient: people.get('gp')!.email }]);

    const second = await inReview('drB');
    await ok('drB', 'POST', `/api/requests/${second.id}/messages`, { kind: 'photo_request', body: 'Closer, please.' });
    expect(await toldOf(second.id)).toEqual([
      { who: 'gp', kind: 'photographs_requested', audience: 'referrer', via: practiceId },
    ]);
  });

  it('the answer tells the consultant who asked; a note tells the other side', async () => {
    const { id } = await inReview('drA');
    await ok('drA', 'POST', `/api/requests/${id}/messages`, { kind: 'question', body: 'Has it bled?' });
    await ok('gp', 'POST', `/api/requests/${id}/messages`, { kind: 'answer', body: 'No.' });
    expect((await toldOf(id)).filter((n) => n.kind === 'answer')).toEqual([
      { who: 'drA', kind: 'answer', audience: 'consultant', via: serviceId },
    ]);

    // Back on the worklist, drB takes it: the GP's note goes to the holder; drB's note to the GP.
    await ok('drB', 'POST', `/api/requests/${id}/claim`);
    await ok('gp', 'POST', `/api/requests/${id}/messages`, { kind: 'note', body: 'Patient away next week.' });
    await ok('drB', 'POST', `/api/requests/${id}/messages`, { kind: 'note', body: 'Noted.' });
    expect((await toldOf(id)).filter((n) => n.kind === 'message')).toEqual([
      { who: 'drB', kind: 'message', audience: 'consultant', via: serviceId },
      { who: 'gp', kind: 'message', audience: 'referrer', via: practiceId },
    ]);
  });

  it('an outcome signed, and an addendum, tell the referrer; an urgent cancer outcome says so', async () => {
    const { id, version } = await inReview();
    expect((await signOutcome(await as('drA'), id, outcome(version))).statusCode).toBe(200);
    await ok('drB', 'POST', `/api/requests/${id}/addenda`, { text: 'Histology later confirmed the diagnosis.' });
    expect(await toldOf(id)).toEqual([
      { who: 'gp', kind: 'addendum', audience: 'referrer', via: practiceId },
      { who: 'gp', kind: 'outcome', audience: 'referrer', via: practiceId },
    ]);

    const melanoma = diagnoses.find((d) => d.cancer)!;
    const urgent = await inReview();
    const signed = await signOutcome(await as('drA'), urgent.id, {
      ...outcome(urgent.version, 'redirect_urgent_cancer'),
      diagnosisCode: melanoma.code,
      plan: melanoma.planTemplate,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const { rows } = await t.db.pool.query('SELECT text FROM staff_notifications WHERE request_id = $1', [urgent.id]);
    expect(rows[0].text).toMatch(/^Urgent: the dermatologist's response to request .+ is ready\. Read it today\.$/);
  });

  it('a request not accepted, or redirected to the urgent pathway, is kept in the referrer’s notifications', async () => {
    const { id } = await draftRequest(t.app, await gpSession(), serviceId, { dateOfBirth: '2015-01-01' });
    expect((await ok('gp', 'POST', `/api/requests/${id}/submit`)).json().state).toBe('not_accepted');
    expect(await toldOf(id)).toEqual([{ who: 'gp', kind: 'not_accepted', audience: 'referrer', via: practiceId }]);

    const patient = await ok('gp', 'POST', '/api/patients', patientDetails());
    const created = await ok('gp', 'POST', '/api/requests', {
      patientId: patient.json().id,
      kind: 'referral',
      urgency: 'routine',
      serviceId,
    });
    const redirectedId = created.json().id as string;
    await ok('gp', 'PATCH', `/api/requests/${redirectedId}`, {
      version: 1,
      history: { suspectedCancer: ['melanoma'] },
    });
    expect(await toldOf(redirectedId)).toEqual([
      { who: 'gp', kind: 'redirected', audience: 'referrer', via: practiceId },
    ]);
  });

  it('a request returned after the patient did not attend tells the referrer', async () => {
    const { id } = await draftRequest(t.app, await gpSession(), serviceId, { photography: 'clinic', sizeMm: 30 });
    await ok('gp', 'POST', `/api/requests/${id}/submit`);
    // The service's rule offers once more after a first miss; the second returns the request.
    for (const miss of [1, 2]) {
      const tomorrow = londonDate(new Date(t.clock.now().getTime() + 86_400_000));
      const session = await ok('clerk', 'POST', '/api/clinic-sessions', {
        siteId,
        date: tomorrow,
        start: '09:00',
        end: '10:00',
        slotMinutes: 20,
        photographerIds: [people.get('photographer')!.id],
      });
      const slots = (await ok('clerk', 'GET', `/api/clinic-sessions/${session.json().id}`)).json().slots;
      const appointment = await ok('clerk', 'POST', `/api/requests/${id}/appointments`, {
        slotId: slots[0].id,
        channel: 'email',
      });
      moveClockTo(new Date(new Date(slots[0].startsAt).getTime() + 30 * 60_000));
      await ok('clerk', 'POST', `/api/appointments/${appointment.json().id}/did-not-attend`);
      expect((await toldOf(id)).length, `after miss ${miss}`).toBe(miss === 1 ? 0 : 1);
    }
    expect(await toldOf(id)).toEqual([{ who: 'gp', kind: 'returned', audience: 'referrer', via: practiceId }]);
  });

  it("escalations tell the holder (or, when nobody holds it, the service's consultants) and its admins; a case waiting on the GP tells the GP", async () => {
    moveClockTo('2026-12-07T09:00:00Z'); // a Monday
    const held = await inReview('drA');
    const unclaimed = await readyCase();
    const waiting = await inReview('drB');
    await ok('drB', 'POST', `/api/requests/${waiting.id}/messages`, { kind: 'question', body: 'Any bleeding?' });
    moveClockTo('2026-12-15T09:00:00Z'); // past every due date: each is escalated once, as a breach
    await escalateOverdueCases(
      { pool: t.db.pool, clock: t.clock, publicOrigin: 'https://telederm.example' },
      t.services.jobs.boss,
    );
    const escalations = async (id: string) => (await toldOf(id)).filter((n) => n.kind.startsWith('escalation'));
    expect(await escalations(held.id)).toEqual([
      { who: 'admin', kind: 'escalation_breached', audience: 'service', via: serviceId },
      { who: 'drA', kind: 'escalation_breached', audience: 'consultant', via: serviceId },
    ]);
    expect(await escalations(unclaimed)).toEqual([
      { who: 'admin', kind: 'escalation_breached', audience: 'service', via: serviceId },
      { who: 'drA', kind: 'escalation_breached', audience: 'consultant', via: serviceId },
      { who: 'drB', kind: 'escalation_breached', audience: 'consultant', via: serviceId },
    ]);
    expect(await escalations(waiting.id)).toEqual([
      { who: 'admin', kind: 'escalation_breached', audience: 'service', via: serviceId },
      { who: 'gp', kind: 'escalation_breached', audience: 'referrer', via: practiceId },
    ]);
  });

  it('when the GP who made the request has left the practice, the practice’s other referrers are told', async () => {
    const leaver = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    const session = await signInAs(t.app, leaver.email, leaver.password);
    const { id } = await draftRequest(t.app, session, serviceId);
    await caller(t.app, session)('POST', `/api/requests/${id}/submit`);
    await markImagesComplete(t.db.pool, id, t.clock.now());
    const { version } = (await ok('drA', 'POST', `/api/requests/${id}/claim`)).json();
    await t.db.pool.query('UPDATE users SET disabled_at = $2 WHERE id = $1', [leaver.id, t.clock.now()]);
    await signOutcome(await as('drA'), id, outcome(version));
    expect(await toldOf(id)).toEqual([
      { who: 'gp', kind: 'outcome', audience: 'referrer', via: practiceId },
      { who: 'gp2', kind: 'outcome', audience: 'referrer', via: practiceId },
    ]);
  });
});

describe('the party check', () => {
  it("tells only enabled people holding the audience's role in an organisation party to the request, whoever is named", async () => {
    const id = await readyCase();
    const ids = (...names: Name[]) => names.map((name) => people.get(name)!.id);
    const disabled = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    await t.db.pool.query('UPDATE users SET disabled_at = $2 WHERE id = $1', [disabled.id, t.clock.now()]);
    const told = await withTransaction(t.db.pool, async (tx) => ({
      referrers: await tellStaff(tx, {
        requestId: id,
        userIds: [...ids('gp', 'otherGp', 'drA', 'outsideConsultant', 'photographer'), disabled.id],
        audience: 'referrer',
        kind: 'message',
        text: 'A note.',
        at: t.clock.now(),
      }),
      consultants: await tellStaff(tx, {
        requestId: id,
        userIds: ids('drA', 'gp', 'admin', 'clerk', 'outsideConsultant', 'outsideAdmin'),
        audience: 'consultant',
        kind: 'message',
        text: 'A note.',
        at: t.clock.now(),
      }),
      service: await tellStaff(tx, {
        requestId: id,
        userIds: ids('admin', 'drB', 'clerk', 'outsideAdmin', 'gp'),
        audience: 'service',
        kind: 'escalation_due',
        text: 'Due.',
        at: t.clock.now(),
        except: people.get('drB')!.id,
      }),
    }));
    const names = (list: { userId: string }[]) =>
      list.map((p) => [...people].find(([, person]) => person.id === p.userId)?.[0]).sort();
    expect(names(told.referrers)).toEqual(['gp']);
    expect(names(told.consultants)).toEqual(['drA']);
    expect(names(told.service)).toEqual(['admin']);
  });
});

describe('the notification centre', () => {
  it('lists the caller’s own, newest first, with links to the record and the unread count; kept per person', async () => {
    moveClockTo('2026-12-21T09:00:00Z');
    const { id } = await inReview('drA');
    await ok('drA', 'POST', `/api/requests/${id}/messages`, { kind: 'question', body: 'Any change?' });
    t.clock.advance({ minutes: 5 });
    await ok('gp', 'POST', `/api/requests/${id}/messages`, { kind: 'answer', body: 'None.' });
    const ref = await reference(id);

    const before = (await ok('gp', 'GET', '/api/notifications/count')).json().unread as number;
    const gpList = (await ok('gp', 'GET', '/api/notifications')).json();
    expect(gpList.unread).toBe(before);
    expect(gpList.notifications[0]).toMatchObject({
      kind: 'question',
      requestId: id,
      reference: ref,
      href: `/requests/${id}`,
      readAt: null,
    });
    const times = gpList.notifications.map((n: { createdAt: string }) => n.createdAt);
    expect(times).toEqual([...times].sort().reverse());

    const drList = (await ok('drA', 'GET', '/api/notifications')).json();
    const answer = drList.notifications.find((n: { requestId: string; kind: string }) => n.requestId === id);
    expect(answer).toMatchObject({ kind: 'answer', href: `/review/${id}` });
    const drUnread = drList.unread as number;

    // The GP reads theirs: their count goes down by one; the consultant's does not move.
    const read = await ok('gp', 'POST', `/api/notifications/${gpList.notifications[0].id}/read`);
    expect(read.json()).toEqual({ unread: before - 1 });
    expect((await ok('gp', 'GET', '/api/notifications/count')).json()).toEqual({ unread: before - 1 });
    expect((await ok('drA', 'GET', '/api/notifications/count')).json()).toEqual({ unread: drUnread });
    // Reading it again changes nothing and keeps the first time it was read.
    const firstRead = (await ok('gp', 'GET', '/api/notifications')).json().notifications[0].readAt;
    t.clock.advance({ minutes: 1 });
    await ok('gp', 'POST', `/api/notifications/${gpList.notifications[0].id}/read`);
    expect((await ok('gp', 'GET', '/api/notifications')).json().notifications[0].readAt).toBe(firstRead);

    // Another person's notification, or none at all, is not found, and the attempt is audited.
    const gp2 = await as('gp2');
    for (const notificationId of [answer.id, '00000000-0000-4000-8000-000000000000']) {
      const refused = await gp2('POST', `/api/notifications/${notificationId}/read`);
      expect(refused.statusCode).toBe(404);
      expect(refused.body).not.toContain(ref);
    }
    const denied = await t.db.pool.query(
      "SELECT record_id FROM audit_events WHERE action = 'access.denied' AND actor_user_id = $1",
      [people.get('gp2')!.id],
    );
    expect(denied.rows.map((r) => r.record_id)).toContain(answer.id);
    expect((await ok('drA', 'GET', '/api/notifications/count')).json()).toEqual({ unread: drUnread });

    // All read, for the caller only.
    expect((await ok('drA', 'POST', '/api/notifications/read-all')).json()).toEqual({ unread: 0 });
    expect((await ok('drA', 'GET', '/api/notifications/count')).json()).toEqual({ unread: 0 });
    expect((await ok('gp', 'GET', '/api/notifications/count')).json()).toEqual({ unread: before - 1 });
  });

  it("people outside the request's organisations are told nothing, and see nothing", async () => {
    for (const name of ['otherGp', 'outsideConsultant', 'outsideAdmin', 'clerk', 'photographer'] as const) {
      const list = (await ok(name, 'GET', '/api/notifications')).json();
      expect(list, name).toEqual({ notifications: [], unread: 0 });
    }
    const { rows } = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM staff_notifications n JOIN requests r ON r.id = n.request_id
       WHERE n.organisation_id NOT IN (r.practice_id, r.service_id)`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('someone removed from the organisation no longer sees what they were told through it', async () => {
    const count = async () => (await ok('drB', 'GET', '/api/notifications')).json().notifications.length as number;
    expect(await count()).toBeGreaterThan(0);
    await t.db.pool.query('UPDATE memberships SET organisation_id = $2 WHERE user_id = $1', [
      people.get('drB')!.id,
      (await buildOrganisation(t.db.pool, { kind: 'dermatology_service' })).id,
    ]);
    sessions.delete('drB');
    expect(await count()).toBe(0);
    expect((await ok('drB', 'GET', '/api/notifications/count')).json()).toEqual({ unread: 0 });
  });
});
