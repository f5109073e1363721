import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest } from '../../testing/intake.ts';
import { uploadPhoto } from '../../testing/tus.ts';
import { buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { exifOrientationFixtures } from '../../../test/fixtures/photographs.ts';
import { atLondonTime, londonDate } from '../../working-days.ts';

const fixtures = exifOrientationFixtures;

let t: TestApp;
let serviceId: string;
let clinicId: string;
let gp: SignedIn;
let clerk: SignedIn;
let photographer: SignedIn;
let otherPhotographer: SignedIn;
let photographerId: string;
let nearSite: string;
let farSite: string;
const accounts: Record<'gp' | 'clerk' | 'photographer', { email: string; password: string }> = {} as never;

/** Moves the test clock and signs everyone in again (sessions end when the clock jumps days ahead). */
async function moveClockTo(at: string | Date, minutesAfter = 0) {
  t.clock.set(at);
  t.clock.advance({ minutes: minutesAfter });
  gp = await signInAs(t.app, accounts.gp.email, accounts.gp.password);
  clerk = await signInAs(t.app, accounts.clerk.email, accounts.clerk.password);
  photographer = await signInAs(t.app, accounts.photographer.email, accounts.photographer.password);
}

const call = (user: SignedIn) => caller(t.app, user);

/** A clinic referral, submitted and accepted: it waits for photographs in the booking queue. */
async function clinicReferral(options: { urgency?: 'routine' | 'urgent'; postcode?: string; sizeMm?: number } = {}) {
  const draft = await draftRequest(t.app, gp, serviceId, { photography: 'clinic', ...options });
  const submitted = await call(gp)('POST', `/api/requests/${draft.id}/submit`);
  expect(submitted.json().state).toBe('awaiting_images');
  return draft;
}

async function addSession(siteId: string, date: string, start = '09:00', end = '12:00') {
  const response = await call(clerk)('POST', '/api/clinic-sessions', {
    siteId,
    date,
    start,
    end,
    slotMinutes: 20,
    photographerIds: [photographerId],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; slotCount: number }>();
}

async function offers(requestId: string) {
  const response = await call(clerk)('GET', `/api/requests/${requestId}/slot-offers`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().offers as { slotId: string; startsAt: string; site: { id: string }; nearness: string }[];
}

async function book(requestId: string, slotId: string, channel = 'email') {
  return call(clerk)('POST', `/api/requests/${requestId}/appointments`, { slotId, channel });
}

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  const clinic = await buildOrganisation(t.db.pool, { kind: 'community_clinic' });
  const otherClinic = await buildOrganisation(t.db.pool, { kind: 'community_clinic' });
  serviceId = service.id;
  clinicId = clinic.id;
  await linkOrganisations(t.db.pool, service.id, practice.id);
  await linkOrganisations(t.db.pool, service.id, clinic.id, 'clinic_provider');
  const users = {
    gp: await buildUser(t.db.pool, { organisationId: practice.id, roles: ['referrer'] }),
    clerk: await buildUser(t.db.pool, { organisationId: service.id, roles: ['booking_clerk'] }),
    photographer: await buildUser(t.db.pool, { organisationId: clinic.id, roles: ['photographer'] }),
    other: await buildUser(t.db.pool, { organisationId: otherClinic.id, roles: ['photographer'] }),
  };
  Object.assign(accounts, { gp: users.gp, clerk: users.clerk, photographer: users.photographer });
  gp = await signInAs(t.app, users.gp.email, users.gp.password);
  clerk = await signInAs(t.app, users.clerk.email, users.clerk.password);
  photographer = await signInAs(t.app, users.photographer.email, users.photographer.password);
  otherPhotographer = await signInAs(t.app, users.other.email, users.other.password);
  photographerId = photographer.userId;
  const site = async (name: string, postcode: string) => {
    const response = await call(clerk)('POST', '/api/clinic-sites', {
      clinicId,
      name,
      address: `${name}, Northam`,
      postcode,
      accessibility: 'Step-free entrance',
      openingHours: 'Mon–Fri 09:00–17:00',
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  nearSite = await site('Northgate Health Centre', 'nv1 2ab');
  farSite = await site('Easton Surgery', 'NV9 4XY');
});
afterAll(() => t.close());

describe('sites and sessions', () => {
  it('makes the slots of a session from London times, and refuses a session in the past or without photographers', async () => {
    // The test clock starts on Monday 23 November 2026 at 09:00 (GMT).
    const session = await addSession(nearSite, '2026-11-30', '09:00', '10:00');
    expect(session.slotCount).toBe(3);
    const past = await call(clerk)('POST', '/api/clinic-sessions', {
      siteId: nearSite,
      date: '2026-11-20',
      start: '09:00',
      end: '10:00',
      slotMinutes: 20,
      photographerIds: [photographerId],
    });
    expect(past.statusCode).toBe(400);
    const nobody = await call(clerk)('POST', '/api/clinic-sessions', {
      siteId: nearSite,
      date: '2026-12-01',
      start: '09:00',
      end: '10:00',
      slotMinutes: 20,
      photographerIds: [otherPhotographer.userId],
    });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().errors[0].field).toBe('photographerIds');
  });

  it('shows a photographer only their own clinic’s sites', async () => {
    const own = await call(photographer)('GET', '/api/clinic-sites');
    expect(
      own
        .json()
        .sites.map((s: { id: string }) => s.id)
        .sort(),
    ).toEqual([nearSite, farSite].sort());
    const other = await call(otherPhotographer)('GET', '/api/clinic-sites');
    expect(other.json().sites).toEqual([]);
  });
});

describe('booking queue and offers', () => {
  it('lists clinic referrals urgent first, then oldest, and not referrals photographed by the referrer', async () => {
    const routine = await clinicReferral();
    t.clock.advance({ minutes: 5 });
    const urgent = await clinicReferral({ urgency: 'urgent' });
    const own = await draftRequest(t.app, gp, serviceId);
    await call(gp)('POST', `/api/requests/${own.id}/submit`);
    const queue = (await call(clerk)('GET', '/api/booking-queue')).json().items as { requestId: string }[];
    const ids = queue.map((i) => i.requestId);
    expect(ids.indexOf(urgent.id)).toBeLessThan(ids.indexOf(routine.id));
    expect(ids).not.toContain(own.id);
  });

  it('offers every open slot a week at a time, by date, then nearest site by postcode district, then the earliest', async () => {
    // The clock is on Monday 23 November; the near site already has a session on Monday 30 November.
    await addSession(farSite, '2026-11-25');
    await addSession(nearSite, '2026-12-02');
    const request = await clinicReferral({ postcode: 'NV1 4DE' });
    const first = (await call(clerk)('GET', `/api/requests/${request.id}/slot-offers`)).json();
    // Nothing in the test database's postcode data: no distance, the district rule instead.
    expect(first.patientLocated).toBe(false);
    expect(first.week).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(first.weeks.slice(0, 2)).toEqual([
      { from: '2026-11-23', to: '2026-11-29', open: 9 },
      { from: '2026-11-30', to: '2026-12-06', open: 12 },
    ]);
    // Every slot of the week, not the first few of each site.
    expect(first.offers).toHaveLength(9);
    expect(first.offers.every((o: { site: { id: string } }) => o.site.id === farSite)).toBe(true);
    expect(first.offers[0]).toMatchObject({ nearness: 'nearby', distanceMiles: null });

    const later = (await call(clerk)('GET', `/api/requests/${request.id}/slot-offers?week=2026-12-02`)).json();
    expect(later.week).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    const list = later.offers as { startsAt: string; site: { id: string }; nearness: string }[];
    expect(list).toHaveLength(12);
    expect(list[0]!.site.id).toBe(nearSite);
    expect(list[0]!.nearness).toBe('same district');
    const starts = list.map((o) => o.startsAt);
    expect(starts).toEqual([...starts].sort());
    const none = (await call(clerk)('GET', `/api/requests/${request.id}/slot-offers?week=2027-06-01`)).json();
    expect(none.offers).toEqual([]);
    expect(none.week).toEqual({ from: '2027-05-31', to: '2027-06-06' });
    expect((await call(clerk)('GET', `/api/requests/${request.id}/slot-offers?week=2026-02-30`)).statusCode).toBe(400);
  });
});

describe('an appointment', () => {
  it('is booked once: the letter waits for its email, reminders are planned, the request leaves the queue', async () => {
    const request = await clinicReferral();
    const [first] = await offers(request.id);
    const booked = await book(request.id, first!.slotId);
    expect(booked.statusCode, booked.body).toBe(201);
    const again = await book(request.id, first!.slotId);
    expect(again.statusCode).toBe(409);
    const other = await clinicReferral();
    const taken = await book(other.id, first!.slotId);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().detail).toMatch(/Someone booked this slot|no longer available/);

    const { rows: mail } = await t.db.pool.query(
      `SELECT body_text, attachment_key FROM outbox WHERE request_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [request.id],
    );
    expect(mail[0].body_text).toMatch(/skin photography appointment/);
    expect(mail[0].body_text).toMatch(/\/p\/[A-Za-z0-9_-]{43}/);
    expect(mail[0].attachment_key).toMatch(/appointment-.*-patient\.pdf$/);
    const { rows: reminders } = await t.db.pool.query(
      'SELECT working_days_before FROM appointment_reminders WHERE appointment_id = $1',
      [booked.json().id],
    );
    expect(reminders.length).toBeGreaterThan(0);
    const queue = (await call(clerk)('GET', '/api/booking-queue')).json().items as { requestId: string }[];
    expect(queue.map((i) => i.requestId)).not.toContain(request.id);
    const seen = await call(gp)('GET', `/api/requests/${request.id}/appointments`);
    expect(seen.json().appointments[0].status).toBe('booked');
  });

  it('goes to one of two clerks booking the same slot at the same moment; the other is told to choose again', async () => {
    const second = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['booking_clerk'] });
    const otherClerk = await signInAs(t.app, second.email, second.password);
    const [a, b] = [await clinicReferral(), await clinicReferral()];
    const slotId = (await offers(a.id))[0]!.slotId;
    const results = await Promise.all([
      call(clerk)('POST', `/api/requests/${a.id}/appointments`, { slotId, channel: 'email' }),
      call(otherClerk)('POST', `/api/requests/${b.id}/appointments`, { slotId, channel: 'email' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const { rows } = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM appointments WHERE slot_id = $1 AND status = 'booked'`,
      [slotId],
    );
    expect(rows[0].n).toBe(1);
  });

  it('can be moved by the clerk and cancelled, which puts the request back in the queue with the reason', async () => {
    const request = await clinicReferral();
    const list = await offers(request.id);
    const booked = (await book(request.id, list[0]!.slotId)).json();
    const moved = await call(clerk)('POST', `/api/appointments/${booked.id}/move`, {
      slotId: list[1]!.slotId,
      channel: 'sms',
    });
    expect(moved.statusCode, moved.body).toBe(201);
    const history = (await call(clerk)('GET', `/api/requests/${request.id}/appointments`)).json().appointments;
    expect(history.map((a: { status: string }) => a.status)).toEqual(['booked', 'moved']);
    const cancelled = await call(clerk)('POST', `/api/appointments/${moved.json().id}/cancel`, {
      reason: 'Patient phoned: away that week',
    });
    expect(cancelled.json().status).toBe('cancelled');
    const queue = (await call(clerk)('GET', '/api/booking-queue')).json().items;
    const item = queue.find((i: { requestId: string }) => i.requestId === request.id);
    expect(item.lastEnded.reason).toMatch(/away that week/);
  });

  it('is hidden from a clerk of another service and a photographer of another clinic', async () => {
    const request = await clinicReferral();
    const booked = (await book(request.id, (await offers(request.id))[0]!.slotId)).json();
    const dna = await call(otherPhotographer)('POST', `/api/appointments/${booked.id}/did-not-attend`);
    expect(dna.statusCode).toBe(404);
    const capture = await call(otherPhotographer)('GET', `/api/clinic-appointments/${booked.id}`);
    expect(capture.statusCode).toBe(404);
    const elsewhere = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
    const stranger = await buildUser(t.db.pool, { organisationId: elsewhere.id, roles: ['booking_clerk'] });
    const otherClerk = await signInAs(t.app, stranger.email, stranger.password);
    expect((await call(otherClerk)('GET', `/api/requests/${request.id}/slot-offers`)).statusCode).toBe(404);
    const cancel = await call(otherClerk)('POST', `/api/appointments/${booked.id}/cancel`, { reason: 'Not mine' });
    expect(cancel.statusCode).toBe(404);
    expect((await call(clerk)('GET', `/api/requests/${request.id}/appointments`)).json().appointments[0].status).toBe(
      'booked',
    );
  });
});

describe('the patient, through their link', () => {
  it('sees their appointment, moves it to another open time, and cancels it', async () => {
    const request = await clinicReferral();
    const booked = (await book(request.id, (await offers(request.id))[0]!.slotId)).json();
    // The booking's own message carries the patient's link: open it as the patient would.
    const { rows } = await t.db.pool.query<{ body_text: string }>(
      `SELECT body_text FROM outbox WHERE request_id = $1 AND body_text LIKE '%/p/%' ORDER BY created_at DESC LIMIT 1`,
      [request.id],
    );
    const token = /\/p\/([A-Za-z0-9_-]{43})/.exec(rows[0]!.body_text)![1]!;
    const opened = await t.app.inject({ url: `/p/${token}` });
    const cookie = opened.cookies.find((c) => c.name === 'telederm_patient')!;
    const headers: Record<string, string> = { cookie: `telederm_patient=${cookie.value}` };
    headers['x-csrf-token'] = (await t.app.inject({ url: '/api/patient/session', headers })).json().csrfToken;
    const patient = (method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    expect((await patient('GET', '/api/patient/appointment')).statusCode).toBe(403);
    await patient('POST', '/api/patient/verify', { dateOfBirth: '1970-05-17' });

    const mine = (await patient('GET', '/api/patient/appointment')).json();
    expect(mine.appointment.id).toBe(booked.id);
    expect(mine.offers.map((o: { slotId: string }) => o.slotId)).not.toContain(booked.slotId);
    const moved = await patient('POST', '/api/patient/appointment/move', { slotId: mine.offers[0].slotId });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().appointment.startsAt).toBe(mine.offers[0].startsAt);
    const seen = (await call(clerk)('GET', `/api/requests/${request.id}/appointments`)).json();
    expect(seen.appointments.map((a: { status: string }) => a.status)).toEqual(['booked', 'moved']);

    const cancelled = await patient('POST', '/api/patient/appointment/cancel', { reason: 'Feeling better' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect((await patient('GET', '/api/patient/appointment')).json().appointment).toBeNull();
    const queue = (await call(clerk)('GET', '/api/booking-queue')).json().items;
    const item = queue.find((i: { requestId: string }) => i.requestId === request.id);
    expect(item.lastEnded.reason).toMatch(/cancelled by the patient: Feeling better/);
  });
});

describe('cancelling a session', () => {
  it('cancels its appointments, tells the patients and lists them for rebooking', async () => {
    const session = await addSession(nearSite, '2026-12-03');
    const detail = (await call(clerk)('GET', `/api/clinic-sessions/${session.id}`)).json();
    const request = await clinicReferral();
    expect((await book(request.id, detail.slots[0].id)).statusCode).toBe(201);
    const cancelled = await call(clerk)('POST', `/api/clinic-sessions/${session.id}/cancel`, {
      reason: 'Photographer unwell',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().toRebook.map((i: { requestId: string }) => i.requestId)).toEqual([request.id]);
    const { rows } = await t.db.pool.query(`SELECT subject FROM outbox WHERE request_id = $1`, [request.id]);
    expect(rows.map((r) => r.subject)).toContainEqual(expect.stringMatching(/appointment is cancelled/));
    const again = await offers(request.id);
    expect(again.some((o) => detail.slots.some((s: { id: string }) => s.id === o.slotId))).toBe(false);
  });
});

describe('did not attend', () => {
  it('offers one more appointment after the first, and returns the request to the referrer after the second', async () => {
    const request = await clinicReferral();
    const first = (await book(request.id, (await offers(request.id))[0]!.slotId)).json();
    const early = await call(clerk)('POST', `/api/appointments/${first.id}/did-not-attend`);
    expect(early.statusCode).toBe(409);
    await moveClockTo(first.startsAt, 30);
    const once = await call(photographer)('POST', `/api/appointments/${first.id}/did-not-attend`);
    expect(once.statusCode, once.body).toBe(200);
    expect(once.json().result).toBe('offer_again');
    const second = (await book(request.id, (await offers(request.id))[0]!.slotId)).json();
    await moveClockTo(second.startsAt, 60);
    const twice = await call(clerk)('POST', `/api/appointments/${second.id}/did-not-attend`);
    expect(twice.json().result).toBe('returned_to_referrer');
    const seen = (await call(gp)('GET', `/api/requests/${request.id}`)).json();
    expect(seen.state).toBe('returned');
    const report = (await call(clerk)('GET', '/api/service/clinic-report?from=2026-11-01&to=2027-01-31')).json();
    expect(report.didNotAttend).toBeGreaterThanOrEqual(2);
  });

  it('returns the request at the first miss when the service’s rule says so', async () => {
    const admin = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['service_admin'] });
    const signedIn = await signInAs(t.app, admin.email, admin.password);
    const settings = await call(signedIn)('PUT', `/api/services/${serviceId}/settings`, {
      adviceTargetWorkingDays: 2,
      referralTargetWorkingDays: 3,
      didNotAttendRule: 'return_to_referrer',
      reminderWorkingDays: [1, 3, 3],
    });
    expect(settings.statusCode, settings.body).toBe(200);
    expect(settings.json().reminderWorkingDays).toEqual([3, 1]);
    const request = await clinicReferral();
    const booked = (await book(request.id, (await offers(request.id))[0]!.slotId)).json();
    await moveClockTo(booked.startsAt, 45);
    const missed = await call(clerk)('POST', `/api/appointments/${booked.id}/did-not-attend`);
    expect(missed.json().result).toBe('returned_to_referrer');
    const letters = (await call(gp)('GET', `/api/requests/${request.id}`)).json();
    expect(letters.state).toBe('returned');
  });
});

describe('did not attend, not before the appointment (hazard H11)', () => {
  let adminAccount: { email: string; password: string };
  beforeAll(async () => {
    adminAccount = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['service_admin'] });
  });
  /** The service's admin, signed in afresh: the clock jumps between the calls. */
  const admin = async () => call(await signInAs(t.app, adminAccount.email, adminAccount.password));
  const graceNow = async () =>
    (await (await admin())('GET', `/api/services/${serviceId}/settings`)).json().didNotAttendGraceMinutes;

  const settings = async (didNotAttendGraceMinutes?: number) =>
    (await admin())('PUT', `/api/services/${serviceId}/settings`, {
      adviceTargetWorkingDays: 2,
      referralTargetWorkingDays: 3,
      didNotAttendRule: 'offer_once_more',
      reminderWorkingDays: [3, 1],
      ...(didNotAttendGraceMinutes === undefined ? {} : { didNotAttendGraceMinutes }),
    });

  /** A referral booked into the first slot of a session at 13:50 London time, a week after the clock's day. */
  async function bookedAt1350(daysAhead: number) {
    const date = londonDate(new Date(t.clock.now().getTime() + daysAhead * 86_400_000));
    const session = await addSession(nearSite, date, '13:50', '14:50');
    const slot = (await call(clerk)('GET', `/api/clinic-sessions/${session.id}`)).json().slots[0];
    const request = await clinicReferral();
    const booked = await book(request.id, slot.id);
    expect(booked.statusCode, booked.body).toBe(201);
    return { request, appointment: booked.json<{ id: string; didNotAttendFrom: string }>(), date };
  }

  const didNotAttend = (appointmentId: string, by = clerk) =>
    call(by)('POST', `/api/appointments/${appointmentId}/did-not-attend`);

  it('is refused before the slot starts and at its start, saying from when; accepted once the grace has passed', async () => {
    expect((await settings()).json().didNotAttendGraceMinutes).toBe(15);
    const { request, appointment, date } = await bookedAt1350(7);
    // December: London time is UTC.
    expect(appointment.didNotAttendFrom).toBe(atLondonTime(date, '14:05').toISOString());

    // The reported incident: a clerk recorded it at 12:41 for a 13:50 slot the same day.
    await moveClockTo(atLondonTime(date, '12:41'));
    const early = await didNotAttend(appointment.id);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toMatch(/did not attend from \w+ \d+ December \d{4} at 14:05 \(London time\)/);
    await moveClockTo(atLondonTime(date, '13:50'));
    expect((await didNotAttend(appointment.id, photographer)).statusCode).toBe(409);
    await moveClockTo(atLondonTime(date, '14:04'));
    expect((await didNotAttend(appointment.id)).statusCode).toBe(409);
    // Nothing happened: still booked, and the patient was not told they were missed.
    const still = (await call(clerk)('GET', `/api/requests/${request.id}/appointments`)).json().appointments[0];
    expect(still.status).toBe('booked');
    const { rows: told } = await t.db.pool.query(`SELECT subject FROM outbox WHERE request_id = $1`, [request.id]);
    expect(told.map((r) => r.subject)).not.toContainEqual(expect.stringMatching(/we missed you/));

    await moveClockTo(atLondonTime(date, '14:05'));
    const recorded = await didNotAttend(appointment.id);
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().result).toBe('offer_again');
    const { rows: missed } = await t.db.pool.query(`SELECT subject FROM outbox WHERE request_id = $1`, [request.id]);
    expect(missed.map((r) => r.subject)).toContainEqual(expect.stringMatching(/we missed you/));
  });

  it('follows the service’s grace, which the clinic list and the capture show', async () => {
    const none = await settings(0);
    expect(none.statusCode, none.body).toBe(200);
    expect(await graceNow()).toBe(0);
    const prompt = await bookedAt1350(7);
    await moveClockTo(atLondonTime(prompt.date, '13:49'));
    expect((await didNotAttend(prompt.appointment.id)).statusCode).toBe(409);
    await moveClockTo(atLondonTime(prompt.date, '13:50'));
    expect((await didNotAttend(prompt.appointment.id)).statusCode).toBe(200);

    expect((await settings(45)).statusCode).toBe(200);
    const patient = await bookedAt1350(7);
    expect(patient.appointment.didNotAttendFrom).toBe(atLondonTime(patient.date, '14:35').toISOString());
    await moveClockTo(atLondonTime(patient.date, '14:20'));
    const day = (await call(photographer)('GET', `/api/clinic-day?date=${patient.date}`)).json();
    const listed = day.sites
      .flatMap((s: { appointments: { appointmentId: string; didNotAttendFrom: string }[] }) => s.appointments)
      .find((a: { appointmentId: string }) => a.appointmentId === patient.appointment.id);
    expect(listed.didNotAttendFrom).toBe(patient.appointment.didNotAttendFrom);
    const capture = (await call(photographer)('GET', `/api/clinic-appointments/${patient.appointment.id}`)).json();
    expect(capture.didNotAttendFrom).toBe(patient.appointment.didNotAttendFrom);
    const refused = await didNotAttend(patient.appointment.id, photographer);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/at 14:35 \(London time\)/);
    await moveClockTo(atLondonTime(patient.date, '14:35'));
    expect((await didNotAttend(patient.appointment.id, photographer)).statusCode).toBe(200);
  });

  it('takes a grace of 0 to 240 whole minutes, 15 when none is given', async () => {
    for (const grace of [-1, 241, 7.5]) expect((await settings(grace)).statusCode, String(grace)).toBe(400);
    expect((await settings(240)).json().didNotAttendGraceMinutes).toBe(240);
    expect((await settings()).json().didNotAttendGraceMinutes).toBe(15);
    expect(await graceNow()).toBe(15);
  });
});

