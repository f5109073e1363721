import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { bodySiteByCode } from '../../../shared/body-sites.ts';
import { missingHistory } from '../../../shared/request-content.ts';
import { londonDate } from '../../working-days.ts';
import { appendAuditEvent, type AuditActor } from '../audit/audit.repository.ts';
import { buildEligibilityFacts, evaluateEligibility } from '../eligibility/evaluate-eligibility.ts';
import type { EligibilityResult } from '../eligibility/eligibility.types.ts';
import { currentRuleSet } from '../eligibility/rule-sets.repository.ts';
import { findVisiblePatient } from '../patients/patients.repository.ts';
import { lesionsWithoutImages } from '../images/lesions-without-images.ts';
import { applyTransition } from './apply-transition.ts';
import type { RequestState } from './lifecycle.ts';
import { requestForChange } from './requests.policy.ts';
import { currentConsent, listLesions } from './requests.repository.ts';

/**
 * Submits a draft: checks it is complete (and says everything that is
 * missing), then decides eligibility against the service's current rule set.
 * A suspected cancer is redirected to the urgent pathway and never queued.
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

  const patient = await findVisiblePatient(tx, [request.practiceId], request.patientId);
  if (!patient)
    throw new AppError('conflict', 'The patient of this request is no longer registered with your practice.');

  await applyTransition(tx, { request, action: { type: 'submit' }, actor: options.auditActor, at: options.at });

  const ruleSet = await currentRuleSet(tx, request.serviceId, request.kind, options.at);
  const history = request.history;
  const facts = buildEligibilityFacts({
    dateOfBirth: patient.dateOfBirth,
    submittedOn: londonDate(options.at),
    lesionCount: lesions.length,
    suspectedCancer: history.suspectedCancer ?? [],
    previousSkinCancer: history.previousSkinCancer ?? [],
    immunosuppressed: history.immunosuppressed ?? false,
    transplant: history.transplant ?? false,
    underHospitalConsultantForSevereInflammatoryDisease: history.underHospitalConsultant ?? false,
    hairBearingSiteCannotBePhotographed: lesions.some(
      (l) => l.obscuredByHair && bodySiteByCode.get(l.bodySite)?.hairBearing,
    ),
    needsTertiaryCare: history.needsTertiaryCare ?? false,
    urgency: request.urgency,
    kind: request.kind,
  });
  const eligibility = evaluateEligibility(ruleSet, facts);
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'request.eligibility_decided',
    recordType: 'request',
    recordId: request.id,
    patientId: request.patientId,
    detail: {
      decision: eligibility.decision,
      firedRules: eligibility.firedRules,
      ruleSetVersion: eligibility.ruleSetVersion,
    },
  });
  const action =
    eligibility.decision === 'accepted'
      ? ({
          type: 'decide_eligibility',
          decision: 'accepted',
          hasAllImages: (await lesionsWithoutImages(tx, request.id)).length === 0,
        } as const)
      : ({ type: 'decide_eligibility', decision: eligibility.decision } as const);
  const moved = await applyTransition(tx, {
    request,
    action,
    actor: {
      userId: null,
      organisationId: request.serviceId,
      label: `system: eligibility rules v${ruleSet.version}`,
      clientAddress: '',
    },
    at: options.at,
    reason: eligibility.reasons.join(' ') || 'Meets the service’s eligibility criteria',
    eligibility,
  });
  return { state: moved.state, eligibility, dueAt: moved.dueAt };
}
