import { randomInt } from 'node:crypto';
import type { Queryable } from '../../db/database.ts';
import type {
  ConsentMethod,
  History,
  Photography,
  RequestKind,
  RequestState,
  Urgency,
} from '../../../shared/request-content.ts';
import type { Laterality } from '../../../shared/body-sites.ts';
import type { EligibilityResult } from '../eligibility/index.ts';

export type RequestRow = {
  id: string;
  reference: string;
  kind: RequestKind;
  urgency: Urgency;
  state: RequestState;
  patientId: string;
  practiceId: string;
  serviceId: string;
  referrerId: string;
  clinicalQuestion: string;
  history: History;
  conversionAuthorised: boolean;
  /**
   * Who takes the photographs, as the service acts on it: a draft not yet answered is treated as the referrer's (a
   * patient sent a link for it may send photos), but it cannot be submitted until `photographyAnswered`.
   */
  photography: Photography;
  /** Whether the referrer has said who takes the photographs; a submitted request always has. */
  photographyAnswered: boolean;
  eligibility: EligibilityResult | null;
  submittedAt: Date | null;
  readyForReviewAt: Date | null;
  dueAt: Date | null;
  clockPausedAt: Date | null;
  closedReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

const columns = `r.id, r.reference, r.kind, r.urgency, r.state, r.patient_id AS "patientId", r.practice_id AS "practiceId",
  r.service_id AS "serviceId", r.referrer_id AS "referrerId", r.clinical_question AS "clinicalQuestion", r.history,
  r.conversion_authorised AS "conversionAuthorised", coalesce(r.photography, 'referrer') AS photography,
  r.photography IS NOT NULL AS "photographyAnswered", r.eligibility, r.submitted_at AS "submittedAt",
  r.ready_for_review_at AS "readyForReviewAt", r.due_at AS "dueAt", r.clock_paused_at AS "clockPausedAt",
  r.closed_reason AS "closedReason", r.created_at AS "createdAt", r.updated_at AS "updatedAt", r.version`;

/**
 * A request is visible to its referring practice, and to its receiving
 * service once submitted (a draft is the practice's alone, and stays so when
 * it is withdrawn without ever having been sent). `$1`: the caller's
 * organisation ids.
 */
export const requestVisibleTo = `(r.practice_id = ANY($1) OR (r.service_id = ANY($1) AND r.submitted_at IS NOT NULL))`;

const referenceAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const newReference = () =>
  `TD-${Array.from({ length: 6 }, () => referenceAlphabet[randomInt(referenceAlphabet.length)]).join('')}`;

export async function insertRequest(
  tx: Queryable,
  request: {
    kind: RequestKind;
    urgency: Urgency;
    /** Who takes the photographs, when the referrer has said already. */
    photography?: Photography | undefined;
    patientId: string;
    practiceId: string;
    serviceId: string;
    referrerId: string;
    at: Date;
  },
): Promise<{ id: string; reference: string }> {
  const reference = newReference();
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO requests (reference, kind, urgency, state, patient_id, practice_id, service_id, referrer_id, created_at, updated_at, photography)
     VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $8, $9) RETURNING id`,
    [
      reference,
      request.kind,
      request.urgency,
      request.patientId,
      request.practiceId,
      request.serviceId,
      request.referrerId,
      request.at,
      request.photography ?? null,
    ],
  );
  return { id: rows[0]!.id, reference };
}

/** The request if the caller may see it; `lock` takes a row lock for a change. */
export async function findVisibleRequest(
  db: Queryable,
  organisationIds: string[],
  id: string,
  options: { lock?: boolean } = {},
): Promise<RequestRow | null> {
  const { rows } = await db.query<RequestRow>(
    `SELECT ${columns} FROM requests r WHERE ${requestVisibleTo} AND r.id = $2 ${options.lock ? 'FOR UPDATE' : ''}`,
    [organisationIds, id],
  );
  return rows[0] ?? null;
}

export type RequestChanges = Partial<
  Pick<
    RequestRow,
    'kind' | 'urgency' | 'serviceId' | 'clinicalQuestion' | 'history' | 'conversionAuthorised' | 'photography'
  >
>;

const changeColumns: Record<keyof RequestChanges, string> = {
  kind: 'kind',
  urgency: 'urgency',
  serviceId: 'service_id',
  clinicalQuestion: 'clinical_question',
  history: 'history',
  conversionAuthorised: 'conversion_authorised',
  photography: 'photography',
};

/** Applies changes and bumps the version; the column names come from the fixed table above, never from input. */
export async function updateRequest(tx: Queryable, id: string, changes: RequestChanges, at: Date): Promise<number> {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined) as [keyof RequestChanges, unknown][];
  const sets = entries.map(([key], i) => `${changeColumns[key]} = $${i + 3}`);
  const values = entries.map(([key, value]) => (key === 'history' ? JSON.stringify(value) : value));
  const { rows } = await tx.query<{ version: number }>(
    `UPDATE requests SET ${[...sets, 'updated_at = $2', 'version = version + 1'].join(', ')} WHERE id = $1 RETURNING version`,
    [id, at, ...values],
  );
  return rows[0]!.version;
}

export async function setLifecycleFields(
  tx: Queryable,
  id: string,
  fields: {
    state: RequestState;
    at: Date;
    eligibility?: EligibilityResult;
    submittedAt?: Date;
    readyForReviewAt?: Date;
    dueAt?: Date | null;
    clockPausedAt?: Date | null;
    closedReason?: string;
  },
) {
  await tx.query(
    `UPDATE requests SET state = $2, updated_at = $3, version = version + 1,
       eligibility = coalesce($4::jsonb, eligibility),
       submitted_at = coalesce($5, submitted_at),
       ready_for_review_at = coalesce($6, ready_for_review_at),
       due_at = CASE WHEN $7::boolean THEN $8 ELSE due_at END,
       clock_paused_at = CASE WHEN $9::boolean THEN $10 ELSE clock_paused_at END,
       closed_reason = coalesce($11, closed_reason)
     WHERE id = $1`,
    [
      id,
      fields.state,
      fields.at,
      fields.eligibility ? JSON.stringify(fields.eligibility) : null,
      fields.submittedAt ?? null,
      fields.readyForReviewAt ?? null,
      fields.dueAt !== undefined,
      fields.dueAt ?? null,
      fields.clockPausedAt !== undefined,
      fields.clockPausedAt ?? null,
      fields.closedReason ?? null,
    ],
  );
}

export async function insertTransition(
  tx: Queryable,
  t: {
    requestId: string;
    action: string;
    from: string;
    to: string;
    actorUserId: string | null;
    actorLabel: string;
    reason?: string | null;
    at: Date;
  },
) {
  await tx.query(
    `INSERT INTO request_transitions (request_id, action, from_state, to_state, actor_user_id, actor_label, reason, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [t.requestId, t.action, t.from, t.to, t.actorUserId, t.actorLabel, t.reason ?? null, t.at],
  );
}

