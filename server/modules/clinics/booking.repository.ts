/** What a booking clerk books from: the requests waiting for an appointment and the slots still open. */
import type { Queryable } from '../../db/database.ts';
import { siteJson, siteLocation, type Site } from './sites.repository.ts';
import type { Location } from './slots.ts';

export type QueueItem = {
  requestId: string;
  reference: string;
  urgency: 'routine' | 'urgent';
  submittedAt: Date;
  patientName: string;
  nhsNumber: string;
  postcode: string;
  practiceName: string;
  lesionCount: number;
  didNotAttendCount: number;
  lastEnded: { reason: string; at: string } | null;
};

const queueSelect = `SELECT r.id AS "requestId", r.reference, r.urgency, r.submitted_at AS "submittedAt",
    p.given_name || ' ' || p.family_name AS "patientName", p.nhs_number AS "nhsNumber", p.postcode,
    pr.name AS "practiceName",
    (SELECT count(*)::int FROM lesions l WHERE l.request_id = r.id) AS "lesionCount",
    (SELECT count(*)::int FROM appointments a WHERE a.request_id = r.id AND a.status = 'did_not_attend') AS "didNotAttendCount",
    (SELECT json_build_object('reason', coalesce(a.end_reason, a.status), 'at', a.ended_at) FROM appointments a
      WHERE a.request_id = r.id AND a.ended_at IS NOT NULL AND a.status <> 'moved'
      ORDER BY a.ended_at DESC LIMIT 1) AS "lastEnded"
  FROM requests r JOIN patients p ON p.id = r.patient_id JOIN organisations pr ON pr.id = r.practice_id`;

/** Clinic requests waiting for an appointment: urgent first, then the longest waiting. */
export async function bookingQueue(db: Queryable, serviceIds: string[], requestIds?: string[]): Promise<QueueItem[]> {
  const { rows } = await db.query<QueueItem>(
    `${queueSelect}
     WHERE r.service_id = ANY($1) AND r.photography = 'clinic' AND r.state = 'awaiting_images'
       AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.request_id = r.id AND a.status = 'booked')
       AND ($2::uuid[] IS NULL OR r.id = ANY($2))
     ORDER BY r.urgency = 'urgent' DESC, r.submitted_at, r.reference LIMIT 500`,
    [serviceIds, requestIds ?? null],
  );
  return rows;
}

/** An open slot and its site, with where the site is when its postcode is in the postcode data set. */
export type OpenSlot = { slotId: string; startsAt: Date; endsAt: Date; site: Site; siteLocation: Location | null };

/** Which open slots a request may be booked into (see {@link openSlots}). */
type OpenSlotWindow = {
  serviceId: string;
  /** The request being booked: a slot it has had before (say one just missed) is not offered again. */
  requestId: string;
  after: Date;
  until: Date;
  /** The slot of the appointment being moved, which is not a choice. */
  excludeSlotId?: string | null;
};

/** Slots not yet started, in a live session at a site of a clinic that provides for the service, not booked. */
const openSlotFrom = `FROM clinic_slots s JOIN clinic_sessions cs ON cs.id = s.session_id AND cs.cancelled_at IS NULL
  JOIN clinic_sites st ON st.id = cs.site_id JOIN organisations co ON co.id = st.clinic_id
  JOIN organisation_links ol ON ol.organisation_id = st.clinic_id AND ol.relationship = 'clinic_provider'
    AND ol.service_id = $1
  WHERE s.starts_at > $2 AND s.starts_at < $3 AND s.id IS DISTINCT FROM $4::uuid
    AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.slot_id = s.id AND (a.status = 'booked' OR a.request_id = $5))`;

const openSlotParameters = (window: OpenSlotWindow) => [
  window.serviceId,
  window.after,
  window.until,
  window.excludeSlotId ?? null,
  window.requestId,
];

/** Every open slot a request may be booked into, in the window: the caller orders them. */
export async function openSlots(db: Queryable, window: OpenSlotWindow): Promise<OpenSlot[]> {
  const { rows } = await db.query<OpenSlot>(
    `SELECT s.id AS "slotId", s.starts_at AS "startsAt", s.ends_at AS "endsAt", ${siteJson} AS site,
       ${siteLocation} AS "siteLocation"
     ${openSlotFrom}`,
    openSlotParameters(window),
  );
  return rows.map((r) => ({ ...r, startsAt: new Date(r.startsAt), endsAt: new Date(r.endsAt) }));
}

/** The weeks (Monday to Sunday, London dates) that have open slots in the window, and how many, earliest first. */
export async function openWeeks(db: Queryable, window: OpenSlotWindow): Promise<{ from: string; open: number }[]> {
  const { rows } = await db.query<{ from: string; open: number }>(
    `SELECT to_char(date_trunc('week', s.starts_at AT TIME ZONE 'Europe/London'), 'YYYY-MM-DD') AS "from",
       count(*)::int AS open
     ${openSlotFrom}
     GROUP BY 1 ORDER BY 1`,
    openSlotParameters(window),
  );
  return rows;
}

/** The patient's postcode, and where it is when the postcode data set has it. */
export async function patientPlace(
  db: Queryable,
  patientId: string,
): Promise<{ postcode: string; location: Location | null }> {
  const { rows } = await db.query<{ postcode: string; latitude: number | null; longitude: number | null }>(
    `SELECT p.postcode, pl.latitude, pl.longitude FROM patients p
     LEFT JOIN postcode_locations pl ON pl.postcode = p.postcode WHERE p.id = $1`,
    [patientId],
  );
  const { postcode, latitude, longitude } = rows[0]!;
  return { postcode, location: latitude === null || longitude === null ? null : { latitude, longitude } };
}

/** Whether a slot is at a site of a clinic that provides for the service. */
export async function slotServesService(db: Queryable, slotId: string, serviceId: string): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM clinic_slots s JOIN clinic_sessions cs ON cs.id = s.session_id
     JOIN clinic_sites st ON st.id = cs.site_id
     JOIN organisation_links ol ON ol.organisation_id = st.clinic_id AND ol.relationship = 'clinic_provider'
     WHERE s.id = $1 AND ol.service_id = $2`,
    [slotId, serviceId],
  );
  return rows.length > 0;
}
