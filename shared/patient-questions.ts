import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);

/** The patient's questionnaire; every answer optional while saved as they go. */
export const questionnaireSchema = z.object({
  durationValue: z.number().int().min(0).max(120).optional(),
  durationUnit: z.enum(['days', 'weeks', 'months', 'years']).optional(),
  symptoms: z
    .array(z.enum(['itch', 'bleeding', 'pain', 'none']))
    .max(4)
    .optional(),
  otherSymptoms: text(1000).optional(),
  changes: text(2000).optional(),
  treatmentsTried: text(2000).optional(),
  medicines: text(2000).optional(),
  allergies: text(1000).optional(),
  previousSkinCancer: z.enum(['yes', 'no', 'not_sure']).optional(),
  previousSkinCancerDetails: text(1000).optional(),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** What a complete questionnaire must answer, each with its field and the question in plain words. */
export function missingAnswers(q: Questionnaire): { field: string; message: string }[] {
  const missing: { field: string; message: string }[] = [];
  if (q.durationValue === undefined || !q.durationUnit)
    missing.push({ field: 'durationValue', message: 'Tell us how long you have had it' });
  if (!q.symptoms?.length)
    missing.push({ field: 'symptoms', message: 'Tell us if it itches, bleeds or hurts, or choose none' });
  if (q.medicines === undefined)
    missing.push({ field: 'medicines', message: 'List the medicines you take, or write none' });
  if (!q.allergies?.trim()) missing.push({ field: 'allergies', message: 'List any allergies, or write none' });
  if (!q.previousSkinCancer)
    missing.push({ field: 'previousSkinCancer', message: 'Tell us if you have had skin cancer before' });
  return missing;
}

/** The NHS Friends and Family Test answers, best first. */
export const friendsAndFamilyAnswers = ['very_good', 'good', 'neither', 'poor', 'very_poor', 'dont_know'] as const;
export const friendsAndFamilyLabels: Record<(typeof friendsAndFamilyAnswers)[number], string> = {
  very_good: 'Very good',
  good: 'Good',
  neither: 'Neither good nor poor',
  poor: 'Poor',
  very_poor: 'Very poor',
  dont_know: "Don't know",
};
export const agreement = ['strongly_agree', 'agree', 'disagree', 'strongly_disagree'] as const;

/** The feedback survey after the outcome; stored without identity. */
export const feedbackSchema = z.object({
  /** "Overall, how was your experience of our service?" (NHS Friends and Family Test) */
  friendsAndFamily: z.enum(friendsAndFamilyAnswers, { message: 'Choose an answer about your overall experience' }),
  /** "I got an answer quickly enough." */
  speed: z.enum(agreement).optional(),
  /** "I was told enough about what would happen before sending my photos." */
  informationBefore: z.enum(agreement).optional(),
  /** "I understood the letter about what happens next." */
  informationAfter: z.enum(agreement).optional(),
  /** "Sending photos from home was more convenient than going to a clinic." */
  convenience: z.enum(agreement).optional(),
  comments: text(2000).optional(),
});
export type Feedback = z.infer<typeof feedbackSchema>;
export const feedbackQuestions = [
  'friendsAndFamily',
  'speed',
  'informationBefore',
  'informationAfter',
  'convenience',
] as const;
