import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { applyTransition } from './apply-transition.ts';
import { requestForChange } from './requests.policy.ts';
import { currentConsent, markConsentWithdrawn } from './requests.repository.ts';

/**
 * Records that the patient withdrew consent, and stops processing: the
 * request is withdrawn. After an outcome there is nothing left to stop, but
 * the withdrawal is still recorded.
 */
export async function withdrawConsent(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; requestId: string; reason: string },
): Promise<void> {
  const request = await requestForChange(tx, options.actor, options.requestId, 'referrer');
  const consent = await currentConsent(tx, request.id);
  if (!consent || consent.withdrawnAt) throw new AppError('conflict', 'There is no consent in force to withdraw.');
  await markConsentWithdrawn(tx, consent.id, options.actor.userId, options.reason, options.at);
  const stillOpen = !['outcome_recorded', 'closed', 'withdrawn', 'redirected', 'not_accepted'].includes(request.state);
  const moved = stillOpen
    ? await applyTransition(tx, {
        request,
        action: { type: 'withdraw_consent' },
        actor: options.auditActor,
        at: options.at,
        reason: `Consent withdrawn: ${options.reason}`,
        closedReason: 'consent_withdrawn',
        audited: false,
      })
    : null;
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'consent.withdrawn',
    recordType: 'consent',
    recordId: consent.id,
    patientId: request.patientId,
    detail: moved ? { transition: moved.transition } : {},
  });
}