export type Lesion = {
  id: string;
  position: number;
  bodySite: string;
  laterality: Laterality;
  description: string;
  sizeMm: number | null;
  obscuredByHair: boolean;
};

export async function listLesions(db: Queryable, requestId: string): Promise<Lesion[]> {
  const { rows } = await db.query<Lesion>(
    `SELECT id, position, body_site AS "bodySite", laterality, description, size_mm::float8 AS "sizeMm",
            obscured_by_hair AS "obscuredByHair"
     FROM lesions WHERE request_id = $1 ORDER BY position`,
    [requestId],
  );
  return rows;
}

export async function insertLesion(
  tx: Queryable,
  requestId: string,
  lesion: Omit<Lesion, 'id' | 'position'>,
  at: Date,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO lesions (request_id, position, body_site, laterality, description, size_mm, obscured_by_hair, created_at)
     VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM lesions WHERE request_id = $1), $2, $3, $4, $5, $6, $7)
     RETURNING id`,
    [requestId, lesion.bodySite, lesion.laterality, lesion.description, lesion.sizeMm, lesion.obscuredByHair, at],
  );
  return rows[0]!.id;
}

export async function updateLesion(
  tx: Queryable,
  requestId: string,
  lesionId: string,
  lesion: Omit<Lesion, 'id' | 'position'>,
) {
  const { rowCount } = await tx.query(
    `UPDATE lesions SET body_site = $3, laterality = $4, description = $5, size_mm = $6, obscured_by_hair = $7
     WHERE id = $2 AND request_id = $1`,
    [requestId, lesionId, lesion.bodySite, lesion.laterality, lesion.description, lesion.sizeMm, lesion.obscuredByHair],
  );
  return (rowCount ?? 0) > 0;
}

export async function deleteLesion(tx: Queryable, requestId: string, lesionId: string): Promise<boolean> {
  const { rowCount } = await tx.query('DELETE FROM lesions WHERE id = $2 AND request_id = $1', [requestId, lesionId]);
  return (rowCount ?? 0) > 0;
}

export type Consent = {
  id: string;
  referralAndImageSharing: boolean;
  teachingUse: boolean;
  method: ConsentMethod;
  recordedBy: string | null;
  recordedByName: string | null;
  recordedAt: Date;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
};

export async function currentConsent(db: Queryable, requestId: string): Promise<Consent | null> {
  const { rows } = await db.query<Consent>(
    `SELECT c.id, c.referral_and_image_sharing AS "referralAndImageSharing", c.teaching_use AS "teachingUse", c.method,
            c.recorded_by AS "recordedBy", u.display_name AS "recordedByName", c.recorded_at AS "recordedAt",
            c.withdrawn_at AS "withdrawnAt", c.withdrawal_reason AS "withdrawalReason"
     FROM consents c LEFT JOIN users u ON u.id = c.recorded_by
     WHERE c.request_id = $1 ORDER BY c.recorded_at DESC, c.id LIMIT 1`,
    [requestId],
  );
  return rows[0] ?? null;
}

export async function insertConsent(
  tx: Queryable,
  requestId: string,
  consent: {
    referralAndImageSharing: boolean;
    teachingUse: boolean;
    method: Consent['method'];
    recordedBy: string | null;
  },
  at: Date,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO consents (request_id, referral_and_image_sharing, teaching_use, method, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [requestId, consent.referralAndImageSharing, consent.teachingUse, consent.method, consent.recordedBy, at],
  );
  return rows[0]!.id;
}

export async function markConsentWithdrawn(tx: Queryable, consentId: string, by: string, reason: string, at: Date) {
  await tx.query('UPDATE consents SET withdrawn_at = $2, withdrawn_by = $3, withdrawal_reason = $4 WHERE id = $1', [
    consentId,
    at,
    by,
    reason,
  ]);
}

/** Something happened to the request outside its own fields (the patient finished their part): lists show it as the latest activity. */
export async function touchRequest(tx: Queryable, id: string, at: Date) {
  await tx.query('UPDATE requests SET updated_at = greatest(updated_at, $2) WHERE id = $1', [id, at]);
}
