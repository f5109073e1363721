import type { Queryable } from '../../db/database.ts';
import type { AuditActor } from '../../http/actor.ts';
import { outcomeOf, type AuditEvent } from './audit.catalogue.ts';

// The actor lives in server/http, which derives it from each request; kept exported here for the audit's callers.
export { anonymousActor, type AuditActor } from '../../http/actor.ts';

/**
 * Appends one event. Call it with the transaction that makes the change, so
 * that the change and its record commit or roll back together.
 */
export async function appendAuditEvent(tx: Queryable, actor: AuditActor, at: Date, event: AuditEvent): Promise<void> {
  const recordType = 'recordType' in event ? (event.recordType ?? null) : null;
  const recordId = 'recordId' in event ? (event.recordId ?? null) : null;
  const patientId = 'patientId' in event ? (event.patientId ?? null) : null;
  const detail = 'detail' in event ? event.detail : {};
  await tx.query(
    `INSERT INTO audit_events
       (at, actor_user_id, actor_organisation_id, actor_label, action, record_type, record_id, patient_id,
        client_address, outcome, detail, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, '', '')`,
    [
      at,
      actor.userId,
      actor.organisationId,
      actor.label,
      event.action,
      recordType,
      recordId,
      patientId,
      actor.clientAddress,
      outcomeOf(event.action),
      JSON.stringify(detail),
    ],
  );
}

/** Whether this user has done this to this record with this detail (e.g. previewed the letters of this outcome). */
export async function auditEventExists(
  db: Queryable,
  event: {
    action: AuditEvent['action'];
    recordType: string;
    recordId: string;
    userId: string;
    detail: Record<string, string>;
  },
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM audit_events
     WHERE record_type = $1 AND record_id = $2 AND action = $3 AND actor_user_id = $4 AND outcome = 'allowed'
       AND detail @> $5::jsonb
     LIMIT 1`,
    [event.recordType, event.recordId, event.action, event.userId, JSON.stringify(event.detail)],
  );
  return rows.length > 0;
}

export type AuditRow = {
  seq: number;
  id: string;
  at: Date;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  actorLabel: string;
  action: string;
  recordType: string | null;
  recordId: string | null;
  patientId: string | null;
  clientAddress: string;
  outcome: 'allowed' | 'denied';
  detail: Record<string, unknown>;
};

const auditColumns = `seq, id, at, actor_user_id AS "actorUserId", actor_organisation_id AS "actorOrganisationId",
  actor_label AS "actorLabel", action, record_type AS "recordType", record_id AS "recordId",
  patient_id AS "patientId", client_address AS "clientAddress", outcome, detail`;

/**
 * What an audit search narrows to. Every part is optional but the scope: the organisations whose staff's
 * actions the caller may read ('all' for a system administrator). Patients and users are named by their ids,
 * already resolved from what the searcher typed.
 */
export type AuditFilter = {
  organisationIds: string[] | 'all';
  recordType?: string | undefined;
  recordId?: string | undefined;
  patientIds?: string[] | undefined;
  userIds?: string[] | undefined;
  /** An action, or the start of one: `request.` finds every action on requests. */
  action?: string | undefined;
  outcome?: 'allowed' | 'denied' | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Only events older than this sequence number: the next page. */
  beforeSeq?: number | undefined;
  limit: number;
};

/** Events matching a filter, newest first. */
export async function listAuditEvents(db: Queryable, filter: AuditFilter): Promise<AuditRow[]> {
  const { rows } = await db.query<AuditRow>(
    `SELECT ${auditColumns} FROM audit_events
     WHERE ($1::uuid[] IS NULL OR actor_organisation_id = ANY($1))
       -- A row about a patient is shown to a service's administrator only when the patient is theirs too: a row is
       -- stamped with one of its actor's organisations, which for someone working for two services may be the other.
       AND ($1::uuid[] IS NULL OR patient_id IS NULL
            OR EXISTS (SELECT 1 FROM requests r WHERE r.patient_id = audit_events.patient_id AND r.service_id = ANY($1)
                         AND r.submitted_at IS NOT NULL)
            OR EXISTS (SELECT 1 FROM patients p WHERE p.id = audit_events.patient_id AND p.practice_id = ANY($1)))
       AND ($2::text IS NULL OR record_type = $2)
       AND ($3::text IS NULL OR record_id = $3)
       AND ($4::uuid[] IS NULL OR patient_id = ANY($4))
       AND ($5::uuid[] IS NULL OR actor_user_id = ANY($5))
       AND ($6::text IS NULL OR starts_with(action, $6))
       AND ($7::text IS NULL OR outcome = $7)
       AND ($8::timestamptz IS NULL OR at >= $8)
       AND ($9::timestamptz IS NULL OR at <= $9)
       AND ($10::bigint IS NULL OR seq < $10)
     ORDER BY seq DESC LIMIT $11`,
    [
      filter.organisationIds === 'all' ? null : filter.organisationIds,
      filter.recordType ?? null,
      filter.recordId ?? null,
      filter.patientIds ?? null,
      filter.userIds ?? null,
      filter.action ?? null,
      filter.outcome ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.beforeSeq ?? null,
      filter.limit,
    ],
  );
  return rows;
}
