import type { Queryable } from '../../db/database.ts';
import type { OutcomeRow } from '../review/review.repository.ts';
import { listOutcomes } from '../review/review.repository.ts';
import type { LetterFacts } from './compose-letters.ts';

export type LetterRow = {
  id: string;
  outcomeId: string;
  audience: 'referrer' | 'patient';
  blobKey: string;
  bytes: number;
  createdAt: Date;
};

export async function listLetters(db: Queryable, requestId: string): Promise<LetterRow[]> {
  const { rows } = await db.query<LetterRow>(
    `SELECT id, outcome_id AS "outcomeId", audience, blob_key AS "blobKey", bytes, created_at AS "createdAt"
     FROM letters WHERE request_id = $1 ORDER BY created_at, audience DESC`,
    [requestId],
  );
  return rows;
}

export async function findLetter(db: Queryable, id: string): Promise<(LetterRow & { requestId: string }) | null> {
  const { rows } = await db.query<LetterRow & { requestId: string }>(
    `SELECT id, request_id AS "requestId", outcome_id AS "outcomeId", audience, blob_key AS "blobKey", bytes, created_at AS "createdAt"
     FROM letters WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function insertLetter(
  tx: Queryable,
  letter: {
    requestId: string;
    outcomeId: string;
    audience: 'referrer' | 'patient';
    blobKey: string;
    bytes: number;
    at: Date;
  },
): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO letters (request_id, outcome_id, audience, blob_key, bytes, created_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (outcome_id, audience) DO NOTHING`,
    [letter.requestId, letter.outcomeId, letter.audience, letter.blobKey, letter.bytes, letter.at],
  );
  return (rowCount ?? 0) > 0;
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
  const { rows } = await db.query<{
    requestId: string;
    patientId: string;
    reference: string;
    kind: LetterFacts['kind'];
    clinicalQuestion: string;
    patient: LetterFacts['patient'];
    referrerName: string;
    referrerEmail: string;
    practice: LetterFacts['practice'];
    service: LetterFacts['service'];
  }>(
    `SELECT r.id AS "requestId", r.patient_id AS "patientId", r.reference, r.kind, r.clinical_question AS "clinicalQuestion",
            json_build_object('givenName', p.given_name, 'familyName', p.family_name, 'dateOfBirth', p.date_of_birth::text,
                              'nhsNumber', p.nhs_number, 'address', p.address, 'postcode', p.postcode) AS patient,
            u.display_name AS "referrerName", u.email AS "referrerEmail",
            json_build_object('name', pr.name, 'address', pr.address, 'postcode', pr.postcode, 'telephone', pr.telephone) AS practice,
            json_build_object('name', s.name, 'address', s.address, 'postcode', s.postcode, 'telephone', s.telephone, 'email', s.email) AS service
     FROM outcomes o
     JOIN requests r ON r.id = o.request_id
     JOIN patients p ON p.id = r.patient_id
     JOIN users u ON u.id = r.referrer_id
     JOIN organisations pr ON pr.id = r.practice_id
     JOIN organisations s ON s.id = r.service_id
     WHERE o.id = $1`,
    [outcomeId],
  );
  const row = rows[0];
  if (!row) return null;
  const outcomes = await listOutcomes(db, row.requestId);
  const outcome = outcomes.find((o) => o.kind === 'outcome') as OutcomeRow;
  const lettered = outcomes.find((o) => o.id === outcomeId)!;
  const { rows: lesions } = await db.query<LetterFacts['lesions'][number]>(
    `SELECT body_site AS "bodySite", laterality, description, size_mm::float8 AS "sizeMm" FROM lesions WHERE request_id = $1 ORDER BY position`,
    [row.requestId],
  );
  return {
    requestId: row.requestId,
    patientId: row.patientId,
    referrerEmail: row.referrerEmail,
    urgentCancer: outcome.category === 'redirect_urgent_cancer',
    facts: {
      reference: row.reference,
      kind: row.kind,
      clinicalQuestion: row.clinicalQuestion,
      patient: row.patient,
      referrer: { name: row.referrerName },
      practice: row.practice,
      service: row.service,
      lesions,
      outcome,
      // The letter for an addendum carries every addendum up to it.
      addenda: outcomes.filter((o) => o.kind === 'addendum' && o.signedAt.getTime() <= lettered.signedAt.getTime()),
    },
  };
}
