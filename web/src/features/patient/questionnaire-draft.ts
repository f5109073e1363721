import type { Questionnaire } from '../../../../shared/patient-questions.ts';

type Symptom = NonNullable<Questionnaire['symptoms']>[number];
type TextField =
  'otherSymptoms' | 'changes' | 'treatmentsTried' | 'medicines' | 'allergies' | 'previousSkinCancerDetails';

/** The questionnaire as typed: strings kept as they are, so a half-typed number survives a re-render. */
export type QuestionnaireDraft = Record<TextField, string> & {
  durationValue: string;
  durationUnit: NonNullable<Questionnaire['durationUnit']> | '';
  symptoms: Symptom[];
  previousSkinCancer: Questionnaire['previousSkinCancer'];
};

const textFields: readonly TextField[] = [
  'otherSymptoms',
  'changes',
  'treatmentsTried',
  'medicines',
  'allergies',
  'previousSkinCancerDetails',
];

export function draftFrom(answers: Questionnaire): QuestionnaireDraft {
  const text = Object.fromEntries(textFields.map((field) => [field, answers[field] ?? ''])) as Record<
    TextField,
    string
  >;
  return {
    ...text,
    durationValue: answers.durationValue === undefined ? '' : String(answers.durationValue),
    durationUnit: answers.durationUnit ?? '',
    symptoms: answers.symptoms ?? [],
    previousSkinCancer: answers.previousSkinCancer,
  };
}

/** A whole number of days, weeks, months or years the service takes (0 to 120), or undefined. */
export function durationNumber(typed: string): number | undefined {
  const trimmed = typed.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value <= 120 ? value : undefined;
}

/**
 * The answers to save: an empty box is no answer (so "medicines" left blank stays unanswered, and Finish asks for
 * it), and details of skin cancer only go with a "yes".
 */
export function answersFrom(draft: QuestionnaireDraft): Questionnaire {
  const answers: Questionnaire = {};
  for (const field of textFields) {
    const value = draft[field].trim();
    if (value) answers[field] = value;
  }
  const duration = durationNumber(draft.durationValue);
  if (duration !== undefined) answers.durationValue = duration;
  if (draft.durationUnit) answers.durationUnit = draft.durationUnit;
  if (draft.symptoms.length) answers.symptoms = draft.symptoms;
  if (draft.previousSkinCancer) answers.previousSkinCancer = draft.previousSkinCancer;
  if (draft.previousSkinCancer !== 'yes') delete answers.previousSkinCancerDetails;
  return answers;
}
