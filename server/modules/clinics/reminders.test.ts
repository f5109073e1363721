import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../db/database.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { draftRequest } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type TestApp } from '../../testing/test-app.ts';
import { bookSlot } from './appointments.repository.ts';
import { insertSession } from './sessions.repository.ts';
import { insertSite } from './sites.repository.ts';
import { planReminders, reminderTimes, remindersWorker } from './reminders.ts';

const iso = (plans: { workingDaysBefore: number; dueAt: Date }[]) =>
  plans.map((p) => [p.workingDaysBefore, p.dueAt.toISOString()]);

describe('reminderTimes', () => {
  const bookedLongBefore = new Date('2026-01-01T09:00:00Z');

  it('counts working days back over a weekend, at 10:00 London time', () => {
    // Monday 30 November 2026, 10:20 GMT.
    expect(iso(reminderTimes(new Date('2026-11-30T10:20:00Z'), [3, 1], bookedLongBefore))).toEqual([
      [3, '2026-11-25T10:00:00.000Z'], // Wednesday
      [1, '2026-11-27T10:00:00.000Z'], // Friday
    ]);
  });

  it('skips bank holidays: Christmas Day, and Boxing Day’s substitute on Monday 28 December 2026', () => {
    // Tuesday 29 December 2026: the working day before is Thursday 24 December.
    expect(iso(reminderTimes(new Date('2026-12-29T09:40:00Z'), [3, 1], bookedLongBefore))).toEqual([
      [3, '2026-12-22T10:00:00.000Z'],
      [1, '2026-12-24T10:00:00.000Z'],
    ]);
  });

  it('sends at 10:00 on the London clock on both sides of the autumn clock change (25 October 2026)', () => {
    // Tuesday 27 October 2026, 10:00 GMT: Monday is in GMT, the Thursday before in BST.
    expect(iso(reminderTimes(new Date('2026-10-27T10:00:00Z'), [3, 1], bookedLongBefore))).toEqual([
      [3, '2026-10-22T09:00:00.000Z'],
      [1, '2026-10-26T10:00:00.000Z'],
    ]);
  });

  it('and of the spring clock change (29 March 2026)', () => {
    // Tuesday 31 March 2026, 14:00 BST.
    expect(iso(reminderTimes(new Date('2026-03-31T13:00:00Z'), [3, 1], bookedLongBefore))).toEqual([
      [3, '2026-03-26T10:00:00.000Z'],
      [1, '2026-03-30T09:00:00.000Z'],
    ]);
  });

  it('counts from the appointment’s London day, not its UTC day', () => {
    // 00:30 BST on Wednesday 3 June 2026 is still Tuesday in UTC.
    expect(iso(reminderTimes(new Date('2026-06-02T23:30:00Z'), [1], bookedLongBefore))).toEqual([
      [1, '2026-06-02T09:00:00.000Z'],
    ]);
  });

  it('drops a reminder due before the booking (booked too late for the 3-day one) or at it', () => {
    const monday = new Date('2026-11-30T10:20:00Z');
    expect(iso(reminderTimes(monday, [3, 1], new Date('2026-11-26T12:00:00Z')))).toEqual([
      [1, '2026-11-27T10:00:00.000Z'],
    ]);
    expect(reminderTimes(monday, [1], new Date('2026-11-27T10:00:00Z'))).toEqual([]);
  });

  it('drops a reminder that would not be before the appointment', () => {
    // Same day (0 working days before) at 10:00 is after a 09:30 appointment.
    expect(reminderTimes(new Date('2026-11-30T09:30:00Z'), [0], bookedLongBefore)).toEqual([]);
    expect(iso(reminderTimes(new Date('2026-11-30T14:00:00Z'), [0], bookedLongBefore))).toEqual([
      [0, '2026-11-30T10:00:00.000Z'],
    ]);
  });

  it('plans each number of days once, earliest first', () => {
    expect(iso(reminderTimes(new Date('2026-11-30T10:20:00Z'), [1, 3, 1, 3], bookedLongBefore))).toEqual([
      [3, '2026-11-25T10:00:00.000Z'],
      [1, '2026-11-27T10:00:00.000Z'],
    ]);
  });
});

