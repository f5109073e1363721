import { z } from 'zod';
import { questionnaireSchema } from '../../../shared/patient-questions.ts';
import {
  consentMethods,
  historySchema,
  photographyChoices,
  requestKinds,
  requestStates,
  urgencies,
} from '../../../shared/request-content.ts';
import { eligibilitySchema, lesionSchema } from '../requests/index.ts';
import { outcomeSchema } from '../review/index.ts';

export const timelineEntrySchema = z.object({
  at: z.date(),
  type: z.enum(['transition', 'message', 'letter']),
  actor: z.string(),
  title: z.string(),
  text: z.string().nullable(),
  kind: z.string(),
});

export const requestDetailSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    kind: z.enum(requestKinds),
    urgency: z.enum(urgencies),
    state: z.enum(requestStates),
    version: z.number().int(),
    patient: z.object({
      id: z.uuid(),
      nhsNumber: z.string(),
      givenName: z.string(),
      familyName: z.string(),
      dateOfBirth: z.string(),
      sex: z.string(),
      postcode: z.string(),
      /** When another practice last registered this person; the practice's own record is unchanged by it. */
      registeredElsewhereAt: z.date().nullable(),
    }),
    practice: z.object({ id: z.uuid(), name: z.string() }),
    service: z.object({ id: z.uuid(), name: z.string() }),
    referrer: z.object({ id: z.uuid(), name: z.string() }),
    clinicalQuestion: z.string(),
    history: historySchema,
    conversionAuthorised: z.boolean(),
    /** Null on a draft until the referrer says who takes the photographs. */
    photography: z.enum(photographyChoices).nullable(),
    lesions: z.array(lesionSchema),
    consent: z
      .object({
        referralAndImageSharing: z.boolean(),
        teachingUse: z.boolean(),
        /** Told the referrer, in writing, or given by the patient through their secure link (no recorder then). */
        method: z.enum(consentMethods),
        recordedByName: z.string().nullable(),
        recordedAt: z.date(),
        withdrawnAt: z.date().nullable(),
        withdrawalReason: z.string().nullable(),
      })
      .nullable(),
    eligibility: eligibilitySchema.nullable(),
    submittedAt: z.date().nullable(),
    readyForReviewAt: z.date().nullable(),
    dueAt: z.date().nullable(),
    clockPaused: z.boolean(),
    timeline: z.array(timelineEntrySchema),
    outcomes: z.array(outcomeSchema),
    letters: z.array(
      z.object({
        id: z.uuid(),
        outcomeId: z.uuid().nullable(),
        /** An outcome letter, an appointment letter, or the letter returning the request to the referrer. */
        kind: z.enum(['outcome', 'appointment', 'returned']),
        audience: z.enum(['referrer', 'patient']),
        bytes: z.number().int(),
        createdAt: z.date(),
        url: z.string(),
      }),
    ),
    earlierRequests: z.array(
      z.object({
        id: z.uuid(),
        reference: z.string(),
        kind: z.string(),
        state: z.string(),
        submittedAt: z.date().nullable(),
        diagnosis: z.string().nullable(),
      }),
    ),
    heldBy: z.object({ id: z.uuid(), name: z.string(), mine: z.boolean() }).nullable(),
    patientLink: z
      .object({
        channel: z.enum(['sms', 'email']),
        sentAt: z.date(),
        expiresAt: z.date(),
        openedAt: z.date().nullable(),
        verifiedAt: z.date().nullable(),
        status: z.enum(['sent', 'opened', 'completed', 'expired', 'revoked', 'superseded', 'locked']),
      })
      .nullable()
      .describe('The latest patient link and how far the patient got'),
    questionnaire: z
      .object({ answers: questionnaireSchema, completedAt: z.date().nullable(), updatedAt: z.date() })
      .nullable()
      .describe("The patient's own answers, from their link"),
    allowedActions: z.array(z.string()).describe('What you may do to it now'),
  })
  .meta({ id: 'Request' });
