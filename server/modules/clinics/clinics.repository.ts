import type { Queryable } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { generateSlots } from './slots.ts';

export async function insertSite(
  tx: Queryable,
  site: {
    clinicId: string;
    name: string;
    address: string;
    postcode: string;
    accessibility: string;
    openingHours: string;
    at: Date;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO clinic_sites (clinic_id, name, address, postcode, accessibility, opening_hours, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [site.clinicId, site.name, site.address, site.postcode, site.accessibility, site.openingHours, site.at],
  );
  return rows[0]!.id;
}

/** A session and its slots, made together. */
export async function insertSession(
  tx: Queryable,
  session: { siteId: string; startsAt: Date; endsAt: Date; slotMinutes: number; photographerIds: string[]; at: Date },
): Promise<{ id: string; slotIds: string[] }> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO clinic_sessions (site_id, starts_at, ends_at, slot_minutes, photographer_ids, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [session.siteId, session.startsAt, session.endsAt, session.slotMinutes, session.photographerIds, session.at],
  );
  const id = rows[0]!.id;
  const slotIds: string[] = [];
  for (const slot of generateSlots(session)) {
    const inserted = await tx.query<{ id: string }>(
      'INSERT INTO clinic_slots (session_id, starts_at, ends_at) VALUES ($1, $2, $3) RETURNING id',
      [id, slot.startsAt, slot.endsAt],
    );
    slotIds.push(inserted.rows[0]!.id);
  }
  return { id, slotIds };
}

/**
 * Books a slot for a request. Two clerks booking the same slot at once cannot
 * both succeed: the database keeps one live appointment per slot (and per
 * request), and the loser is told in words.
 */
export async function bookSlot(
  tx: Queryable,
  booking: { requestId: string; slotId: string; bookedBy: string | null; at: Date },
): Promise<string> {
  const { rows: slot } = await tx.query<{ open: boolean }>(
    `SELECT s.starts_at > $2 AND cs.cancelled_at IS NULL AS open
     FROM clinic_slots s JOIN clinic_sessions cs ON cs.id = s.session_id WHERE s.id = $1`,
    [booking.slotId, booking.at],
  );
  if (!slot[0]) throw new AppError('not_found', 'No such appointment slot.');
  if (!slot[0].open) throw new AppError('conflict', 'This appointment slot is no longer available.');
  await tx.query('SAVEPOINT booking');
  try {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO appointments (request_id, slot_id, status, booked_by, booked_at) VALUES ($1, $2, 'booked', $3, $4) RETURNING id`,
      [booking.requestId, booking.slotId, booking.bookedBy, booking.at],
    );
    await tx.query('RELEASE SAVEPOINT booking');
    return rows[0]!.id;
  } catch (error) {
    await tx.query('ROLLBACK TO SAVEPOINT booking');
    const constraint =
      (error as { code?: string; constraint?: string }).code === '23505'
        ? (error as { constraint?: string }).constraint
        : null;
    if (constraint === 'appointments_one_per_slot') {
      throw new AppError('conflict', 'Someone booked this slot a moment ago. Choose another.');
    }
    if (constraint === 'appointments_one_per_request') {
      throw new AppError('conflict', 'This patient already has an appointment. Move it instead of booking another.');
    }
    throw error;
  }
}
