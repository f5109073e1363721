import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { checkConversion, type RequestRow } from '../requests/index.ts';
import type { OutcomeCategory } from '../../../shared/outcome-categories.ts';
import { diagnosisByCode } from './diagnoses.ts';
import { serviceDiagnosis, templatePlanProblem } from './plan-templates.ts';
import type { OutcomeRow } from './review.repository.ts';
import type { SignOutcomeInput } from './review.schemas.ts';

/** An outcome to sign: anything but a question back to the referrer. */
export type OutcomeInput = SignOutcomeInput & { category: OutcomeCategory };

/**
 * What must hold before an outcome is signed (or its letters previewed): a diagnosis, what the outcome needs, a
 * conversion the referral pathway accepts, a plan that fits the outcome, and a GMC number. Returns the outcome as
 * it will be signed: by this consultant, now, with the coded diagnosis's terms and leaflets.
 */
export async function checkOutcome(
  tx: Tx,
  { request, input, actor, at }: { request: RequestRow; input: OutcomeInput; actor: Actor; at: Date },
): Promise<Omit<OutcomeRow, 'id'>> {
  const problems: FieldError[] = [];
  const coded = input.diagnosisCode ? diagnosisByCode.get(input.diagnosisCode) : undefined;
  if (input.diagnosisCode && !coded)
    problems.push({ field: 'diagnosisCode', message: 'Choose a diagnosis from the list' });
  if (!input.diagnosisCode && !input.diagnosisText) {
    problems.push({ field: 'diagnosisCode', message: 'Choose a diagnosis, or describe it in words when none fits' });
  }
  if (input.category === 'gp_to_prescribe' && input.medicines.length === 0) {
    problems.push({ field: 'medicines', message: 'Say what the GP should prescribe' });
  }
  if (input.category === 'onward_referral' && !input.onwardReferral) {
    problems.push({ field: 'onwardReferral', message: 'Say which specialty or hospital to refer to' });
  }
  if (input.category === 'convert_to_referral') {
    // Told before anything is signed: authorised, not yet converted, and the referral pathway takes the patient.
    const check = await checkConversion(tx, request, at);
    if (!check.possible) problems.push({ field: 'category', message: check.reasons.join(' ') });
  }
  if (input.category === 'recommend_referral' && request.kind !== 'advice_and_guidance') {
    problems.push({
      field: 'category',
      message: 'Recommending a referral is for Advice & Guidance; for a referral choose where the patient goes next',
    });
  }
  // The service's own template and leaflets for the diagnosis (issue 13 §1).
  const service = coded ? await serviceDiagnosis(tx, request.serviceId, coded) : undefined;
  const templateProblem = service && !input.planConfirmed && templatePlanProblem(service, input.category, input.plan);
  if (templateProblem) problems.push({ field: 'plan', message: templateProblem });
  if (!input.plan && input.category !== 'redirect_urgent_cancer')
    problems.push({ field: 'plan', message: 'Write the management plan' });
  if (!actor.gmcNumber)
    problems.push({ field: 'gmcNumber', message: 'Your account has no GMC number: ask your administrator' });
  if (problems.length) {
    throw new AppError('validation_failed', problems.map((p) => p.message).join('; '), { fieldErrors: problems });
  }

  return {
    kind: 'outcome',
    addendumTo: null,
    category: input.category,
    diagnosisCode: coded?.code ?? null,
    diagnosisTerm: coded?.term ?? input.diagnosisText ?? null,
    differentials: input.differentials.map((d) => ({
      code: d.code,
      term: d.code ? (diagnosisByCode.get(d.code)?.term ?? d.term) : d.term,
    })),
    plan: input.plan,
    medicines: input.medicines,
    leaflets: input.leaflets ?? service?.leaflets.items ?? [],
    onwardReferral: input.onwardReferral ?? null,
    signedBy: actor.userId,
    signedByName: actor.displayName,
    gmcNumber: actor.gmcNumber!,
    signedAt: at,
  };
}
