import type { Questionnaire } from '../../../../shared/patient-questions.ts';

type Symptom = NonNullable<Questionnaire['symptoms']>[number];
type DurationUnit = NonNullable<Questionnaire['durationUnit']>;
type PreviousSkinCancer = NonNullable<Questionnaire['previousSkinCancer']>;

/** The questionnaire's questions as the patient reads them; the practice sees its answers under the same words. */
export const questionLabels = {
  duration: 'How long have you had it?',
  symptoms: 'Does it itch, bleed or hurt?',
  otherSymptoms: 'Anything else you have noticed about it? (optional)',
  changes: 'Has it changed since you first noticed it? (optional)',
  treatmentsTried: 'What have you tried for it? (optional)',
  medicines: 'What medicines do you take?',
  allergies: 'Do you have any allergies?',
  previousSkinCancer: 'Have you had skin cancer before?',
  previousSkinCancerDetails: 'Tell us what type, and when (optional)',
} as const;

export const durationUnits: readonly DurationUnit[] = ['days', 'weeks', 'months', 'years'];

export const symptomLabels: Record<Symptom, string> = {
  itch: 'It itches',
  bleeding: 'It bleeds',
  pain: 'It hurts',
  none: 'None of these',
};

export const previousSkinCancerLabels: Record<PreviousSkinCancer, string> = {
  yes: 'Yes',
  no: 'No',
  not_sure: 'I’m not sure',
};

/** "3 months", "1 week". */
export function durationText(q: Questionnaire): string | null {
  if (q.durationValue === undefined || !q.durationUnit) return null;
  const unit = q.durationValue === 1 ? q.durationUnit.replace(/s$/, '') : q.durationUnit;
  return `${q.durationValue} ${unit}`;
}
