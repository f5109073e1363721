import type { Queryable } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { didNotAttendFromSql, serviceContactSql } from '../organisations/index.ts';
import { generateSlots, type Location } from './slots.ts';

/** A site's location from its postcode, when the postcode data set has the postcode (null otherwise). */
const locationOfPostcode = (postcode: string) =>
  `(SELECT latitude FROM postcode_locations WHERE postcode = ${postcode}),
   (SELECT longitude FROM postcode_locations WHERE postcode = ${postcode})`;

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
    `INSERT INTO clinic_sites (clinic_id, name, address, postcode, accessibility, opening_hours, created_at,
       latitude, longitude)
     VALUES ($1, $2, $3, $4, $5, $6, $7, ${locationOfPostcode('$4')}) RETURNING id`,
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
  // FOR SHARE holds the session: a cancellation waits for this booking (and then cancels it), or this
  // booking waits for the cancellation and sees it.
  const { rows: slot } = await tx.query<{ open: boolean }>(
    `SELECT s.starts_at > $2 AND cs.cancelled_at IS NULL AS open
     FROM clinic_slots s JOIN clinic_sessions cs ON cs.id = s.session_id WHERE s.id = $1 FOR SHARE OF cs`,
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

export type Site = {
  id: string;
  clinicId: string;
  clinicName: string;
  name: string;
  address: string;
  postcode: string;
  accessibility: string;
  openingHours: string;
};

/** A site as the sites pages show it: with where it is, from its postcode, or null when that is not known. */
export type LocatedSite = Site & { location: Location | null };

const siteLocation = `CASE WHEN st.latitude IS NULL THEN NULL
  ELSE json_build_object('latitude', st.latitude, 'longitude', st.longitude) END`;

const siteColumns = `st.id, st.clinic_id AS "clinicId", co.name AS "clinicName", st.name, st.address, st.postcode,
  st.accessibility, st.opening_hours AS "openingHours", ${siteLocation} AS location`;

/** `st` as a JSON object in the Site shape, for queries that return a site with each row. */
const siteJson = `json_build_object('id', st.id, 'clinicId', st.clinic_id, 'clinicName', co.name, 'name', st.name,
  'address', st.address, 'postcode', st.postcode, 'accessibility', st.accessibility, 'openingHours', st.opening_hours)`;

export async function listSites(db: Queryable, clinicIds: string[]): Promise<LocatedSite[]> {
  const { rows } = await db.query<LocatedSite>(
    `SELECT ${siteColumns} FROM clinic_sites st JOIN organisations co ON co.id = st.clinic_id
     WHERE st.clinic_id = ANY($1) ORDER BY co.name, st.name`,
    [clinicIds],
  );
  return rows;
}

export async function findSite(db: Queryable, siteId: string): Promise<LocatedSite | null> {
  const { rows } = await db.query<LocatedSite>(
    `SELECT ${siteColumns} FROM clinic_sites st JOIN organisations co ON co.id = st.clinic_id WHERE st.id = $1`,
    [siteId],
  );
  return rows[0] ?? null;
}

export async function updateSite(
  tx: Queryable,
  siteId: string,
  site: { name: string; address: string; postcode: string; accessibility: string; openingHours: string },
) {
  await tx.query(
    `UPDATE clinic_sites SET name = $2, address = $3, postcode = $4, accessibility = $5, opening_hours = $6,
       (latitude, longitude) = (${locationOfPostcode('$4')}) WHERE id = $1`,
    [siteId, site.name, site.address, site.postcode, site.accessibility, site.openingHours],
  );
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
    status: string;
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

export type AppointmentStatus = 'booked' | 'cancelled' | 'moved' | 'attended' | 'did_not_attend';

export type AppointmentRow = {
  id: string;
  requestId: string;
  serviceId: string;
  patientId: string;
  slotId: string;
  sessionId: string;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  site: Site;
  bookedAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  arrivedAt: Date | null;
  captureStartedAt: Date | null;
  questionnaireConfirmedAt: Date | null;
  /** From when a did-not-attend can be recorded: the slot's start plus the service's grace. */
  didNotAttendFrom: Date;
};

const appointmentSelect = `SELECT a.id, a.request_id AS "requestId", r.service_id AS "serviceId", r.patient_id AS "patientId",
    a.slot_id AS "slotId", s.session_id AS "sessionId", a.status, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
    ${siteJson} AS site, a.booked_at AS "bookedAt", a.ended_at AS "endedAt", a.end_reason AS "endReason",
    a.arrived_at AS "arrivedAt", a.capture_started_at AS "captureStartedAt",
    a.questionnaire_confirmed_at AS "questionnaireConfirmedAt",
    ${didNotAttendFromSql('s.starts_at', 'r.service_id')} AS "didNotAttendFrom"
  FROM appointments a JOIN requests r ON r.id = a.request_id JOIN clinic_slots s ON s.id = a.slot_id
  JOIN clinic_sessions cs ON cs.id = s.session_id JOIN clinic_sites st ON st.id = cs.site_id
  JOIN organisations co ON co.id = st.clinic_id`;

export async function findAppointment(
  db: Queryable,
  appointmentId: string,
  options: { lock?: boolean } = {},
): Promise<AppointmentRow | null> {
  if (options.lock) await db.query('SELECT 1 FROM appointments WHERE id = $1 FOR UPDATE', [appointmentId]);
  const { rows } = await db.query<AppointmentRow>(`${appointmentSelect} WHERE a.id = $1`, [appointmentId]);
  return rows[0] ?? null;
}

export async function appointmentsOfRequest(db: Queryable, requestId: string): Promise<AppointmentRow[]> {
  const { rows } = await db.query<AppointmentRow>(
    `${appointmentSelect} WHERE a.request_id = $1 ORDER BY a.booked_at DESC`,
    [requestId],
  );
  return rows;
}

/** The request's live appointment, if it has one. */
export async function liveAppointment(db: Queryable, requestId: string): Promise<AppointmentRow | null> {
  const { rows } = await db.query<AppointmentRow>(
    `${appointmentSelect} WHERE a.request_id = $1 AND a.status = 'booked'`,
    [requestId],
  );
  return rows[0] ?? null;
}

export async function endAppointment(
  tx: Queryable,
  appointmentId: string,
  end: { status: Exclude<AppointmentStatus, 'booked'>; reason: string | null; by: string; at: Date },
) {
  await tx.query(
    `UPDATE appointments SET status = $2, end_reason = $3, ended_by = $4, ended_at = $5 WHERE id = $1 AND status = 'booked'`,
    [appointmentId, end.status, end.reason, end.by, end.at],
  );
}

export async function markAppointment(
  tx: Queryable,
  appointmentId: string,
  field: 'arrived_at' | 'capture_started_at' | 'questionnaire_confirmed_at',
  at: Date,
) {
  // The column name comes from the fixed union above, never from input.
  await tx.query(`UPDATE appointments SET ${field} = coalesce(${field}, $2) WHERE id = $1`, [appointmentId, at]);
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

export type ClinicReport = {
  booked: number;
  attended: number;
  didNotAttend: number;
  cancelledByPatient: number;
  cancelledByService: number;
  sessionsCancelled: number;
};

/** What happened to appointments whose slot fell in the period, for the clinics serving the services. */
export async function clinicReport(
  db: Queryable,
  options: { serviceIds: string[]; from: Date; to: Date },
): Promise<ClinicReport> {
  const { rows } = await db.query<ClinicReport>(
    `SELECT count(*) FILTER (WHERE a.status = 'booked')::int AS booked,
       count(*) FILTER (WHERE a.status = 'attended')::int AS attended,
       count(*) FILTER (WHERE a.status = 'did_not_attend')::int AS "didNotAttend",
       count(*) FILTER (WHERE a.status = 'cancelled' AND a.ended_by = 'patient')::int AS "cancelledByPatient",
       count(*) FILTER (WHERE a.status = 'cancelled' AND a.ended_by <> 'patient')::int AS "cancelledByService",
       (SELECT count(*)::int FROM clinic_sessions cs2 JOIN clinic_sites st2 ON st2.id = cs2.site_id
         JOIN organisation_links ol2 ON ol2.organisation_id = st2.clinic_id AND ol2.relationship = 'clinic_provider'
         WHERE ol2.service_id = ANY($1) AND cs2.cancelled_at IS NOT NULL
           AND cs2.starts_at >= $2 AND cs2.starts_at < $3) AS "sessionsCancelled"
     FROM appointments a JOIN requests r ON r.id = a.request_id JOIN clinic_slots s ON s.id = a.slot_id
     WHERE r.service_id = ANY($1) AND s.starts_at >= $2 AND s.starts_at < $3`,
    [options.serviceIds, options.from, options.to],
  );
  return rows[0]!;
}

export type PatientContact = {
  mobile: string | null;
  email: string | null;
  postcode: string;
  /** The dermatology service's name and telephone, which every message to the patient gives. */
  service: string;
  telephone: string;
  /** The practice that keeps the patient's record, which alone may change their contact details. */
  practiceName: string;
  practiceTelephone: string;
  /** Where a message goes when nobody chose: email if the patient has one, else a text, else nowhere. */
  preferred: { channel: 'email' | 'sms'; destination: string } | null;
};

export async function patientContact(db: Queryable, patientId: string, serviceId: string): Promise<PatientContact> {
  const { rows } = await db.query<Omit<PatientContact, 'preferred'>>(
    `SELECT p.mobile, p.email, p.postcode, s.name AS service, ${serviceContactSql('s').telephone} AS telephone,
            pr.name AS "practiceName", pr.telephone AS "practiceTelephone"
     FROM patients p JOIN organisations s ON s.id = $2 JOIN organisations pr ON pr.id = p.practice_id
     WHERE p.id = $1`,
    [patientId, serviceId],
  );
  const contact = rows[0]!;
  const preferred = contact.email
    ? { channel: 'email' as const, destination: contact.email }
    : contact.mobile
      ? { channel: 'sms' as const, destination: contact.mobile }
      : null;
  return { ...contact, preferred };
}

/** The medical photographers of the clinics, who can staff their sessions. */
export async function listPhotographers(
  db: Queryable,
  clinicIds: string[],
): Promise<{ id: string; displayName: string; clinicId: string }[]> {
  const { rows } = await db.query<{ id: string; displayName: string; clinicId: string }>(
    `SELECT u.id, u.display_name AS "displayName", m.organisation_id AS "clinicId"
     FROM users u JOIN memberships m ON m.user_id = u.id
     WHERE m.organisation_id = ANY($1) AND 'photographer' = ANY(m.roles) AND u.disabled_at IS NULL
     ORDER BY u.display_name`,
    [clinicIds],
  );
  return rows;
}
