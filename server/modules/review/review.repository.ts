import type { Queryable } from '../../db/database.ts';
import type { OutcomeCategory } from '../../../shared/outcome-categories.ts';

export type WorklistFilter = {
  serviceIds: string[];
  kind?: 'advice_and_guidance' | 'referral' | undefined;
  practiceId?: string | undefined;
  overdue?: boolean | undefined;
  now: Date;
  limit: number;
};

export type WorklistRow = {
  id: string;
  reference: string;
  kind: string;
  urgency: string;
  state: string;
  dueAt: Date | null;
  readyForReviewAt: Date | null;
  patientName: string;
  dateOfBirth: string;
  sex: string;
  practiceName: string;
  lesionCount: number;
  imageCount: number;
  firstImageId: string | null;
  claimedBy: string | null;
  claimedByName: string | null;
  claimTouchedAt: Date | null;
};

/**
 * Cases waiting for a consultant of these services: ready for review or in
 * review, urgent first, then by response-target due date. Served by the
 * requests_worklist index.
 */
export async function worklist(db: Queryable, filter: WorklistFilter): Promise<WorklistRow[]> {
  // The page of cases is chosen first, then joined to patients and names: joining
  // every open case before the LIMIT read all patients (docs/benchmarks.md).
  const { rows } = await db.query<WorklistRow>(
    `SELECT r.id, r.reference, r.kind, r.urgency, r.state, r.due_at AS "dueAt", r.ready_for_review_at AS "readyForReviewAt",
            p.given_name || ' ' || p.family_name AS "patientName", p.date_of_birth::text AS "dateOfBirth", p.sex,
            pr.name AS "practiceName",
            (SELECT count(*)::int FROM lesions l WHERE l.request_id = r.id) AS "lesionCount",
            (SELECT count(*)::int FROM images i WHERE i.request_id = r.id AND i.state = 'ready' AND i.removed_at IS NULL) AS "imageCount",
            (SELECT i.id FROM images i WHERE i.request_id = r.id AND i.state = 'ready' AND i.removed_at IS NULL ORDER BY i.uploaded_at LIMIT 1) AS "firstImageId",
            r.claimed_by AS "claimedBy", u.display_name AS "claimedByName", r.claim_touched_at AS "claimTouchedAt"
     FROM (SELECT r.id, r.reference, r.kind, r.urgency, r.state, r.due_at, r.ready_for_review_at, r.patient_id,
                  r.practice_id, r.claimed_by, r.claim_touched_at
           FROM requests r
           WHERE r.service_id = ANY($1) AND r.state IN ('ready_for_review', 'in_review')
             AND ($2::text IS NULL OR r.kind = $2)
             AND ($3::uuid IS NULL OR r.practice_id = $3)
             AND (NOT $4::boolean OR r.due_at < $5)
           ORDER BY (r.urgency = 'urgent') DESC, r.due_at ASC NULLS LAST, r.ready_for_review_at ASC NULLS LAST, r.id
           LIMIT $6) r
     JOIN patients p ON p.id = r.patient_id
     JOIN organisations pr ON pr.id = r.practice_id
     LEFT JOIN users u ON u.id = r.claimed_by
     ORDER BY (r.urgency = 'urgent') DESC, r.due_at ASC NULLS LAST, r.ready_for_review_at ASC NULLS LAST, r.id`,
    [
      filter.serviceIds,
      filter.kind ?? null,
      filter.practiceId ?? null,
      filter.overdue ?? false,
      filter.now,
      filter.limit,
    ],
  );
  return rows;
}

/**
 * How many of the services' requests are in each state. Requests never submitted (drafts, and drafts withdrawn
 * before sending) are the practices' own and not counted.
 */
