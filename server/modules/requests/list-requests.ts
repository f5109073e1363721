import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import type { RequestState } from '../../../shared/request-content.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { readableOrganisations } from './requests.policy.ts';
import { requestVisibleTo } from './requests.repository.ts';
import { clockRunning } from './lifecycle.ts';
import { workingDaysBetween } from '../../working-days.ts';
import type { z } from 'zod';
import type { requestSummarySchema } from './requests.schemas.ts';

/** Sort orders by name; the SQL comes from this table only, never from the caller. */
const sortOrders = {
  updated: 'r.updated_at DESC',
  created: 'r.created_at DESC',
  due: 'r.due_at ASC NULLS LAST, r.updated_at DESC',
  urgency: "(r.urgency = 'urgent') DESC, r.due_at ASC NULLS LAST",
} as const;

/** A summary as the query below reads it; the working days overdue are counted after. */
type RequestListRow = Omit<z.infer<typeof requestSummarySchema>, 'overdueWorkingDays'>;

/** The requests the caller's organisations are party to, newest activity first by default. */
export async function listRequests(
  tx: Tx,
  options: {
    actor: Actor;
    auditActor: AuditActor;
    at: Date;
    state?: RequestState | undefined;
    sort: keyof typeof sortOrders;
    limit: number;
  },
) {
  const { rows } = await tx.query<RequestListRow>(
    `SELECT r.id, r.reference, r.kind, r.urgency, r.state, r.due_at AS "dueAt", r.updated_at AS "updatedAt",
            json_build_object('id', p.id, 'name', p.given_name || ' ' || p.family_name, 'nhsNumber', p.nhs_number,
                              'dateOfBirth', p.date_of_birth::text) AS patient,
            pr.name AS "practiceName", s.name AS "serviceName",
            coalesce((SELECT CASE WHEN f.at > greatest(coalesce(t.at, '-infinity'), coalesce(m.at, '-infinity')) THEN 'patient_finished'
                                  WHEN m.at > coalesce(t.at, '-infinity') THEN 'Message: ' || m.kind ELSE t.action END
                      FROM (SELECT max(at) AS at FROM messages WHERE request_id = r.id) mx
                      LEFT JOIN LATERAL (SELECT at, kind FROM messages WHERE request_id = r.id ORDER BY seq DESC LIMIT 1) m ON true
                      LEFT JOIN LATERAL (SELECT at, action FROM request_transitions WHERE request_id = r.id ORDER BY id DESC LIMIT 1) t ON true
                      LEFT JOIN LATERAL (SELECT max(finished_at) AS at FROM patient_links WHERE request_id = r.id) f ON true),
                     'created') AS "lastActivity"
     FROM requests r
     JOIN patients p ON p.id = r.patient_id
     JOIN organisations pr ON pr.id = r.practice_id
     JOIN organisations s ON s.id = r.service_id
     WHERE ${requestVisibleTo} AND ($2::text IS NULL OR r.state = $2)
     ORDER BY ${sortOrders[options.sort]}
     LIMIT $3`,
    [readableOrganisations(options.actor), options.state ?? null, options.limit],
  );
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'request.listed',
    detail: { count: rows.length, ...(options.state ? { state: options.state } : {}) },
  });
  return rows.map((row) => ({ ...row, overdueWorkingDays: overdueWorkingDays(row, options.at) }));
}

/**
 * How many working days late a case with the service is (hazard H10): null when it is not late, or not with the
 * service (answered, or waiting on the referrer with the clock paused); 0 when its due time passed today.
 */
function overdueWorkingDays(request: { state: RequestState; dueAt: Date | null }, at: Date): number | null {
  if (!request.dueAt || request.dueAt >= at || !clockRunning(request.state)) return null;
  return workingDaysBetween(request.dueAt, at);
}
