import {
  durationUnits,
  missingHistory,
  type History,
  type previousSkinCancerTypes,
  type suspectedCancerTypes,
} from '../../../../shared/request-content.ts';

type PreviousCancerType = (typeof previousSkinCancerTypes)[number];
type SuspectedCancerType = (typeof suspectedCancerTypes)[number];
type PreviousCancer = PreviousCancerType | 'none';
type SuspectedCancer = SuspectedCancerType | 'no';
export type Symptom = 'itch' | 'bleeding' | 'pain';
type DurationUnit = (typeof durationUnits)[number];

/**
 * The history page's answers as the form holds them: text as typed, and the "None"/"No" answers as ticks of
 * their own, so an unanswered question (no ticks) differs from "none" (an empty list on the service).
 */
export type HistoryAnswers = {
  clinicalQuestion: string;
  durationValue: string;
  durationUnit: DurationUnit | '';
  changes: string;
  symptoms: Symptom[];
  otherSymptoms: string;
  treatmentsTried: string;
  treatmentEffect: string;
  currentMedicines: string;
  immunosuppressed: boolean | undefined;
  transplant: boolean | undefined;
  underHospitalConsultant: boolean | undefined;
  needsTertiaryCare: boolean | undefined;
  previousSkinCancer: PreviousCancer[];
  previousSkinCancerDetails: string;
  suspectedCancer: SuspectedCancer[];
  relevantHistory: string;
};

export function answersFrom(clinicalQuestion: string, history: History): HistoryAnswers {
  return {
    clinicalQuestion,
    durationValue: history.durationValue === undefined ? '' : String(history.durationValue),
    durationUnit: history.durationUnit ?? '',
    changes: history.changes ?? '',
    symptoms: (['itch', 'bleeding', 'pain'] as const).filter((symptom) => history[symptom]),
    otherSymptoms: history.otherSymptoms ?? '',
    treatmentsTried: history.treatmentsTried ?? '',
    treatmentEffect: history.treatmentEffect ?? '',
    currentMedicines: history.currentMedicines ?? '',
    immunosuppressed: history.immunosuppressed,
    transplant: history.transplant,
    underHospitalConsultant: history.underHospitalConsultant,
    needsTertiaryCare: history.needsTertiaryCare,
    previousSkinCancer: listAnswer(history.previousSkinCancer, 'none'),
    previousSkinCancerDetails: history.previousSkinCancerDetails ?? '',
    suspectedCancer: listAnswer(history.suspectedCancer, 'no'),
    relevantHistory: history.relevantHistory ?? '',
  };
}

function listAnswer<T extends string, N extends string>(list: readonly T[] | undefined, none: N): (T | N)[] {
  if (list === undefined) return [];
  return list.length ? [...list] : [none];
}

/** The history to save, or the field errors that stop it (only a duration that is not a number does). */
export function historyFrom(answers: HistoryAnswers): { history: History } | { errors: FieldError[] } {
  const value = answers.durationValue.trim();
  if (value && (!/^\d+$/.test(value) || Number(value) > 120)) {
    return {
      errors: [{ field: 'history.durationValue', message: 'Enter how long as a whole number from 0 to 120, like 3' }],
    };
  }
  const text = (s: string) => (s.trim() ? s.trim() : undefined);
  const history: History = {
    durationValue: value ? Number(value) : undefined,
    durationUnit: answers.durationUnit || undefined,
    changes: text(answers.changes),
    itch: answers.symptoms.includes('itch'),
    bleeding: answers.symptoms.includes('bleeding'),
    pain: answers.symptoms.includes('pain'),
    otherSymptoms: text(answers.otherSymptoms),
    treatmentsTried: text(answers.treatmentsTried),
    treatmentEffect: text(answers.treatmentEffect),
    currentMedicines: text(answers.currentMedicines),
    immunosuppressed: answers.immunosuppressed,
    transplant: answers.transplant,
    underHospitalConsultant: answers.underHospitalConsultant,
    needsTertiaryCare: answers.needsTertiaryCare,
    previousSkinCancer: listFrom<PreviousCancerType, 'none'>(answers.previousSkinCancer, 'none'),
    previousSkinCancerDetails: text(answers.previousSkinCancerDetails),
    suspectedCancer: listFrom<SuspectedCancerType, 'no'>(answers.suspectedCancer, 'no'),
    relevantHistory: text(answers.relevantHistory),
  };
  // JSON leaves out what is undefined; keep the object tidy for comparisons too.
  return { history: Object.fromEntries(Object.entries(history).filter(([, v]) => v !== undefined)) };
}

function listFrom<T extends string, N extends string>(answer: (T | N)[], none: N): T[] | undefined {
  if (answer.includes(none)) return [];
  return answer.length ? answer.filter((a): a is T => a !== none) : undefined;
}

type FieldError = { field: string; message: string };

/** What submission will still ask for, so the page can say so as soon as the referrer continues. */
export function missingAnswers(answers: HistoryAnswers, history: History): FieldError[] {
  return [
    ...(answers.clinicalQuestion.trim()
      ? []
      : [{ field: 'clinicalQuestion', message: 'Enter your clinical question' }]),
    ...missingHistory(history),
  ];
}

export const durationUnitOptions = durationUnits;
