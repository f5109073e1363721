/** The outcomes a consultant can record (DESIGN.md §4), in the words the letters use. */
export const outcomeCategories = [
  'discharge_with_advice',
  'gp_to_prescribe',
  'routine_face_to_face',
  'urgent_face_to_face',
  'biopsy_or_excision',
  'onward_referral',
  'redirect_urgent_cancer',
  'convert_to_referral',
  'recommend_referral',
] as const;
export type OutcomeCategory = (typeof outcomeCategories)[number];

/** "More information needed" is not an outcome: it asks the referrer and pauses the clock. */
export type OutcomeChoice = OutcomeCategory | 'more_information_needed';

export const outcomeCategoryLabels: Record<OutcomeCategory, string> = {
  discharge_with_advice: 'Discharge to GP with advice and plan',
  gp_to_prescribe: 'GP to prescribe',
  routine_face_to_face: 'Routine face-to-face appointment',
  urgent_face_to_face: 'Urgent face-to-face appointment',
  biopsy_or_excision: 'Biopsy or excision list',
  onward_referral: 'Onward referral (other specialty or hospital)',
  redirect_urgent_cancer: 'Redirect to the urgent suspected cancer pathway',
  convert_to_referral: 'Convert to a referral (Advice & Guidance, authorised by the referrer)',
  recommend_referral: 'Recommend a referral for the GP to make (Advice & Guidance)',
};

export const outcomeChoiceLabels: Record<OutcomeChoice, string> = {
  ...outcomeCategoryLabels,
  more_information_needed: 'More information or better photographs needed',
};

/** What happens next, for the patient's letter, in plain English. */
export const outcomeForPatient: Record<OutcomeCategory, string> = {
  discharge_with_advice:
    'You do not need to see a skin specialist. Your GP practice has advice from the dermatologist about looking after your skin.',
  gp_to_prescribe:
    'Your GP practice will arrange a prescription for you. The dermatologist has told them which medicine and how to use it.',
  routine_face_to_face:
    'You will be offered an appointment with the skin clinic. We will write to you or phone you with a date.',
  urgent_face_to_face:
    'You will be offered an appointment with the skin clinic soon. We will contact you with a date. If you do not hear from us within 2 weeks, please phone the number below.',
  biopsy_or_excision:
    'You will be offered an appointment for a small procedure to remove the skin growth, or part of it, so it can be looked at under a microscope.',
  onward_referral:
    'The dermatologist has asked for you to be seen by another team. They will contact you with an appointment.',
  redirect_urgent_cancer:
    'The dermatologist would like you to be seen quickly, to check a skin change more closely. Your GP practice will refer you urgently and you should hear within 2 weeks. This does not mean you have cancer: most people referred this way do not.',
  convert_to_referral:
    'You have been referred to the skin clinic. The clinic will contact you with an appointment or to take photographs.',
  recommend_referral:
    'The dermatologist has advised your GP practice to refer you to the skin clinic. Your GP practice will arrange this and tell you what happens next.',
};

/**
 * The outcomes a diagnosis's plan template is written for (hazard H13). A cancer's template plans urgent care; every
 * other template plans care by the GP. A template left as it was filled in under any other outcome may contradict it
 * (a "biopsy or excision" outcome with a "treat with fluorouracil" plan), so the consultant is asked to confirm or
 * change the plan.
 */
export function outcomesTemplateFits(diagnosis: { cancer: boolean }): readonly OutcomeCategory[] {
  return diagnosis.cancer
    ? ['redirect_urgent_cancer', 'urgent_face_to_face', 'biopsy_or_excision', 'onward_referral']
    : ['discharge_with_advice', 'gp_to_prescribe'];
}
