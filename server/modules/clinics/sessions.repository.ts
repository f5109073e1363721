import type { Queryable } from '../../db/database.ts';
import type { AppointmentStatus } from './appointments.repository.ts';
import { siteJson, type Site } from './sites.repository.ts';
import { generateSlots } from './slots.ts';

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

export type SessionSummary = {
  id: string;
  site: Site;
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number;
  photographers: { id: string; displayName: string }[];
  cancelledAt: Date | null;
  cancelReason: string | null;
  slotCount: number;
  bookedCount: number;
};

const sessionSelect = `SELECT cs.id, ${siteJson} AS site, cs.starts_at AS "startsAt", cs.ends_at AS "endsAt",
    cs.slot_minutes AS "slotMinutes",
    coalesce((SELECT json_agg(json_build_object('id', u.id, 'displayName', u.display_name) ORDER BY u.display_name)
      FROM users u WHERE u.id = ANY(cs.photographer_ids)), '[]'::json) AS photographers,
    cs.cancelled_at AS "cancelledAt", cs.cancel_reason AS "cancelReason",
    (SELECT count(*)::int FROM clinic_slots s WHERE s.session_id = cs.id) AS "slotCount",
    (SELECT count(*)::int FROM clinic_slots s JOIN appointments a ON a.slot_id = s.id
      WHERE s.session_id = cs.id AND a.status IN ('booked', 'attended', 'did_not_attend')) AS "bookedCount"
  FROM clinic_sessions cs JOIN clinic_sites st ON st.id = cs.site_id JOIN organisations co ON co.id = st.clinic_id`;

export async function listSessions(
  db: Queryable,
  filter: { clinicIds: string[]; from: Date; to: Date; siteId?: string | undefined },
): Promise<SessionSummary[]> {
  const { rows } = await db.query<SessionSummary>(
    `${sessionSelect} WHERE st.clinic_id = ANY($1) AND cs.starts_at >= $2 AND cs.starts_at < $3
       AND ($4::uuid IS NULL OR st.id = $4) ORDER BY cs.starts_at, st.name`,
    [filter.clinicIds, filter.from, filter.to, filter.siteId ?? null],
  );
  return rows.map(withDates);
}

export async function findSession(
  db: Queryable,
  sessionId: string,
  options: { lock?: boolean } = {},
): Promise<SessionSummary | null> {
  if (options.lock) await db.query('SELECT 1 FROM clinic_sessions WHERE id = $1 FOR UPDATE', [sessionId]);
  const { rows } = await db.query<SessionSummary>(`${sessionSelect} WHERE cs.id = $1`, [sessionId]);
  return rows[0] ? withDates(rows[0]) : null;
}

const withDates = (s: SessionSummary): SessionSummary => ({
  ...s,
  startsAt: new Date(s.startsAt),
  endsAt: new Date(s.endsAt),
  cancelledAt: s.cancelledAt ? new Date(s.cancelledAt) : null,
});

export type SlotWithBooking = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  booking: {
    appointmentId: string | null;
    requestId: string | null;
    reference: string;
    patientName: string;
    status: AppointmentStatus;
  } | null;
};

/**
 * A session's slots and their bookings. A clinic may work for several services: a booking of another
 * service shows as taken, without the patient or the request.
 */
export async function slotsOfSession(
  db: Queryable,
  sessionId: string,
  serviceIds: string[],
): Promise<SlotWithBooking[]> {
  const { rows } = await db.query<SlotWithBooking>(
    `SELECT s.id, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
       (SELECT CASE WHEN r.service_id = ANY($2) THEN json_build_object('appointmentId', a.id, 'requestId', r.id,
           'reference', r.reference, 'patientName', p.given_name || ' ' || p.family_name, 'status', a.status)
         ELSE json_build_object('appointmentId', NULL, 'requestId', NULL, 'reference', '',
           'patientName', 'Booked by another service', 'status', a.status) END
        FROM appointments a JOIN requests r ON r.id = a.request_id JOIN patients p ON p.id = r.patient_id
        WHERE a.slot_id = s.id AND a.status IN ('booked', 'attended', 'did_not_attend')
        ORDER BY a.booked_at DESC LIMIT 1) AS booking
     FROM clinic_slots s WHERE s.session_id = $1 ORDER BY s.starts_at`,
    [sessionId, serviceIds],
  );
  return rows;
}

export async function cancelSessionRow(tx: Queryable, sessionId: string, reason: string, at: Date) {
  await tx.query('UPDATE clinic_sessions SET cancelled_at = $2, cancel_reason = $3 WHERE id = $1', [
    sessionId,
    at,
    reason,
  ]);
}
