import { z } from 'zod';
import { feedbackQuestions, questionnaireSchema } from '../../../shared/patient-questions.ts';
import { requestStates } from '../../../shared/request-content.ts';

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

/** A photo sent through this link, as the patient's page shows it: no file name, the thumbnail only. */
const patientPhotoSchema = z.object({
  id: z.uuid(),
  lesionId: z.uuid(),
  view: z.enum(['regional', 'close_up', 'dermoscopic']),
  /** processing until the derivatives and quality check are made. */
  state: z.enum(['processing', 'ready', 'failed']),
  /** Plain-words quality warnings, so the patient can take the photo again. */
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  failure: z.string().nullable(),
  /** Null until the photo is ready. */
  thumbnailUrl: z.string().nullable(),
});

// Every field the patient's pages read must be here: the response is sent as this schema gives it, nothing more.
export const patientViewResponse = z.object({
  /** Needed as the upload's metadata; the link reaches this request only. */
  requestId: z.uuid(),
  reference: z.string(),
  /** The practice that sent the link: whom to contact. */
  practice: z.object({ name: z.string(), telephone: z.string() }),
  serviceName: z.string(),
  /** Whom to contact at the service about appointments and the request (the service's settings). */
  service: z.object({ name: z.string(), telephone: z.string(), email: z.string(), openingHours: z.string() }),
  /** Where the request is, in the patient's words. */
  status: z.object({ state: z.enum(requestStates), text: z.string() }),
  /** Everything the link asked of the patient is done. */
  partDone: z.boolean(),
  /** Null until given, or once withdrawn. */
  consent: z.object({ given: z.boolean(), teachingUse: z.boolean() }).nullable(),
  /** False for a clinic patient: their photographs are taken at the appointment. */
  takesPhotos: z.boolean(),
  lesions: z.array(z.object({ id: z.uuid(), position: z.number().int(), site: z.string(), description: z.string() })),
  photos: z.array(patientPhotoSchema),
  /** The answers so far; `completedAt` once the patient said they had finished. */
  questionnaire: z.object({ answers: questionnaireSchema, completedAt: z.date().nullable() }),
  /** The dermatologist's letter, once there is an answer. */
  letter: z.object({ url: z.string(), createdAt: z.date() }).nullable(),
  feedback: z.object({ canGive: z.boolean(), given: z.boolean() }),
  /** When the link stops working. */
  expiresAt: z.date(),
});

export const addedPhotoResponse = z.object({
  id: z.uuid(),
  /** processing until the derivatives and quality check are made. */
  state: z.enum(['processing', 'ready', 'failed']),
});

/** A service's patient feedback: per month, how many answered, and each answer's count and share of those. */
export const feedbackResultsSchema = z.object({
  months: z.array(
    z.object({
      /** The month's first day, YYYY-MM-DD. */
      month: z.string(),
      responses: z.number().int(),
      /** Every question, each answer in its order with its count and percentage (one decimal place). */
      questions: z.record(
        z.enum(feedbackQuestions),
        z.array(z.object({ answer: z.string(), count: z.number().int(), percent: z.number() })),
      ),
    }),
  ),
  /** Free-text comments, with no identity. */
  comments: z.array(z.object({ month: z.string(), text: z.string() })),
});
