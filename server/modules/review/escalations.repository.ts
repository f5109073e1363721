import type { Queryable } from '../../db/database.ts';

export type EscalationStage = 'due' | 'breached';
export type EscalationCause = 'waiting_for_consultant' | 'claimed' | 'information_requested';

/** A case newly escalated at one stage, with whom to tell. */
export type NewEscalation = {
  requestId: string;
  reference: string;
  patientId: string;
  serviceId: string;
  stage: EscalationStage;
  cause: EscalationCause;
  dueAt: Date;
  /** The service's admins and the consultant holding the case, by email. */
  recipients: string[];
};

/** States in which a case is with the service and its response target counts (or is paused on the referrer). */
const open = ['ready_for_review', 'in_review', 'information_requested'];

/**
 * Records the escalations now due: "due" for every open case whose due time falls before `endOfToday` (its due day
 * has come), "breached" for every open case whose due time has passed. Each case is escalated once per stage: the
 * primary key refuses a second row, so two workers running at the same moment escalate it once between them.
 */
export async function recordEscalations(
  tx: Queryable,
  options: { now: Date; endOfToday: Date },
): Promise<NewEscalation[]> {
  const { rows } = await tx.query<NewEscalation>(
    `WITH inserted AS (
       INSERT INTO escalations (request_id, stage, cause, holder_id, at)
       SELECT r.id, stage.name,
              CASE WHEN r.state = 'information_requested' THEN 'information_requested'
                   WHEN r.claimed_by IS NOT NULL THEN 'claimed'
                   ELSE 'waiting_for_consultant' END,
              r.claimed_by, $1
       FROM requests r
       CROSS JOIN (VALUES ('due', $2::timestamptz), ('breached', $1::timestamptz)) AS stage (name, before)
       WHERE r.state = ANY($3) AND r.due_at IS NOT NULL AND r.due_at <= stage.before
       ON CONFLICT (request_id, stage) DO NOTHING
       RETURNING request_id, stage, cause, holder_id)
     SELECT i.request_id AS "requestId", r.reference, r.patient_id AS "patientId", r.service_id AS "serviceId",
            i.stage, i.cause, r.due_at AS "dueAt",
            ARRAY(SELECT DISTINCT u.email FROM users u
                  WHERE u.disabled_at IS NULL AND (u.id = i.holder_id OR u.id IN (
                    SELECT m.user_id FROM memberships m
                    WHERE m.organisation_id = r.service_id AND 'service_admin' = ANY(m.roles)))
                  ORDER BY u.email) AS recipients
     FROM inserted i JOIN requests r ON r.id = i.request_id
     ORDER BY r.due_at, i.stage`,
    [options.now, options.endOfToday, open],
  );
  return rows;
}

export type EscalatedCase = {
  requestId: string;
  reference: string;
  kind: string;
  state: string;
  stage: EscalationStage;
  cause: EscalationCause;
  dueAt: Date;
  escalatedAt: Date;
  holderName: string | null;
};

/**
 * The services' cases escalated and still open, latest stage first: for the service admin's list of breached cases
 * and for the home pages. With `holderId`, only the cases that consultant holds.
 */
export async function listEscalatedCases(
  db: Queryable,
  options: { serviceIds: string[]; holderId?: string; stage?: EscalationStage },
): Promise<EscalatedCase[]> {
  const { rows } = await db.query<EscalatedCase>(
    `SELECT DISTINCT ON (r.id) r.id AS "requestId", r.reference, r.kind, r.state, e.stage,
            CASE WHEN r.state = 'information_requested' THEN 'information_requested'
                 WHEN r.claimed_by IS NOT NULL THEN 'claimed'
                 ELSE 'waiting_for_consultant' END AS cause,
            r.due_at AS "dueAt", e.at AS "escalatedAt", u.display_name AS "holderName"
     FROM escalations e
     JOIN requests r ON r.id = e.request_id
     LEFT JOIN users u ON u.id = r.claimed_by
     WHERE r.service_id = ANY($1) AND r.state = ANY($2)
       AND ($3::uuid IS NULL OR r.claimed_by = $3) AND ($4::text IS NULL OR e.stage = $4)
     ORDER BY r.id, CASE e.stage WHEN 'breached' THEN 0 ELSE 1 END`,
    [options.serviceIds, open, options.holderId ?? null, options.stage ?? null],
  );
  return rows.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