export async function countsByState(db: Queryable, serviceIds: string[]): Promise<Record<string, number>> {
  const { rows } = await db.query<{ state: string; n: number }>(
    `SELECT state, count(*)::int AS n FROM requests WHERE service_id = ANY($1) AND submitted_at IS NOT NULL GROUP BY state`,
    [serviceIds],
  );
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

/** Every open case of the services, with who holds it: the service view for admins and clerks. */
export async function openCases(db: Queryable, serviceIds: string[], limit: number) {
  const { rows } = await db.query<WorklistRow>(
    `SELECT r.id, r.reference, r.kind, r.urgency, r.state, r.due_at AS "dueAt", r.ready_for_review_at AS "readyForReviewAt",
            p.given_name || ' ' || p.family_name AS "patientName", p.date_of_birth::text AS "dateOfBirth", p.sex,
            pr.name AS "practiceName",
            (SELECT count(*)::int FROM lesions l WHERE l.request_id = r.id) AS "lesionCount",
            (SELECT count(*)::int FROM images i WHERE i.request_id = r.id AND i.state = 'ready' AND i.removed_at IS NULL) AS "imageCount",
            NULL AS "firstImageId",
            r.claimed_by AS "claimedBy", u.display_name AS "claimedByName", r.claim_touched_at AS "claimTouchedAt"
     FROM requests r
     JOIN patients p ON p.id = r.patient_id
     JOIN organisations pr ON pr.id = r.practice_id
     LEFT JOIN users u ON u.id = r.claimed_by
     WHERE r.service_id = ANY($1) AND r.state IN ('submitted', 'awaiting_images', 'ready_for_review', 'in_review', 'information_requested')
     ORDER BY (r.urgency = 'urgent') DESC, r.due_at ASC NULLS LAST, r.created_at
     LIMIT $2`,
    [serviceIds, limit],
  );
  return rows;
}

export async function setClaim(db: Queryable, requestId: string, userId: string | null, at: Date) {
  await db.query(
    `UPDATE requests SET claimed_by = $2, claimed_at = CASE WHEN $2::uuid IS NULL THEN NULL ELSE $3::timestamptz END,
       claim_touched_at = CASE WHEN $2::uuid IS NULL THEN NULL ELSE $3::timestamptz END WHERE id = $1`,
    [requestId, userId, at],
  );
}

export async function touchClaim(db: Queryable, requestId: string, at: Date) {
  await db.query('UPDATE requests SET claim_touched_at = $2 WHERE id = $1', [requestId, at]);
}

export async function claimOf(db: Queryable, requestId: string) {
  const { rows } = await db.query<{
    claimedBy: string | null;
    claimedByName: string | null;
    claimTouchedAt: Date | null;
  }>(
    `SELECT r.claimed_by AS "claimedBy", u.display_name AS "claimedByName", r.claim_touched_at AS "claimTouchedAt"
     FROM requests r LEFT JOIN users u ON u.id = r.claimed_by WHERE r.id = $1`,
    [requestId],
  );
  return rows[0] ?? { claimedBy: null, claimedByName: null, claimTouchedAt: null };
}

export type OutcomeRow = {
  id: string;
  kind: 'outcome' | 'addendum';
  addendumTo: string | null;
  category: OutcomeCategory | null;
  diagnosisCode: string | null;
  diagnosisTerm: string | null;
  differentials: { code: string | null; term: string }[];
  plan: string;
  medicines: { name: string; strength: string; form: string; directions: string; duration: string }[];
  leaflets: { title: string; url: string }[];
  onwardReferral: string | null;
  signedBy: string;
  signedByName: string;
  gmcNumber: string;
  signedAt: Date;
};

const outcomeColumns = `id, kind, addendum_to AS "addendumTo", category, diagnosis_code AS "diagnosisCode",
  diagnosis_term AS "diagnosisTerm", differentials, plan, medicines, leaflets, onward_referral AS "onwardReferral",
  signed_by AS "signedBy", signed_by_name AS "signedByName", gmc_number AS "gmcNumber", signed_at AS "signedAt"`;

export async function listOutcomes(db: Queryable, requestId: string): Promise<OutcomeRow[]> {
  const { rows } = await db.query<OutcomeRow>(
    `SELECT ${outcomeColumns} FROM outcomes WHERE request_id = $1 ORDER BY signed_at, kind DESC`,
    [requestId],
  );
  return rows;
}

export async function insertOutcome(
  tx: Queryable,
  requestId: string,
  outcome: Omit<OutcomeRow, 'id'>,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO outcomes (request_id, kind, addendum_to, category, diagnosis_code, diagnosis_term, differentials, plan,
       medicines, leaflets, onward_referral, signed_by, signed_by_name, gmc_number, signed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
    [
      requestId,
      outcome.kind,
      outcome.addendumTo,
      outcome.category,
      outcome.diagnosisCode,
      outcome.diagnosisTerm,
      JSON.stringify(outcome.differentials),
      outcome.plan,
      JSON.stringify(outcome.medicines),
      JSON.stringify(outcome.leaflets),
      outcome.onwardReferral,
      outcome.signedBy,
      outcome.signedByName,
      outcome.gmcNumber,
      outcome.signedAt,
    ],
  );
  return rows[0]!.id;
}

/**
 * Earlier requests about the same person (by NHS number, whichever practice's record they were made from) that the
 * caller can see, newest first: a service sees all of its own, a practice only its own.
 */
export async function earlierRequests(db: Queryable, patientId: string, excludeId: string, organisationIds: string[]) {
  const { rows } = await db.query<{
    id: string;
    reference: string;
    kind: string;
    state: string;
    submittedAt: Date | null;
    diagnosis: string | null;
  }>(
    `SELECT r.id, r.reference, r.kind, r.state, r.submitted_at AS "submittedAt",
            (SELECT o.diagnosis_term FROM outcomes o WHERE o.request_id = r.id AND o.kind = 'outcome') AS diagnosis
     FROM requests r
     WHERE r.patient_id IN (SELECT same.id FROM patients same, patients p
                            WHERE p.id = $1 AND same.nhs_number = p.nhs_number)
       AND r.id <> $2 AND r.state <> 'draft'
       AND (r.practice_id = ANY($3) OR (r.service_id = ANY($3) AND r.submitted_at IS NOT NULL))
     ORDER BY r.submitted_at DESC NULLS LAST LIMIT 20`,
    [patientId, excludeId, organisationIds],
  );
  return rows;
}

/** One entry of a consultant's history: what they did to which case, and where the case is now. */
export type HistoryItem = {
  requestId: string;
  reference: string;
  kind: string;
  state: string;
  patientName: string;
  practiceName: string;
  did: 'asked' | 'signed' | 'addendum';
  at: Date;
};

/** The cases this consultant asked about or signed, in services `$2` (theirs), newest first. */
export async function consultantHistory(
  db: Queryable,
  userId: string,
  organisationIds: string[],
  limit: number,
): Promise<HistoryItem[]> {
  const { rows } = await db.query<HistoryItem>(
    `SELECT r.id AS "requestId", r.reference, r.kind, r.state, p.given_name || ' ' || p.family_name AS "patientName",
            pr.name AS "practiceName", done.did, done.at
     FROM (SELECT request_id, 'asked' AS did, at FROM messages
           WHERE author_user_id = $1 AND kind IN ('question', 'photo_request')
           UNION ALL
           SELECT request_id, CASE WHEN kind = 'outcome' THEN 'signed' ELSE 'addendum' END, signed_at FROM outcomes
           WHERE signed_by = $1) done
     JOIN requests r ON r.id = done.request_id
     JOIN patients p ON p.id = r.patient_id
     JOIN organisations pr ON pr.id = r.practice_id
     WHERE r.service_id = ANY($2)
     ORDER BY done.at DESC
     LIMIT $3`,
    [userId, organisationIds, limit],
  );
  return rows;
}
