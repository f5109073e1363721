import type { Medicine } from '../requests/requests-api.ts';
import type { OutcomeChoice } from '../../../../shared/outcome-categories.ts';
import { offeredTemplate, type Diagnosis, type OutcomeInput } from './review-api.ts';

/** The outcome as the consultant is writing it. */
export type OutcomeDraft = {
  diagnosisText: string;
  /** The curated diagnosis the text names exactly, if any; otherwise the text is sent as it is. */
  diagnosis: Diagnosis | null;
  differentials: string[];
  category: OutcomeChoice | null;
  plan: string;
  /** The template last put in the plan, so that a plan nobody has edited follows a change of diagnosis. */
  planTemplate: string | null;
  medicines: Medicine[];
  /** The medicine last suggested, likewise. */
  suggested: Medicine | null;
  onwardReferral: string;
  /** For "convert to a referral": whether the photographs sent serve the referral, or a clinic takes new ones. */
  referralPhotography: 'referrer' | 'clinic' | null;
  question: string;
  askForPhotographs: boolean;
  /** The consultant confirmed that an unedited template plan fits an outcome it was not written for. */
  planConfirmed: boolean;
};

export const emptyMedicine: Medicine = { name: '', strength: '', form: '', directions: '', duration: '' };

export const emptyDraft: OutcomeDraft = {
  diagnosisText: '',
  diagnosis: null,
  differentials: [],
  category: null,
  plan: '',
  planTemplate: null,
  medicines: [emptyMedicine],
  suggested: null,
  onwardReferral: '',
  referralPhotography: null,
  question: '',
  askForPhotographs: false,
  planConfirmed: false,
};

const sameMedicines = (a: Medicine[], b: Medicine | null) =>
  a.length === 1 && JSON.stringify(a[0]) === JSON.stringify(b ?? emptyMedicine);

/**
 * The diagnosis text changed: when it names a curated diagnosis, an empty plan (or one still as the last template
 * left it) takes its template, and an untouched medicine its suggested medicine.
 */
export function withDiagnosisText(draft: OutcomeDraft, text: string, list: Diagnosis[]): OutcomeDraft {
  const diagnosis = list.find((d) => d.term.toLowerCase() === text.trim().toLowerCase()) ?? null;
  const next = { ...draft, diagnosisText: text, diagnosis };
  if (!diagnosis || diagnosis === draft.diagnosis) return next;
  const planUntouched = !draft.plan.trim() || draft.plan === draft.planTemplate;
  const medicinesUntouched = sameMedicines(draft.medicines, draft.suggested) || sameMedicines(draft.medicines, null);
  return {
    ...next,
    ...(planUntouched ? templatePlan(next) : {}),
    ...(medicinesUntouched
      ? { medicines: [diagnosis.suggestedMedicine ?? emptyMedicine], suggested: diagnosis.suggestedMedicine }
      : {}),
  };
}

/**
 * The template the plan takes: before an outcome is chosen, the diagnosis's live template; after, only one written for
 * that outcome (issue 13 §1, hazard H13).
 */
function templatePlan(draft: OutcomeDraft): Pick<OutcomeDraft, 'plan' | 'planTemplate'> {
  const template = draft.category ? offeredTemplate(draft.diagnosis, draft.category) : draft.diagnosis?.planTemplate;
  return { plan: template ?? '', planTemplate: template ?? null };
}

/** The outcome changed: a plan nobody has edited follows it, to the template offered for it or to empty. */
export function withCategory(draft: OutcomeDraft, category: OutcomeChoice): OutcomeDraft {
  const next = { ...draft, category };
  const planUntouched = !draft.plan.trim() || draft.plan === draft.planTemplate;
  return planUntouched ? { ...next, ...templatePlan(next) } : next;
}

/** What the service is sent: only the parts the chosen outcome uses. */
export function outcomeInput(draft: OutcomeDraft, version: number, list: Diagnosis[]): OutcomeInput {
  const category = draft.category!;
  if (category === 'more_information_needed') {
    return {
      version,
      category,
      differentials: [],
      plan: '',
      medicines: [],
      question: draft.question,
      askForPhotographs: draft.askForPhotographs,
    };
  }
  const text = draft.diagnosisText.trim();
  return {
    version,
    category,
    ...(draft.diagnosis ? { diagnosisCode: draft.diagnosis.code } : text ? { diagnosisText: text } : {}),
    differentials: draft.differentials
      .map((term) => term.trim())
      .filter(Boolean)
      .map((term) => ({ code: list.find((d) => d.term.toLowerCase() === term.toLowerCase())?.code ?? null, term })),
    plan: draft.plan,
    planConfirmed: draft.planConfirmed,
    medicines:
      category === 'gp_to_prescribe' ? draft.medicines.filter((m) => Object.values(m).some((v) => v.trim())) : [],
    ...(category === 'onward_referral' ? { onwardReferral: draft.onwardReferral } : {}),
    ...(category === 'convert_to_referral' && draft.referralPhotography
      ? { referralPhotography: draft.referralPhotography }
      : {}),
  };
}

/** What the form can tell before asking the service, which checks the rest. */
export function draftProblems(draft: OutcomeDraft): { field: string; message: string }[] {
  if (!draft.category) return [{ field: 'category', message: 'Choose the outcome' }];
  if (draft.category === 'more_information_needed') {
    return draft.question.trim() ? [] : [{ field: 'question', message: 'Write the question for the referrer' }];
  }
  const problems: { field: string; message: string }[] = [];
  if (!draft.diagnosisText.trim())
    problems.push({ field: 'diagnosisCode', message: 'Choose a diagnosis, or describe it in words when none fits' });
  if (!draft.plan.trim() && draft.category !== 'redirect_urgent_cancer')
    problems.push({ field: 'plan', message: 'Write the management plan' });
  if (draft.category === 'gp_to_prescribe' && !draft.medicines.some((m) => m.name.trim()))
    problems.push({ field: 'medicines', message: 'Say what the GP should prescribe' });
  return problems;
}
