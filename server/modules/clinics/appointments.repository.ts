import type { Queryable } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { didNotAttendFromSql, serviceContactSql } from '../organisations/index.ts';
import { siteJson, type Site } from './sites.repository.ts';

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

/** Locks the request of an appointment, taken before the appointment itself (see `appointmentFor`). */
export async function lockRequest(tx: Queryable, requestId: string) {
  await tx.query('SELECT 1 FROM requests WHERE id = $1 FOR UPDATE', [requestId]);
}

/**
 * The service of a request that has an appointment at a site of one of the clinics, in one of the statuses;
 * with `arrived`, only once the patient has arrived. Null when it has none.
 */
export async function serviceOfClinicAppointment(
  db: Queryable,
  options: { requestId: string; clinicIds: string[]; statuses: readonly string[]; arrived: boolean },
): Promise<string | null> {
  const { rows } = await db.query<{ serviceId: string }>(
    `SELECT r.service_id AS "serviceId" FROM appointments a
     JOIN clinic_slots s ON s.id = a.slot_id JOIN clinic_sessions cs ON cs.id = s.session_id
     JOIN clinic_sites st ON st.id = cs.site_id JOIN requests r ON r.id = a.request_id
     WHERE a.request_id = $1 AND st.clinic_id = ANY($2) AND a.status = ANY($3)
       ${options.arrived ? 'AND a.arrived_at IS NOT NULL' : ''}
     LIMIT 1`,
    [options.requestId, options.clinicIds, options.statuses],
  );
  return rows[0]?.serviceId ?? null;
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
