import type { Queryable } from '../../db/database.ts';
// Not the requests index: it leads back here (requests finds patients), and the lines below use these at load.
import { isTerminal, requestStates } from '../requests/lifecycle.ts';
import { requestVisibleTo } from '../requests/requests.repository.ts';

const terminalStates = requestStates.filter(isTerminal);

export type Patient = {
  id: string;
  nhsNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: 'female' | 'male' | 'other' | 'unknown';
  mobile: string | null;
  email: string | null;
  address: string;
  postcode: string;
  /** The practice whose record this is: each practice keeps its own record of a patient. */
  practiceId: string;
  /** When another practice last registered this person (their record there is theirs alone). */
  registeredElsewhereAt: Date | null;
};

const columns = `p.id, p.nhs_number AS "nhsNumber", p.given_name AS "givenName", p.family_name AS "familyName",
  p.date_of_birth::text AS "dateOfBirth", p.sex, p.mobile, p.email, p.address, p.postcode,
  p.practice_id AS "practiceId", p.registered_elsewhere_at AS "registeredElsewhereAt"`;

/**
 * A patient's record is visible to the practice that keeps it, and to a service
 * that has been sent a request about them (a draft has not been sent).
 * `$1` is the caller's organisation ids.
 */
const visibleTo = `(p.practice_id = ANY($1) OR EXISTS (
  SELECT 1 FROM requests r WHERE r.patient_id = p.id AND ${requestVisibleTo}))`;

export async function findVisiblePatient(
  db: Queryable,
  organisationIds: string[],
  id: string,
): Promise<Patient | null> {
  const { rows } = await db.query<Patient>(`SELECT ${columns} FROM patients p WHERE ${visibleTo} AND p.id = $2`, [
    organisationIds,
    id,
  ]);
  return rows[0] ?? null;
}

export async function searchVisiblePatients(
  db: Queryable,
  organisationIds: string[],
  by: { nhsNumber: string } | { familyName: string; dateOfBirth: string },
): Promise<Patient[]> {
  const { rows } =
    'nhsNumber' in by
      ? await db.query<Patient>(`SELECT ${columns} FROM patients p WHERE ${visibleTo} AND p.nhs_number = $2`, [
          organisationIds,
          by.nhsNumber,
        ])
      : await db.query<Patient>(
          `SELECT ${columns} FROM patients p WHERE ${visibleTo}
             AND lower(p.family_name) = lower($2) AND p.date_of_birth = $3::date
           ORDER BY p.given_name LIMIT 50`,
          [organisationIds, by.familyName, by.dateOfBirth],
        );
  return rows;
}

/** The record of a patient kept by one of these practices (`practiceIds`), locked for a change. */
export async function findPracticeRecord(db: Queryable, practiceIds: string[], id: string): Promise<Patient | null> {
  const { rows } = await db.query<Patient>(
    `SELECT ${columns} FROM patients p WHERE p.id = $1 AND p.practice_id = ANY($2) FOR UPDATE`,
    [id, practiceIds],
  );
  return rows[0] ?? null;
}

/** Changes how the practice reaches the patient; the rest of the record stays as registered. */
export async function updateContact(
  db: Queryable,
  id: string,
  changes: Partial<Pick<Patient, 'mobile' | 'email' | 'address' | 'postcode'>>,
): Promise<Patient> {
  const { rows } = await db.query<Patient>(
    `UPDATE patients p SET
       mobile = CASE WHEN $2 THEN $3 ELSE p.mobile END,
       email = CASE WHEN $4 THEN $5 ELSE p.email END,
       address = coalesce($6, p.address),
       postcode = coalesce($7, p.postcode)
     WHERE p.id = $1 RETURNING ${columns}`,
    [
      id,
      'mobile' in changes,
      changes.mobile ?? null,
      'email' in changes,
      changes.email ?? null,
      changes.address ?? null,
      changes.postcode ?? null,
    ],
  );
  return rows[0]!;
}

/** One patient found by the search box, with the requests about them the caller may see (newest first). */
export type FoundPatient = {
  id: string;
  name: string;
  nhsNumber: string;
  dateOfBirth: string;
  practiceName: string;
  requests: { id: string; reference: string; kind: string; state: string; updatedAt: Date }[];
};

/**
 * The search box: patients the caller may see by NHS number, by a request's reference, or by the starts of their
 * names (every word must start the given or family name), at most `limit`, each with their visible requests.
 * `$1` is the caller's organisation ids.
 */
