import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { bodySiteByCode } from '../../../shared/body-sites.ts';
import { londonDate } from '../../working-days.ts';
import type { EligibilityDetail, TransitionDetail, AuditActor } from '../audit/index.ts';
import {
  buildEligibilityFacts,
  evaluateEligibility,
  type EligibilityResult,
  type RuleSet,
  currentRuleSet,
} from '../eligibility/index.ts';
// Not the images index: its policy finds requests, which would close a ring requests → images → requests at load.
import { lesionsWithoutImages } from '../images/lesions-without-images.ts';
import { tellOfEligibility } from '../notifications/index.ts';
import { findVisiblePatient } from '../patients/index.ts';
import { applyTransition } from './apply-transition.ts';
import type { RequestState } from './lifecycle.ts';
import { listLesions, type RequestRow } from './requests.repository.ts';

export type EligibilityAssessment = { ruleSet: RuleSet & { version: number }; eligibility: EligibilityResult };

/**
 * What the service's current rule set says of the request as it stands now: the patient's age on this London date,
 * the lesions recorded so far and the history. Decides nothing by itself.
 */
export async function assessEligibility(tx: Tx, request: RequestRow, at: Date): Promise<EligibilityAssessment> {
  const patient = await findVisiblePatient(tx, [request.practiceId], request.patientId);
  if (!patient)
    throw new AppError('conflict', 'The patient of this request is no longer registered with your practice.');
  const lesions = await listLesions(tx, request.id);
  const ruleSet = await currentRuleSet(tx, request.serviceId, request.kind, at);
  const history = request.history;
  const facts = buildEligibilityFacts({
    dateOfBirth: patient.dateOfBirth,
    submittedOn: londonDate(at),
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
  return { ruleSet, eligibility: evaluateEligibility(ruleSet, facts) };
}

/** Where a submission ended, and what the call's one audit row says of it. */
export type Decided = {
  state: RequestState;
  dueAt: Date | null;
  /** The whole move, from draft to where the rules sent the request (with their reasons), and their decision. */
  audit: { transition: TransitionDetail; eligibility: EligibilityDetail };
};

/**
 * Records the eligibility decision on a request the caller has just submitted (with `audited: false`) and moves it
 * on: accepted (to images or review), not accepted, or redirected to the urgent suspected-cancer pathway, which is
 * terminal and never queued. The timeline shows the submission and the rules' decision as two entries; the audit
 * trail has one row for the call, which the caller writes with the returned `audit` in its detail.
 */
export async function recordEligibilityDecision(
  tx: Tx,
  options: { request: RequestRow; auditActor: AuditActor; at: Date; assessment: EligibilityAssessment },
): Promise<Decided> {
  const { request, at } = options;
  const { ruleSet, eligibility } = options.assessment;
  const action =
    eligibility.decision === 'accepted'
      ? ({
          type: 'decide_eligibility',
          decision: 'accepted',
          // A referral whose photographs a clinic takes waits for the clinic (the booking queue) even when it
          // carries earlier photographs, as a converted Advice & Guidance may (hazard H9).
          hasAllImages: request.photography !== 'clinic' && (await lesionsWithoutImages(tx, request.id)).length === 0,
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
    at,
    reason: eligibility.reasons.join(' ') || 'Meets the service’s eligibility criteria',
    eligibility,
    audited: false,
  });
  // Not accepted or redirected: the referrer keeps a notification of it until they have read what to do.
  await tellOfEligibility(tx, { request, state: moved.state, at });
  return {
    state: moved.state,
    dueAt: moved.dueAt,
    audit: {
      transition: { ...moved.transition, action: 'submit', from: 'draft' },
      eligibility: {
        decision: eligibility.decision,
        firedRules: eligibility.firedRules,
        ruleSetVersion: eligibility.ruleSetVersion,
      },
    },
  };
}

/**
 * A suspected skin cancer is redirected to the urgent pathway on the write that records it, whatever else the draft
 * still lacks: the referrer must not be asked for lesions, consent or anything more first (hazard H8). The draft is
 * submitted and redirected there and then, so nothing of it can reach a queue. Returns null when the draft records
 * no suspicion, or when the service's rules do not redirect it.
 */
export async function redirectSuspectedCancer(
  tx: Tx,
  options: { request: RequestRow; auditActor: AuditActor; at: Date },
): Promise<{ state: RequestState; eligibility: EligibilityResult; audit: Decided['audit'] } | null> {
  const { request, at } = options;
  if (request.state !== 'draft' || (request.history.suspectedCancer ?? []).length === 0) return null;
  const assessment = await assessEligibility(tx, request, at);
  if (assessment.eligibility.decision !== 'redirect_urgent_cancer') return null;
  await applyTransition(tx, {
    request,
    action: { type: 'submit' },
    actor: options.auditActor,
    at,
    reason: 'A suspected skin cancer was recorded: redirected at once, before the rest of the request',
    audited: false,
  });
  const decided = await recordEligibilityDecision(tx, { request, auditActor: options.auditActor, at, assessment });
  return { state: decided.state, eligibility: assessment.eligibility, audit: decided.audit };
}
