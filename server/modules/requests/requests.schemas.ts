import { z } from 'zod';
import { bodySiteByCode, isHairBearing } from '../../../shared/body-sites.ts';
import {
  historySchema,
  photographyChoices,
  referrerConsentMethods,
  requestKinds,
  requestStates,
  urgencies,
} from '../../../shared/request-content.ts';

const laterality = z.enum(['left', 'right', 'midline', 'bilateral', 'not_applicable']);

export const createRequestBody = z.object({
  patientId: z.uuid({ message: 'Choose the patient' }),
  /** Advice & Guidance (responsibility stays with you) or referral for triage. */
  kind: z.enum(requestKinds, { message: 'Choose Advice & Guidance or referral' }),
  urgency: z.enum(urgencies).default('routine'),
  /** The dermatology service to send it to: one of those serving your practice. */
  serviceId: z.uuid({ message: 'Choose the dermatology service' }),
  /**
   * Who takes the photographs: the referrer (or the patient by link), or a community photography clinic. Never
   * assumed: without an answer here or in a later save, the draft cannot be submitted.
   */
  photography: z.enum(photographyChoices, { message: 'Choose who will take the photographs' }).optional(),
});

export const updateDraftBody = z.object({
  /** The version you last read; a stale one is refused with 409 so nobody's edit is overwritten. */
  version: z.number().int().positive(),
  kind: z.enum(requestKinds).optional(),
  urgency: z.enum(urgencies).optional(),
  serviceId: z.uuid().optional(),
  clinicalQuestion: z.string().trim().max(4000).optional(),
  /** Replaces the stored history with this one (send the whole history each time). */
  history: historySchema.optional(),
  /** Advice & Guidance only: you authorise the consultant to convert it to a referral. */
  conversionAuthorised: z.boolean().optional(),
  /** Who takes the photographs: the referrer (or the patient by link), or a community photography clinic. */
  photography: z.enum(photographyChoices).optional(),
});

export const lesionBody = z
  .object({
    /** A code from the body map (shared/body-sites.ts). */
    bodySite: z
      .string()
      .refine((code) => bodySiteByCode.has(code), { message: 'Choose where the lesion is on the body map' }),
    laterality,
    description: z.string().trim().min(1, 'Describe the lesion').max(2000),
    /** Largest diameter in millimetres, where known. */
    sizeMm: z
      .number()
      .positive('Size must be more than 0 mm')
      .max(1000, 'Size must be 1000 mm or less')
      .nullable()
      .default(null),
    /** Hair hides it from photographs. Only on a hair-bearing site (`hairBearing` in shared/body-sites.ts). */
    obscuredByHair: z.boolean().default(false),
  })
  .superRefine((lesion, ctx) => {
    const site = bodySiteByCode.get(lesion.bodySite);
    if (!site) return;
    if (site.paired && !['left', 'right', 'bilateral'].includes(lesion.laterality)) {
      ctx.addIssue({ code: 'custom', path: ['laterality'], message: 'Choose left, right or both sides' });
    }
    if (!site.paired && ['left', 'right', 'bilateral'].includes(lesion.laterality)) {
      ctx.addIssue({ code: 'custom', path: ['laterality'], message: 'This site is on the midline: it has no side' });
    }
    // The form asks only on a hair-bearing site; stored elsewhere, the eligibility rule would not count it.
    if (lesion.obscuredByHair && !isHairBearing(lesion.bodySite)) {
      ctx.addIssue({
        code: 'custom',
        path: ['obscuredByHair'],
        message: `${site.label} is not a hair-bearing site: hair cannot hide a lesion there`,
      });
    }
  });

export const consentBody = z.object({
  /** The patient agrees to the referral and to their photographs being shared with the service. */
  referralAndImageSharing: z.literal(true, {
    message: 'The patient must agree to the referral and to sharing photographs',
  }),
  /** Optional: the patient agrees to their photographs being used for teaching. */
  teachingUse: z.boolean().default(false),
  /** How the patient gave it to you. Consent the patient gives through their secure link is recorded by the link. */
  method: z.enum(referrerConsentMethods, { message: 'Choose how consent was given' }),
});

export const reasonBody = z.object({ reason: z.string().trim().min(1, 'Give a reason').max(2000) });

export const messageBody = z.object({
  /** question or photo_request (consultant); answer or note (referrer). */
  kind: z.enum(['question', 'photo_request', 'answer', 'note']),
  body: z.string().trim().min(1, 'Enter a message').max(10000),
});

export const listRequestsQuery = z.object({
  state: z.enum(requestStates).optional(),
  /** A column from a fixed list: anything else is refused. */
  sort: z.enum(['updated', 'due', 'created', 'urgency']).default('updated'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const eligibilitySchema = z.object({
  decision: z.enum(['accepted', 'redirect_urgent_cancer', 'not_accepted']),
  reasons: z.array(z.string()),
  firedRules: z.array(z.string()),
  ruleSetId: z.string().nullable(),
  ruleSetName: z.string(),
  ruleSetVersion: z.number().int(),
});

export const lesionSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  bodySite: z.string(),
  bodySiteLabel: z.string(),
  laterality,
  description: z.string(),
  sizeMm: z.number().nullable(),
  obscuredByHair: z.boolean(),
});

export const requestSummarySchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    kind: z.enum(requestKinds),
    urgency: z.enum(urgencies),
    state: z.enum(requestStates),
    patient: z.object({ id: z.uuid(), name: z.string(), nhsNumber: z.string(), dateOfBirth: z.string() }),
    practiceName: z.string(),
    serviceName: z.string(),
    dueAt: z.date().nullable(),
    /** Working days past the response target while the case is with the service; null when it is not late. */
    overdueWorkingDays: z.number().int().nullable(),
    updatedAt: z.date(),
    lastActivity: z.string(),
  })
  .meta({ id: 'RequestSummary' });

export const draftSavedSchema = z.object({
  version: z.number().int(),
  /**
   * Set when the save recorded a suspected skin cancer: the request was redirected to the urgent suspected-cancer
   * pathway there and then (state `redirected`), whatever else the draft lacked. Show the referrer the redirect.
   */
  redirected: z.object({ state: z.enum(requestStates), eligibility: eligibilitySchema }).nullable(),
});

export const submitResultSchema = z.object({
  state: z.enum(requestStates),
  eligibility: eligibilitySchema,
  dueAt: z.date().nullable(),
});