export async function findPatientsForSearch(
  db: Queryable,
  organisationIds: string[],
  by: { nhsNumber: string } | { reference: string } | { words: string[] },
  limit: number,
): Promise<FoundPatient[]> {
  const match =
    'nhsNumber' in by
      ? { sql: 'p.nhs_number = $2', values: [by.nhsNumber] }
      : 'reference' in by
        ? {
            sql: `p.id IN (SELECT r.patient_id FROM requests r WHERE r.reference = $2 AND ${requestVisibleTo})`,
            values: [by.reference],
          }
        : {
            sql: by.words
              .map(
                (_, i) => `(lower(p.family_name) LIKE $${i + 2} || '%' OR lower(p.given_name) LIKE $${i + 2} || '%')`,
              )
              .join(' AND '),
            values: by.words.map((word) => word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)),
          };
  const { rows } = await db.query<FoundPatient>(
    `SELECT p.id, p.given_name || ' ' || p.family_name AS name, p.nhs_number AS "nhsNumber",
            p.date_of_birth::text AS "dateOfBirth", o.name AS "practiceName",
            coalesce((SELECT json_agg(json_build_object('id', r.id, 'reference', r.reference, 'kind', r.kind,
                                                        'state', r.state, 'updatedAt', r.updated_at)
                                      ORDER BY r.updated_at DESC)
                      FROM requests r WHERE r.patient_id = p.id AND ${requestVisibleTo}), '[]') AS requests
     FROM patients p JOIN organisations o ON o.id = p.practice_id
     WHERE ${visibleTo} AND ${match.sql}
     ORDER BY p.family_name, p.given_name, p.date_of_birth
     LIMIT ${Number(limit)}`,
    [organisationIds, ...match.values],
  );
  return rows.map((row) => ({
    ...row,
    requests: row.requests.map((r) => ({ ...r, updatedAt: new Date(r.updatedAt) })),
  }));
}

/** The practice's own record of the patient with this NHS number, locked for the registration. */
export async function findPracticePatient(
  db: Queryable,
  practiceId: string,
  nhsNumber: string,
): Promise<Patient | null> {
  const { rows } = await db.query<Patient>(
    `SELECT ${columns} FROM patients p WHERE p.practice_id = $1 AND p.nhs_number = $2 FOR UPDATE`,
    [practiceId, nhsNumber],
  );
  return rows[0] ?? null;
}

export async function insertPatient(
  tx: Queryable,
  patient: Omit<Patient, 'id' | 'registeredElsewhereAt'>,
  at: Date,
): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO patients (nhs_number, given_name, family_name, date_of_birth, sex, mobile, email, address, postcode,
       practice_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
     ON CONFLICT (practice_id, nhs_number) DO NOTHING RETURNING id`,
    [
      patient.nhsNumber,
      patient.givenName,
      patient.familyName,
      patient.dateOfBirth,
      patient.sex,
      patient.mobile,
      patient.email,
      patient.address,
      patient.postcode,
      patient.practiceId,
      at,
    ],
  );
  return rows[0]?.id ?? null;
}

export type RecordHeldElsewhere = {
  patientId: string;
  practiceId: string;
  practiceEmail: string;
  /** The practice's open requests for the patient: their referrers are told when the practice has no email. */
  openRequests: { id: string; reference: string; referrerEmail: string }[];
};

/**
 * Marks other practices' records of the same person (same NHS number, last name and date of birth) as registered
 * elsewhere, and returns them so that their practices can be told. Nothing of theirs is read out to the caller.
 */
export async function markRegisteredElsewhere(
  tx: Queryable,
  person: { nhsNumber: string; familyName: string; dateOfBirth: string; newPracticeId: string },
  at: Date,
): Promise<RecordHeldElsewhere[]> {
  const { rows } = await tx.query<RecordHeldElsewhere>(
    `WITH marked AS (
       UPDATE patients SET registered_elsewhere_at = $5
       WHERE nhs_number = $1 AND practice_id <> $4 AND lower(family_name) = lower($2) AND date_of_birth = $3::date
       RETURNING id, practice_id)
     SELECT m.id AS "patientId", m.practice_id AS "practiceId", o.email AS "practiceEmail",
       coalesce((SELECT json_agg(json_build_object('id', r.id, 'reference', r.reference, 'referrerEmail', u.email)
                   ORDER BY r.created_at)
                 FROM requests r JOIN users u ON u.id = r.referrer_id
                 WHERE r.patient_id = m.id AND r.state <> ALL($6)), '[]') AS "openRequests"
     FROM marked m JOIN organisations o ON o.id = m.practice_id
     ORDER BY m.practice_id`,
    [person.nhsNumber, person.familyName, person.dateOfBirth, person.newPracticeId, at, terminalStates],
  );
  return rows;
}
