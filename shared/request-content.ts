import { z } from 'zod';

/** The kinds of request a referrer can make (DESIGN.md §2). */
export const requestKinds = ['advice_and_guidance', 'referral'] as const;
export type RequestKind = (typeof requestKinds)[number];
export const requestKindLabels: Record<RequestKind, string> = {
  advice_and_guidance: 'Advice & Guidance',
  referral: 'Referral for triage',
};

export const urgencies = ['routine', 'urgent'] as const;
export type Urgency = (typeof urgencies)[number];

export const requestStates = [
  'draft',
  'submitted',
  'redirected',
  'not_accepted',
  'withdrawn',
  'awaiting_images',
  'ready_for_review',
  'in_review',
  'information_requested',
  'outcome_recorded',
  'closed',
  'returned',
] as const;
export type RequestState = (typeof requestStates)[number];
export const requestStateLabels: Record<RequestState, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  redirected: 'Redirected to urgent suspected cancer pathway',
  not_accepted: 'Not accepted',
  withdrawn: 'Withdrawn',
  awaiting_images: 'Awaiting images',
  ready_for_review: 'Ready for review',
  in_review: 'In review',
  information_requested: 'Information requested',
  outcome_recorded: 'Outcome recorded',
  closed: 'Closed',
  returned: 'Returned to referrer',
};

/** Who takes a request's photographs: the referrer (or the patient, by link), or a community clinic. */
export const photographyChoices = ['referrer', 'clinic'] as const;
export type Photography = (typeof photographyChoices)[number];
export const photographyLabels: Record<Photography, string> = {
  referrer: 'The referrer or the patient uploads them',
  clinic: 'A community photography clinic takes them',
};

/**
 * How the patient gave consent, as stored: told the referrer, signed a form, or agreed themselves through their
 * secure link. Whoever reads the record is told which, in these words: consent the patient gave on their phone
 * is not consent a clinician heard.
 */
export const consentMethods = ['verbal', 'written', 'patient_link'] as const;
export type ConsentMethod = (typeof consentMethods)[number];
/** The methods a referrer can record; `patient_link` is recorded only by the patient's own link. */
export const referrerConsentMethods = ['verbal', 'written'] as const satisfies readonly ConsentMethod[];
export type ReferrerConsentMethod = (typeof referrerConsentMethods)[number];
export const consentMethodLabels: Record<ConsentMethod, string> = {
  verbal: 'Verbally',
  written: 'In writing',
  patient_link: 'Given by the patient through their secure link',
};

export const suspectedCancerTypes = ['melanoma', 'scc', 'high_risk_bcc'] as const;
export const previousSkinCancerTypes = ['melanoma', 'scc', 'high_risk_bcc', 'low_risk_bcc', 'other'] as const;
export const skinCancerLabels: Record<(typeof previousSkinCancerTypes)[number], string> = {
  melanoma: 'Melanoma',
  scc: 'Squamous cell carcinoma (SCC)',
  high_risk_bcc: 'High-risk basal cell carcinoma (BCC)',
  low_risk_bcc: 'Low-risk basal cell carcinoma (BCC)',
  other: 'Other skin cancer',
};
export const durationUnits = ['days', 'weeks', 'months', 'years'] as const;

const text = (max: number) => z.string().trim().max(max);

/**
 * The clinical history, as a draft holds it: every field optional while the
 * referrer works through the pages; submission checks it is complete.
 */
export const historySchema = z.object({
  /** How long the problem has been present. */
  durationValue: z.number().int().min(0).max(120).optional(),
  durationUnit: z.enum(durationUnits).optional(),
  /** How it has changed: size, shape, colour, bleeding. */
  changes: text(2000).optional(),
  itch: z.boolean().optional(),
  bleeding: z.boolean().optional(),
  pain: z.boolean().optional(),
  otherSymptoms: text(1000).optional(),
  treatmentsTried: text(2000).optional(),
  treatmentEffect: text(2000).optional(),
  currentMedicines: text(2000).optional(),
  immunosuppressed: z.boolean().optional(),
  transplant: z.boolean().optional(),
  /** Previous skin cancers, none if the list is empty. */
  previousSkinCancer: z.array(z.enum(previousSkinCancerTypes)).max(5).optional(),
  previousSkinCancerDetails: text(1000).optional(),
  /** Long-term severe inflammatory skin disease already under a hospital consultant. */
  underHospitalConsultant: z.boolean().optional(),
  needsTertiaryCare: z.boolean().optional(),
  /** The referrer's clinical suspicion of skin cancer, none if the list is empty. */
  suspectedCancer: z.array(z.enum(suspectedCancerTypes)).max(3).optional(),
  relevantHistory: text(4000).optional(),
});
export type History = z.infer<typeof historySchema>;

/** What submission needs that a draft may still lack; each with the field it belongs to. */
export function missingHistory(history: History): { field: string; message: string }[] {
  const missing: { field: string; message: string }[] = [];
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) missing.push({ field: `history.${field}`, message });
  };
  need(
    history.durationValue !== undefined && !!history.durationUnit,
    'durationValue',
    'Enter how long the patient has had the problem',
  );
  need(history.immunosuppressed !== undefined, 'immunosuppressed', 'Answer whether the patient is immunosuppressed');
  need(history.transplant !== undefined, 'transplant', 'Answer whether the patient has had an organ transplant');
  need(
    history.previousSkinCancer !== undefined,
    'previousSkinCancer',
    'Answer whether the patient has had skin cancer before',
  );
  need(
    history.underHospitalConsultant !== undefined,
    'underHospitalConsultant',
    'Answer whether a hospital consultant already treats the patient for a severe inflammatory skin disease',
  );
  need(history.suspectedCancer !== undefined, 'suspectedCancer', 'Answer whether you suspect skin cancer');
  return missing;
}
