import type { Tx } from '../../db/database.ts';
import { organisationsWithRole, type Actor } from '../../http/actor.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { presentCase } from './list-worklist.ts';
import { openCases } from './review.repository.ts';

/** Everything open in the services of a service admin or booking clerk: who holds what, and what is overdue. */
export async function listServiceCases(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; claimMinutes: number; limit: number },
) {
  const { actor, at } = options;
  const serviceIds = organisationsWithRole(actor, 'service_admin', 'booking_clerk');
  const rows = await openCases(tx, serviceIds, options.limit);
  await appendAuditEvent(tx, options.auditActor, at, { action: 'worklist.viewed', detail: { count: rows.length } });
  return { cases: rows.map((row) => presentCase(row, actor.userId, at, options.claimMinutes)) };
}
