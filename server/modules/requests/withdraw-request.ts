import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import type { AuditActor } from '../audit/index.ts';
import { applyTransition } from './apply-transition.ts';
import { requestForChange } from './requests.policy.ts';

/** The referrer withdraws a request, with a reason, before a consultant has it. */
export async function withdrawRequest(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; requestId: string; reason: string },
) {
  const request = await requestForChange(tx, options.actor, options.requestId, 'referrer');
  return applyTransition(tx, {
    request,
    action: { type: 'withdraw' },
    actor: options.auditActor,
    at: options.at,
    reason: options.reason,
    closedReason: 'withdrawn_by_referrer',
  });
}
