import type { Queryable } from '../../db/database.ts';

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
  registeredPracticeId: string;
};

const columns = `p.id, p.nhs_number AS "nhsNumber", p.given_name AS "givenName", p.family_name AS "familyName",
  p.date_of_birth::text AS "dateOfBirth", p.sex, p.mobile, p.email, p.address, p.postcode,
  p.registered_practice_id AS "registeredPracticeId"`;

/**
 * A patient is visible to an organisation that is their registered practice,
 * or is party to a request about them (the referring practice or the receiving
 * service). `$1` is the caller's organisation ids.
 */
const visibleTo = `(p.registered_practice_id = ANY($1) OR EXISTS (
  SELECT 1 FROM requests r WHERE r.patient_id = p.id AND (r.practice_id = ANY($1) OR r.service_id = ANY($1))))`;

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

/** Any patient with this NHS number, visible or not: used only to keep one record per NHS number. */
export async function findPatientByNhsNumber(db: Queryable, nhsNumber: string): Promise<Patient | null> {
  const { rows } = await db.query<Patient>(`SELECT ${columns} FROM patients p WHERE p.nhs_number = $1 FOR UPDATE`, [
    nhsNumber,
  ]);
  return rows[0] ?? null;
}

export async function insertPatient(tx: Queryable, patient: Omit<Patient, 'id'>, at: Date): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO patients (nhs_number, given_name, family_name, date_of_birth, sex, mobile, email, address, postcode,
       registered_practice_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
     ON CONFLICT (nhs_number) DO NOTHING RETURNING id`,
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
      patient.registeredPracticeId,
      at,
    ],
  );
  return rows[0]?.id ?? null;
}

/** The patient has registered at another practice: their contact details are refreshed too. */
export async function updateRegistration(
  tx: Queryable,
  id: string,
  details: Pick<Patient, 'registeredPracticeId' | 'mobile' | 'email' | 'address' | 'postcode'>,
  at: Date,
) {
  await tx.query(
    `UPDATE patients SET registered_practice_id = $2, mobile = coalesce($3, mobile), email = coalesce($4, email),
       address = CASE WHEN $5 = '' THEN address ELSE $5 END, postcode = $6, updated_at = $7 WHERE id = $1`,
    [id, details.registeredPracticeId, details.mobile, details.email, details.address, details.postcode, at],
  );
}
