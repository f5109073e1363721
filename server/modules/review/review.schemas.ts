import { z } from 'zod';
import { outcomeCategories } from '../../../shared/outcome-categories.ts';
import { photographyChoices } from '../../../shared/request-content.ts';

const medicine = z.object({
  name: z.string().trim().min(1, 'Enter the medicine').max(200),
  strength: z.string().trim().max(100).default(''),
  form: z.string().trim().max(100).default(''),
  directions: z.string().trim().min(1, 'Enter the directions').max(1000),
  duration: z.string().trim().max(200).default(''),
});

export const signOutcomeBody = z.object({
  /** The case version you read: a stale one answers 409. */
  version: z.number().int().positive(),
  category: z.enum([...outcomeCategories, 'more_information_needed']),
  /** A diagnosis from the curated list (SNOMED CT concept id), or free text when nothing fits. */
  diagnosisCode: z
    .string()
    .regex(/^\d{6,18}$/)
    .optional(),
  diagnosisText: z.string().trim().min(1).max(300).optional(),
  differentials: z
    .array(
      z.object({
        code: z
          .string()
          .regex(/^\d{6,18}$/)
          .nullable()
          .default(null),
        term: z.string().trim().min(1).max(300),
      }),
    )
    .max(10)
    .default([]),
  plan: z.string().trim().max(8000).default(''),
  /** For "GP to prescribe": what to prescribe. */
  medicines: z.array(medicine).max(10).default([]),
  /** Leaflets for the patient; the diagnosis's own are used when none are given. */
  leaflets: z
    .array(z.object({ title: z.string().trim().min(1).max(200), url: z.url({ protocol: /^https$/ }) }))
    .max(10)
    .optional(),
  /** For an onward referral: to whom. */
  onwardReferral: z.string().trim().max(500).optional(),
  /**
   * For "convert to a referral": who takes the referral's photographs. By default the photographs already sent
   * serve when every lesion has one; otherwise a community photography clinic (the booking queue).
   */
  referralPhotography: z.enum(photographyChoices).optional(),
  /** The consultant confirms that an unedited template plan fits an outcome it was not written for. */
  planConfirmed: z.boolean().default(false),
  /** For "more information needed": the question, and whether it asks for better photographs. */
  question: z.string().trim().max(4000).optional(),
  askForPhotographs: z.boolean().default(false),
  /**
   * What `POST …/outcome/preview` answered for this same outcome: the letters were read before signing (hazard H13).
   * Needed by every outcome; a question to the referrer sends no letter.
   */
  previewDigest: z.string().max(100).optional(),
});
export type SignOutcomeInput = z.infer<typeof signOutcomeBody>;

export const outcomeSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['outcome', 'addendum']),
    addendumTo: z.uuid().nullable(),
    category: z.enum(outcomeCategories).nullable(),
    categoryLabel: z.string().nullable(),
    diagnosisCode: z.string().nullable(),
    diagnosisTerm: z.string().nullable(),
    differentials: z.array(z.object({ code: z.string().nullable(), term: z.string() })),
    plan: z.string(),
    medicines: z.array(medicine),
    leaflets: z.array(z.object({ title: z.string(), url: z.string() })),
    onwardReferral: z.string().nullable(),
    signedByName: z.string(),
    gmcNumber: z.string(),
    signedAt: z.date(),
  })
  .meta({ id: 'Outcome' });

export const worklistQuery = z.object({
  kind: z.enum(['advice_and_guidance', 'referral']).optional(),
  practiceId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const worklistItemSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  kind: z.string(),
  urgency: z.string(),
  state: z.string(),
  dueAt: z.date().nullable(),
  overdue: z.boolean(),
  dueToday: z.boolean(),
  patient: z.object({ name: z.string(), age: z.number().int(), sex: z.string() }),
  practiceName: z.string(),
  lesionCount: z.number().int(),
  imageCount: z.number().int(),
  thumbnailUrl: z.string().nullable(),
  heldBy: z.object({ id: z.uuid(), name: z.string(), mine: z.boolean(), since: z.date().nullable() }).nullable(),
});

const letterSection = z.object({
  heading: z.string(),
  paragraphs: z.array(z.string()).optional(),
  rows: z.array(z.tuple([z.string(), z.string()])).optional(),
});

/** The letters an outcome would send, as words, and the digest its signature names (hazard H13). */
export const letterPreviewSchema = z
  .object({
    letters: z.array(
      z.object({
        audience: z.enum(['referrer', 'patient']),
        content: z.object({
          letterhead: z.object({ name: z.string(), address: z.string(), telephone: z.string(), email: z.string() }),
          title: z.string(),
          date: z.string(),
          reference: z.string(),
          about: z.array(z.tuple([z.string(), z.string()])),
          to: z.array(z.string()),
          salutation: z.string(),
          sections: z.array(letterSection),
          signature: z.array(z.string()),
          footer: z.string(),
        }),
      }),
    ),
    previewDigest: z.string(),
  })
  .meta({ id: 'LetterPreview' });
