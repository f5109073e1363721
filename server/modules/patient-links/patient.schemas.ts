import { z } from 'zod';
import { questionnaireSchema } from '../../../shared/patient-questions.ts';

export const sessionResponse = z.object({
  /** Whether the date of birth has been confirmed in this session. */
  verified: z.boolean(),
  /** The practice that sent the link, and its telephone number: whom to contact. */
  practice: z.string(),
  telephone: z.string(),
  /** Sent back in the x-csrf-token header of every change. */
  csrfToken: z.string(),
  /** When the link stops working. */
  expiresAt: z.date(),
});

export const verifyBody = z.object({
  /** As `YYYY-MM-DD`. */
  dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter your date of birth, for example 17 5 1970'),
});

export const consentBody = z.object({
  /** Consent to the referral and to sharing the photos with the dermatology service: required. */
  referralAndImageSharing: z.literal(true, { message: 'Tick the box to agree before sending photos' }),
  /** Consent to the photos' use in teaching: optional. */
  teachingUse: z.boolean().default(false),
});

export const questionnaireBody = z.object({
  /** The answers so far. */
  answers: questionnaireSchema,
  /** True when the patient has finished: every required answer must then be there. */
  complete: z.boolean().default(false),
});

export const imageBody = z.object({
  /** The id of a finished resumable upload of this link. */
  uploadId: z.string().regex(/^[0-9a-f]{32}$/),
});
