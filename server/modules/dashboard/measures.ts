import { outcomeCategories, type OutcomeCategory } from '../../../shared/outcome-categories.ts';
import { friendsAndFamilyAnswers } from '../../../shared/patient-questions.ts';

/**
 * The figures of the service dashboard, for one month or for the whole period (docs/measures.md says how each is
 * counted and where it comes from). A share is a percentage rounded to one decimal place, and null when there is
 * nothing to share out (no requests, no answers); so are the turnaround's median and 90th percentile.
 */
export type Figures = {
  volume: {
    received: number;
    adviceAndGuidance: number;
    referral: number;
    routine: number;
    urgent: number;
    withPhotographs: number;
    withPhotographsPercent: number | null;
  };
  timeliness: {
    answered: number;
    withinTarget: number;
    withinTargetPercent: number | null;
    medianWorkingDays: number | null;
    p90WorkingDays: number | null;
  };
  outcomes: {
    categories: Record<OutcomeCategory, number>;
    withoutFaceToFace: number;
    withoutFaceToFacePercent: number | null;
    adviceAnswered: number;
    adviceWithoutReferral: number;
    adviceWithoutReferralPercent: number | null;
    convertedToReferral: number;
    redirectedAtIntake: number;
    redirectedByConsultant: number;
    notAccepted: number;
  };
  quality: {
    photographs: number;
    withWarning: number;
    withWarningPercent: number | null;
    returnedForPhotographs: number;
    returnedForPhotographsPercent: number | null;
  };
  clinics: {
    slotsAvailable: number;
    slotsUsed: number;
    utilisationPercent: number | null;
    attended: number;
    didNotAttend: number;
    didNotAttendPercent: number | null;
    cancelledByPatient: number;
    cancelledByService: number;
    sessionsCancelled: number;
  };
  feedback: {
    responses: number;
    answers: Record<FriendsAndFamilyAnswer, number>;
    positivePercent: number | null;
    negativePercent: number | null;
  };
};

export type FriendsAndFamilyAnswer = (typeof friendsAndFamilyAnswers)[number];

/** A share as a percentage to one decimal place (half away from zero), or null when the whole is nothing. */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((1000 * part) / whole) / 10;
}

/** A number of working days to one decimal place (a median of an even count can fall between two days). */
export function days(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return Math.round(value * 10) / 10;
}

export const noCategories = (): Record<OutcomeCategory, number> =>
  Object.fromEntries(outcomeCategories.map((c) => [c, 0])) as Record<OutcomeCategory, number>;

export const noAnswers = (): Record<FriendsAndFamilyAnswer, number> =>
  Object.fromEntries(friendsAndFamilyAnswers.map((a) => [a, 0])) as Record<FriendsAndFamilyAnswer, number>;

/** The outcomes that keep the patient's care with their GP: no face-to-face appointment, no referral. */
export const managedByTheGp: readonly OutcomeCategory[] = ['discharge_with_advice', 'gp_to_prescribe'];

/** The NHS Friends and Family Test's positive and negative answers. */
export const positiveAnswers: readonly FriendsAndFamilyAnswer[] = ['very_good', 'good'];
export const negativeAnswers: readonly FriendsAndFamilyAnswer[] = ['poor', 'very_poor'];
