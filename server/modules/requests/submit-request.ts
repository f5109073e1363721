import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { missingHistory } from '../../../shared/request-content.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import type { EligibilityResult } from '../eligibility/index.ts';
import { applyTransition } from './apply-transition.ts';
import { assessEligibility, recordEligibilityDecision } from './decide-eligibility.ts';
import type { RequestState } from './lifecycle.ts';
import { requestForChange } from './requests.policy.ts';
import { currentConsent, listLesions } from './requests.repository.ts';

/**
 * Submits a draft: checks it is complete (and says everything that is
 * missing), then decides eligibility against the service's current rule set.
 * A suspected cancer is redirected to the urgent pathway and never queued (and
 * is already redirected when it is recorded: see redirectSuspectedCancer).
 */
export async function submitRequest(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; requestId: string },
): Promise<{ state: RequestState; eligibility: EligibilityResult; dueAt: Date | null }> {
  const request = await requestForChange(tx, options.actor, options.requestId, 'referrer');
  if (request.state !== 'draft') throw new AppError('invalid_transition', 'This request has already been submitted.');
  const lesions = await listLesions(tx, request.id);
  const consent = await currentConsent(tx, request.id);

  const missing: FieldError[] = [];
  // Asked, never assumed: a pre-selected answer is one nobody gave (NHS service manual, radios).
  if (!request.photographyAnswered)
    missing.push({ field: 'photography', message: 'Choose who will take the photographs' });
  if (!request.clinicalQuestion.trim())
    missing.push({ field: 'clinicalQuestion', message: 'Enter your clinical question' });
  missing.push(...missingHistory(request.history));
  if (lesions.length === 0) missing.push({ field: 'lesions', message: 'Add at least one lesion on the body map' });
  if (!consent || consent.withdrawnAt || !consent.referralAndImageSharing) {
    missing.push({
      field: 'consent',
      message: "Record the patient's consent to the referral and to sharing photographs",
    });
  }
  if (missing.length) {
    throw new AppError(
      'validation_failed',
      `The request is not complete: ${missing.map((m) => m.message).join('; ')}.`,
      {
        fieldErrors: missing,
      },
    );
  }

  const assessment = await assessEligibility(tx, request, options.at);
  await applyTransition(tx, {
    request,
    action: { type: 'submit' },
    actor: options.auditActor,
    at: options.at,
    audited: false,
  });
  const moved = await recordEligibilityDecision(tx, {
    request,
    auditActor: options.auditActor,
    at: options.at,
    assessment,
  });
  // One row for the submission: from draft to where the rules sent it, and what they decided.
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'request.transitioned',
    recordType: 'request',
    recordId: request.id,
    patientId: request.patientId,
    detail: { ...moved.audit.transition, eligibility: moved.audit.eligibility },
  });
  return { state: moved.state, eligibility: assessment.eligibility, dueAt: moved.dueAt };
}