describe('appointment reminders', () => {
  let t: TestApp;
  let serviceId: string;
  let slotIds: string[];
  const requests: { id: string; patientId: string }[] = [];

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-11-23T09:00:00Z'); // Monday
    const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service', name: 'Vale Dermatology' });
    await t.db.pool.query("UPDATE organisations SET telephone = '01632 960000' WHERE id = $1", [service.id]);
    const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
    const clinic = await buildOrganisation(t.db.pool, { kind: 'community_clinic' });
    await linkOrganisations(t.db.pool, service.id, practice.id);
    await linkOrganisations(t.db.pool, service.id, clinic.id, 'clinic_provider');
    serviceId = service.id;
    const referrer = await buildUser(t.db.pool, { organisationId: practice.id, roles: ['referrer'] });
    const gp = await signInAs(t.app, referrer.email, referrer.password);
    for (let i = 0; i < 3; i += 1) {
      const draft = await draftRequest(t.app, gp, service.id);
      requests.push({ id: draft.id, patientId: draft.patientId });
    }
    const at = t.clock.now();
    const siteId = await insertSite(t.db.pool, {
      clinicId: clinic.id,
      name: 'Northgate Health Centre',
      address: '40 North Gate, Northam',
      postcode: 'NV3 1NG',
      accessibility: 'Step-free entrance',
      openingHours: 'Mon–Fri 09:00–17:00',
      at,
    });
    // Tuesday 1 December 2026, 10:00 to 11:00 GMT, in 20-minute slots.
    const session = await withTransaction(t.db.pool, (tx) =>
      insertSession(tx, {
        siteId,
        startsAt: new Date('2026-12-01T10:00:00Z'),
        endsAt: new Date('2026-12-01T11:00:00Z'),
        slotMinutes: 20,
        photographerIds: [],
        at,
      }),
    );
    slotIds = session.slotIds;
  });
  afterAll(() => t.close());

  async function book(requestId: string, slotId: string) {
    const at = t.clock.now();
    return withTransaction(t.db.pool, async (tx) => {
      const appointmentId = await bookSlot(tx, { requestId, slotId, bookedBy: null, at });
      const { rows } = await tx.query<{ starts_at: Date }>('SELECT starts_at FROM clinic_slots WHERE id = $1', [
        slotId,
      ]);
      const planned = await planReminders(tx, { appointmentId, startsAt: rows[0]!.starts_at, bookedAt: at, serviceId });
      return { appointmentId, planned };
    });
  }

  const remindersTo = async (requestId: string) =>
    (
      await t.db.pool.query<{ channel: string; recipient: string; subject: string; body_text: string }>(
        "SELECT channel, recipient, subject, body_text FROM outbox WHERE request_id = $1 AND subject LIKE 'Reminder%' ORDER BY created_at",
        [requestId],
      )
    ).rows;

  async function runAt(at: string) {
    t.clock.set(at);
    await remindersWorker({ pool: t.db.pool, clock: t.clock }).handle({}, t.services.jobs.boss);
  }

  it('plans the service’s default reminders, 3 and 1 working days before, and sends each once when due', async () => {
    const [booked, cancelled, textOnly] = requests as [
      (typeof requests)[number],
      (typeof requests)[number],
      (typeof requests)[number],
    ];
    const first = await book(booked.id, slotIds[1]!);
    expect(iso(first.planned)).toEqual([
      [3, '2026-11-26T10:00:00.000Z'],
      [1, '2026-11-30T10:00:00.000Z'],
    ]);

    const second = await book(cancelled.id, slotIds[0]!);
    await t.db.pool.query("UPDATE appointments SET status = 'cancelled', ended_at = $2 WHERE id = $1", [
      second.appointmentId,
      t.clock.now(),
    ]);

    await t.db.pool.query('UPDATE patients SET email = NULL WHERE id = $1', [textOnly.patientId]);
    await book(textOnly.id, slotIds[2]!);

    // Not before it is due.
    await runAt('2026-11-26T09:59:00Z');
    expect(await remindersTo(booked.id)).toEqual([]);

    await runAt('2026-11-26T10:00:00Z');
    await runAt('2026-11-26T10:01:00Z');
    const sent = await remindersTo(booked.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      channel: 'email',
      recipient: 'ada@example.com',
      subject: 'Reminder: your appointment on Tuesday 1 December 2026 at 10:20',
    });
    expect(sent[0]!.body_text).toContain('Northgate Health Centre, 40 North Gate, Northam, NV3 1NG');
    expect(sent[0]!.body_text).toContain(
      'To change or cancel, use the link in the message we sent when you booked, or phone Vale Dermatology on 01632 960000.',
    );

    // A patient without an email address is sent a text.
    expect(await remindersTo(textOnly.id)).toMatchObject([{ channel: 'sms', recipient: '+447700900123' }]);

    // The cancelled appointment's reminder, once due, is closed and never sent; the next is not due yet.
    const closed = async () =>
      (
        await t.db.pool.query<{ days: number; closed: boolean }>(
          `SELECT working_days_before AS days, sent_at IS NOT NULL AS closed FROM appointment_reminders
           WHERE appointment_id = $1 ORDER BY working_days_before DESC`,
          [second.appointmentId],
        )
      ).rows;
    expect(await remindersTo(cancelled.id)).toEqual([]);
    expect(await closed()).toEqual([
      { days: 3, closed: true },
      { days: 1, closed: false },
    ]);

    // The 1-day reminder on Monday; nothing more after the appointment.
    await runAt('2026-11-30T10:00:00Z');
    await runAt('2026-12-02T10:00:00Z');
    expect(await remindersTo(booked.id)).toHaveLength(2);
    expect(await remindersTo(cancelled.id)).toEqual([]);
    expect(await closed()).toEqual([
      { days: 3, closed: true },
      { days: 1, closed: true },
    ]);

    const { rows: audit } = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'appointment.reminder_sent' AND record_id = $1",
      [first.appointmentId],
    );
    expect(audit[0].n).toBe(2);
  });

  it('plans the reminders a service chose', async () => {
    await t.db.pool.query(
      `INSERT INTO service_settings (service_id, reminder_working_days) VALUES ($1, '{2}')
       ON CONFLICT (service_id) DO UPDATE SET reminder_working_days = '{2}'`,
      [serviceId],
    );
    t.clock.set('2026-11-23T09:00:00Z');
    await t.db.pool.query("UPDATE appointments SET status = 'cancelled' WHERE request_id = $1", [requests[0]!.id]);
    const { planned } = await book(requests[0]!.id, slotIds[1]!);
    expect(iso(planned)).toEqual([[2, '2026-11-27T10:00:00.000Z']]);
  });
});
