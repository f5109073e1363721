import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { draftRequest } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type TestApp } from '../../testing/test-app.ts';
import { bookSlot } from './appointments.repository.ts';
import { insertSession } from './sessions.repository.ts';
import { insertSite } from './sites.repository.ts';

let t: TestApp;
let requestIds: string[] = [];
let slotIds: string[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  const clinic = await buildOrganisation(t.db.pool, { kind: 'community_clinic' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  await linkOrganisations(t.db.pool, service.id, clinic.id, 'clinic_provider');
  const referrer = await buildUser(t.db.pool, { organisationId: practice.id, roles: ['referrer'] });
  const gp = await signInAs(t.app, referrer.email, referrer.password);
  requestIds = await Promise.all(
    Array.from({ length: 10 }, async () => (await draftRequest(t.app, gp, service.id)).id),
  );
  const at = t.clock.now();
  const siteId = await insertSite(t.db.pool, {
    clinicId: clinic.id,
    name: 'Northgate Health Centre',
    address: '40 North Gate',
    postcode: 'NV3 1NG',
    accessibility: 'Step-free entrance; parking at the rear',
    openingHours: 'Mon–Fri 09:00–17:00',
    at,
  });
  const session = await withTransaction(t.db.pool, (tx) =>
    insertSession(tx, {
      siteId,
      startsAt: new Date(at.getTime() + 86_400_000),
      endsAt: new Date(at.getTime() + 86_400_000 + 3 * 3_600_000),
      slotMinutes: 20,
      photographerIds: [],
      at,
    }),
  );
  slotIds = session.slotIds;
});
afterAll(() => t.close());

describe('booking', () => {
  it('generates the session’s slots', () => {
    expect(slotIds).toHaveLength(9);
  });

  it('never double-books a slot, however many clerks book it at once', async () => {
    const attempts = await Promise.allSettled(
      requestIds.map((requestId) =>
        withTransaction(t.db.pool, (tx) =>
          bookSlot(tx, { requestId, slotId: slotIds[0]!, bookedBy: null, at: t.clock.now() }),
        ),
      ),
    );
    const booked = attempts.filter((a) => a.status === 'fulfilled');
    const refused = attempts.filter((a) => a.status === 'rejected').map((a) => a.reason);
    expect(booked).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const reason of refused) {
      expect(reason).toBeInstanceOf(AppError);
      expect((reason as AppError).message).toBe('Someone booked this slot a moment ago. Choose another.');
    }
    const { rows } = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM appointments WHERE slot_id = $1 AND status = 'booked'",
      [slotIds[0]],
    );
    expect(rows[0].n).toBe(1);
  });

  it('gives a patient one live appointment at a time', async () => {
    const [first] = requestIds.slice(-1);
    await withTransaction(t.db.pool, (tx) =>
      bookSlot(tx, { requestId: first!, slotId: slotIds[1]!, bookedBy: null, at: t.clock.now() }),
    );
    await expect(
      withTransaction(t.db.pool, (tx) =>
        bookSlot(tx, { requestId: first!, slotId: slotIds[2]!, bookedBy: null, at: t.clock.now() }),
      ),
    ).rejects.toThrow('This patient already has an appointment');
  });

  // Two transactions side by side need a server that runs them so: PostgreSQL (PGlite runs one at a time).
  it.skipIf(!process.env['TEST_DATABASE_URL'])(
    'holds the session while a booking is open, so a cancellation cannot miss it (PostgreSQL)',
    async () => {
      const booking = await t.db.pool.connect();
      const cancelling = await t.db.pool.connect();
      try {
        // A request with no live appointment: which of them won the race for the first slot above is chance.
        const { rows: free } = await t.db.pool.query<{ id: string }>(
          `SELECT r.id FROM unnest($1::uuid[]) AS r (id)
           WHERE NOT EXISTS (SELECT 1 FROM appointments a WHERE a.request_id = r.id AND a.status = 'booked')`,
          [requestIds],
        );
        await booking.query('BEGIN');
        await bookSlot(booking, { requestId: free[0]!.id, slotId: slotIds[5]!, bookedBy: null, at: t.clock.now() });
        const { rows } = await t.db.pool.query<{ id: string }>(
          'SELECT session_id AS id FROM clinic_slots WHERE id = $1',
          [slotIds[5]],
        );
        // The lock a cancellation takes first cannot be had while the booking is uncommitted.
        await expect(
          cancelling.query('SELECT 1 FROM clinic_sessions WHERE id = $1 FOR UPDATE NOWAIT', [rows[0]!.id]),
        ).rejects.toMatchObject({ code: '55P03' });
        await booking.query('ROLLBACK');
      } finally {
        booking.release();
        cancelling.release();
      }
    },
  );
});
