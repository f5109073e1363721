import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import type { AuditActor } from '../audit/audit.repository.ts';
import { applyTransition } from './apply-transition.ts';
import { requestForChange } from './requests.policy.ts';

/** A consultant of the receiving service takes a case that is ready for review. */
export async function startReview(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; requestId: string },
) {
  const request = await requestForChange(tx, options.actor, options.requestId, 'consultant');
  return applyTransition(tx, { request, action: { type: 'start_review' }, actor: options.auditActor, at: options.at });
}