describe('the photographer’s day', () => {
  it('lists the day, takes the required views of each lesion, and sends the case for review', async () => {
    const day = new Date(t.clock.now().getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    await addSession(nearSite, day);
    const request = await clinicReferral({ sizeMm: 6 });
    const slot = (await offers(request.id))[0]!;
    const booked = (await book(request.id, slot.slotId)).json();
    await moveClockTo(new Date(new Date(slot.startsAt).getTime() - 10 * 60_000));
    const date = new Date(slot.startsAt).toISOString().slice(0, 10);

    const list = (await call(photographer)('GET', `/api/clinic-day?date=${date}`)).json();
    const item = list.sites
      .flatMap((s: { appointments: unknown[] }) => s.appointments)
      .find((a: { appointmentId: string }) => a.appointmentId === booked.id);
    expect(item.status).toBe('expected');
    expect(item.lesions).toHaveLength(1);

    const lesionId = item.lesions[0].id as string;
    const tooSoon = await uploadPhoto(t.app, photographer, {
      requestId: request.id,
      lesionId,
      view: 'regional',
      bytes: await fs.readFile(path.join(fixtures, 'Landscape_1.jpg')),
    });
    expect(tooSoon.created.statusCode).toBe(404);

    const arrived = await call(photographer)('POST', `/api/clinic-appointments/${booked.id}/arrived`);
    expect(arrived.statusCode, arrived.body).toBe(200);
    expect(arrived.json().lesions[0].requiredViews).toEqual(['regional', 'close_up', 'dermoscopic']);

    const early = await call(photographer)('POST', `/api/clinic-appointments/${booked.id}/complete`);
    expect(early.statusCode).toBe(400);
    expect(early.json().detail).toMatch(/dermoscopic photograph/);
    expect(early.json().detail).toMatch(/questionnaire/);

    const views = [
      ['regional', 'Landscape_1.jpg'],
      ['close_up', 'Landscape_2.jpg'],
      ['dermoscopic', 'Landscape_3.jpg'],
    ] as const;
    for (const [view, file] of views) {
      const uploaded = await uploadPhoto(t.app, photographer, {
        requestId: request.id,
        lesionId,
        view,
        bytes: await fs.readFile(path.join(fixtures, file)),
      });
      expect(uploaded.image?.statusCode, uploaded.image?.body).toBe(201);
    }
    const questionnaire = await call(photographer)('POST', `/api/clinic-appointments/${booked.id}/questionnaire`, {
      answers: {
        durationValue: 3,
        durationUnit: 'months',
        symptoms: ['itch'],
        medicines: 'none',
        allergies: 'none',
        previousSkinCancer: 'no',
      },
    });
    expect(questionnaire.statusCode, questionnaire.body).toBe(200);
    expect(questionnaire.json().missing).toEqual([]);

    const images = await call(photographer)('GET', `/api/requests/${request.id}/images`);
    expect(images.json().images).toHaveLength(3);

    const complete = await call(photographer)('POST', `/api/clinic-appointments/${booked.id}/complete`);
    expect(complete.statusCode, complete.body).toBe(200);
    expect(complete.json().state).toBe('ready_for_review');
    expect(complete.json().dueAt).not.toBeNull();
    const after = (await call(photographer)('GET', `/api/clinic-day?date=${date}`)).json();
    const done = after.sites
      .flatMap((s: { appointments: { appointmentId: string; status: string }[] }) => s.appointments)
      .find((a: { appointmentId: string }) => a.appointmentId === booked.id);
    expect(done.status).toBe('done');
  });
});
