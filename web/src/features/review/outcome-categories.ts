/**
 * The outcomes a consultant can record (DESIGN.md §4), in the words the letters use. A copy of the service's
 * server/modules/review/outcome-categories.ts: the web app does not import server code.
 */
export const outcomeCategories = [
  'discharge_with_advice',
  'gp_to_prescribe',
  'routine_face_to_face',
  'urgent_face_to_face',
  'biopsy_or_excision',
  'onward_referral',
  'redirect_urgent_cancer',
  'convert_to_referral',
] as const;
export type OutcomeCategory = (typeof outcomeCategories)[number];

/** "More information needed" is not an outcome: it asks the referrer and pauses the clock. */
export type OutcomeChoice = OutcomeCategory | 'more_information_needed';

export const outcomeChoiceLabels: Record<OutcomeChoice, string> = {
  discharge_with_advice: 'Discharge to GP with advice and plan',
  gp_to_prescribe: 'GP to prescribe',
  routine_face_to_face: 'Routine face-to-face appointment',
  urgent_face_to_face: 'Urgent face-to-face appointment',
  biopsy_or_excision: 'Biopsy or excision list',
  onward_referral: 'Onward referral (other specialty or hospital)',
  redirect_urgent_cancer: 'Redirect to the urgent suspected cancer pathway',
  convert_to_referral: 'Convert to a referral (Advice & Guidance)',
  more_information_needed: 'More information or better photographs needed',
};
