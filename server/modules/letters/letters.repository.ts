import type { Queryable } from '../../db/database.ts';
import type { OutcomeRow } from '../review/index.ts';
import { listOutcomes } from '../review/index.ts';
import { serviceContactSql } from '../organisations/index.ts';
import type { RequestKind } from '../../../shared/request-content.ts';
import type { LetterFacts } from './compose-letters.ts';

export type LetterKind = 'outcome' | 'appointment' | 'returned';

export type LetterRow = {
  id: string;
  /** An outcome's letters (and an addendum's), an appointment letter, or the letter returning a request. */
  kind: LetterKind;
  /** Set for outcome letters only. */
  outcomeId: string | null;
  /** Set for appointment letters only. */
  appointmentId: string | null;
  audience: 'referrer' | 'patient';
  blobKey: string;
  bytes: number;
  createdAt: Date;
};

const letterColumns = `id, kind, outcome_id AS "outcomeId", appointment_id AS "appointmentId", audience,
  blob_key AS "blobKey", bytes, created_at AS "createdAt"`;

/** Every letter of a request, of every kind, oldest first. */
export async function listLetters(db: Queryable, requestId: string): Promise<LetterRow[]> {
  const { rows } = await db.query<LetterRow>(
    `SELECT ${letterColumns} FROM letters WHERE request_id = $1 ORDER BY created_at, audience DESC`,
    [requestId],
  );
  return rows;
}

export async function findLetter(db: Queryable, id: string): Promise<(LetterRow & { requestId: string }) | null> {
  const { rows } = await db.query<LetterRow & { requestId: string }>(
    `SELECT ${letterColumns}, request_id AS "requestId" FROM letters WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** Whether the patient's letter for the appointment is already recorded (a retried job makes it once). */
export async function hasAppointmentLetter(db: Queryable, appointmentId: string): Promise<boolean> {
  const { rows } = await db.query("SELECT 1 FROM letters WHERE appointment_id = $1 AND audience = 'patient'", [
    appointmentId,
  ]);
  return rows.length > 0;
}

/** Whether the letter returning the request to its referrer is already recorded. */
export async function hasReturnedLetter(db: Queryable, requestId: string): Promise<boolean> {
  const { rows } = await db.query(
    "SELECT 1 FROM letters WHERE request_id = $1 AND kind = 'returned' AND audience = 'referrer'",
    [requestId],
  );
  return rows.length > 0;
}

/** An appointment's status now, to hold back the email of an appointment that changed before its letter. */
export async function appointmentStatusOf(db: Queryable, appointmentId: string): Promise<string | null> {
  const { rows } = await db.query<{ status: string }>('SELECT status FROM appointments WHERE id = $1', [appointmentId]);
  return rows[0]?.status ?? null;
}

type NewLetter = { requestId: string; audience: 'referrer' | 'patient'; blobKey: string; bytes: number; at: Date } & (
  { kind?: 'outcome'; outcomeId: string } | { kind: 'appointment'; appointmentId: string } | { kind: 'returned' }
);

/**
 * Records a letter and returns its id, or null when it was already recorded
 * (each outcome, appointment and returned request has one letter per
 * audience), so a retried job records and announces nothing twice.
 */
export async function insertLetter(tx: Queryable, letter: NewLetter): Promise<string | null> {
  const kind = letter.kind ?? 'outcome';
  const conflict = {
    outcome: 'ON CONFLICT (outcome_id, audience) DO NOTHING',
    appointment: 'ON CONFLICT (appointment_id, audience) WHERE appointment_id IS NOT NULL DO NOTHING',
    returned: "ON CONFLICT (request_id, audience) WHERE kind = 'returned' DO NOTHING",
  }[kind];
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO letters (request_id, kind, outcome_id, appointment_id, audience, blob_key, bytes, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ${conflict} RETURNING id`,
    [
      letter.requestId,
      kind,
      'outcomeId' in letter ? letter.outcomeId : null,
      'appointmentId' in letter ? letter.appointmentId : null,
      letter.audience,
      letter.blobKey,
      letter.bytes,
      letter.at,
    ],
  );
  return rows[0]?.id ?? null;
}

