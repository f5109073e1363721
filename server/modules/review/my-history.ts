import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { readableOrganisations } from '../requests/index.ts';
import { consultantHistory, type HistoryItem } from './review.repository.ts';

/**
 * A consultant's own history: the cases they asked the referrer about and the cases they signed, newest first, so a
 * case does not vanish from their view once they ask or sign. Only cases of services they are still a member of.
 */
export async function myHistory(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; limit: number },
): Promise<{ items: HistoryItem[] }> {
  const items = await consultantHistory(tx, options.actor.userId, readableOrganisations(options.actor), options.limit);
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'worklist.history_viewed',
    detail: { count: items.length },
  });
  return { items };
}