/** What any outcome letter of a request says apart from the outcome itself: the request, patient and organisations. */
export type RequestLetterFacts = Omit<LetterFacts, 'outcome' | 'addenda'>;

/** The request's side of its outcome letters (for the letters themselves, and the preview before signing). */
export async function requestLetterFacts(
  db: Queryable,
  requestId: string,
): Promise<{ facts: RequestLetterFacts; patientId: string; referrerEmail: string } | null> {
  const { rows } = await db.query<{
    patientId: string;
    reference: string;
    kind: LetterFacts['kind'];
    clinicalQuestion: string;
    patient: LetterFacts['patient'];
    referrerName: string;
    referrerEmail: string;
    practice: LetterFacts['practice'];
    service: LetterFacts['service'];
    referralReference: string | null;
  }>(
    `SELECT r.patient_id AS "patientId", r.reference, r.kind, r.clinical_question AS "clinicalQuestion",
            ${patientJson} AS patient,
            u.display_name AS "referrerName", u.email AS "referrerEmail",
            json_build_object('name', pr.name, 'address', pr.address, 'postcode', pr.postcode, 'telephone', pr.telephone) AS practice,
            ${serviceJson} AS service,
            (SELECT c.reference FROM requests c WHERE c.converted_from = r.id) AS "referralReference"
     FROM requests r
     JOIN patients p ON p.id = r.patient_id
     JOIN users u ON u.id = r.referrer_id
     JOIN organisations pr ON pr.id = r.practice_id
     JOIN organisations s ON s.id = r.service_id
     WHERE r.id = $1`,
    [requestId],
  );
  const row = rows[0];
  if (!row) return null;
  const { rows: lesions } = await db.query<LetterFacts['lesions'][number]>(
    `SELECT body_site AS "bodySite", laterality, description, size_mm::float8 AS "sizeMm" FROM lesions WHERE request_id = $1 ORDER BY position`,
    [requestId],
  );
  const { patientId, referrerEmail, referrerName, ...facts } = row;
  return { patientId, referrerEmail, facts: { ...facts, referrer: { name: referrerName }, lesions } };
}

/** What the letters for an outcome (or addendum) say, with the outcome they belong to. */
export async function letterFacts(
  db: Queryable,
  outcomeId: string,
): Promise<{
  facts: LetterFacts;
  requestId: string;
  patientId: string;
  referrerEmail: string;
  urgentCancer: boolean;
} | null> {
  const { rows } = await db.query<{ requestId: string }>(
    `SELECT request_id AS "requestId" FROM outcomes WHERE id = $1`,
    [outcomeId],
  );
  const requestId = rows[0]?.requestId;
  if (!requestId) return null;
  const found = await requestLetterFacts(db, requestId);
  if (!found) return null;
  const outcomes = await listOutcomes(db, requestId);
  const outcome = outcomes.find((o) => o.kind === 'outcome') as OutcomeRow;
  const lettered = outcomes.find((o) => o.id === outcomeId)!;
  return {
    requestId,
    patientId: found.patientId,
    referrerEmail: found.referrerEmail,
    urgentCancer: outcome.category === 'redirect_urgent_cancer',
    facts: {
      ...found.facts,
      outcome,
      // The letter for an addendum carries every addendum up to it.
      addenda: outcomes.filter((o) => o.kind === 'addendum' && o.signedAt.getTime() <= lettered.signedAt.getTime()),
    },
  };
}

const patientJson = `json_build_object('givenName', p.given_name, 'familyName', p.family_name,
  'dateOfBirth', p.date_of_birth::text, 'nhsNumber', p.nhs_number, 'address', p.address, 'postcode', p.postcode)`;
/** The service as its letters print it: the contact details are the service's settings (service-settings.repository.ts). */
const serviceContact = serviceContactSql('s');
const serviceJson = `json_build_object('name', s.name, 'address', s.address, 'postcode', s.postcode,
  'telephone', ${serviceContact.telephone}, 'email', ${serviceContact.email}, 'openingHours', ${serviceContact.openingHours})`;
const siteJson = `json_build_object('name', cs.name, 'address', cs.address, 'postcode', cs.postcode,
  'accessibility', cs.accessibility, 'openingHours', cs.opening_hours)`;

/** What the patient's appointment letter says. */
export type AppointmentLetterFacts = {
  reference: string;
  patient: LetterFacts['patient'];
  service: LetterFacts['service'];
  site: { name: string; address: string; postcode: string; accessibility: string; openingHours: string };
  startsAt: Date;
};

/** What the letter returning a request to its referrer says. */
export type ReturnedLetterFacts = {
  reference: string;
  kind: RequestKind;
  patient: LetterFacts['patient'];
  referrer: { name: string };
  practice: LetterFacts['practice'];
  service: LetterFacts['service'];
  /** The appointments the patient did not attend, oldest first. */
  missed: { startsAt: Date; siteName: string; sitePostcode: string }[];
};

/** What an appointment letter says: the appointment, its site, the patient and the service. */
export async function appointmentLetterFacts(
  db: Queryable,
  appointmentId: string,
): Promise<{ facts: AppointmentLetterFacts; requestId: string; patientId: string } | null> {
  const { rows } = await db.query<AppointmentLetterFacts & { requestId: string; patientId: string }>(
    `SELECT r.id AS "requestId", r.patient_id AS "patientId", r.reference, ${patientJson} AS patient,
            ${serviceJson} AS service, ${siteJson} AS site, sl.starts_at AS "startsAt"
     FROM appointments a
     JOIN clinic_slots sl ON sl.id = a.slot_id
     JOIN clinic_sessions se ON se.id = sl.session_id
     JOIN clinic_sites cs ON cs.id = se.site_id
     JOIN requests r ON r.id = a.request_id
     JOIN patients p ON p.id = r.patient_id
     JOIN organisations s ON s.id = r.service_id
     WHERE a.id = $1`,
    [appointmentId],
  );
  const row = rows[0];
  if (!row) return null;
  const { requestId, patientId, ...facts } = row;
  return { facts, requestId, patientId };
}

/** What the letter returning a request says: the request, its people, and the appointments the patient missed. */
export async function returnedLetterFacts(
  db: Queryable,
  requestId: string,
): Promise<{ facts: ReturnedLetterFacts; patientId: string; referrerEmail: string } | null> {
  const { rows } = await db.query<
    Omit<ReturnedLetterFacts, 'referrer' | 'missed'> & {
      patientId: string;
      referrerName: string;
      referrerEmail: string;
    }
  >(
    `SELECT r.patient_id AS "patientId", r.reference, r.kind, ${patientJson} AS patient,
            u.display_name AS "referrerName", u.email AS "referrerEmail",
            json_build_object('name', pr.name, 'address', pr.address, 'postcode', pr.postcode, 'telephone', pr.telephone) AS practice,
            ${serviceJson} AS service
     FROM requests r
     JOIN patients p ON p.id = r.patient_id
     JOIN users u ON u.id = r.referrer_id
     JOIN organisations pr ON pr.id = r.practice_id
     JOIN organisations s ON s.id = r.service_id
     WHERE r.id = $1`,
    [requestId],
  );
  const row = rows[0];
  if (!row) return null;
  const { rows: missed } = await db.query<ReturnedLetterFacts['missed'][number]>(
    `SELECT sl.starts_at AS "startsAt", cs.name AS "siteName", cs.postcode AS "sitePostcode"
     FROM appointments a
     JOIN clinic_slots sl ON sl.id = a.slot_id
     JOIN clinic_sessions se ON se.id = sl.session_id
     JOIN clinic_sites cs ON cs.id = se.site_id
     WHERE a.request_id = $1 AND a.status = 'did_not_attend'
     ORDER BY sl.starts_at`,
    [requestId],
  );
  const { patientId, referrerName, referrerEmail, ...rest } = row;
  return { facts: { ...rest, referrer: { name: referrerName }, missed }, patientId, referrerEmail };
}
