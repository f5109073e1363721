import { z } from 'zod';

export const sexes = ['female', 'male', 'other', 'unknown'] as const;

/**
 * Only the shape is checked here: whether each answer is given and valid is checked by the use case, every field
 * at once, so the page shows every problem in one error summary rather than a round at a time.
 */
export const registerPatientBody = z.object({
  /** 10 digits with a valid check digit; spaces are accepted. */
  nhsNumber: z.string().max(20),
  /** Required; up to 100 characters. */
  givenName: z.string().trim().max(100, 'First name must be 100 characters or fewer'),
  /** Required; up to 100 characters. */
  familyName: z.string().trim().max(100, 'Last name must be 100 characters or fewer'),
  /** YYYY-MM-DD. */
  dateOfBirth: z.string().max(10),
  /** Required. */
  sex: z.enum(sexes, { message: "Select the patient's sex" }).optional(),
  /** UK mobile number, for appointment and photo-link messages. */
  mobile: z.string().max(20).optional(),
  email: z.string().max(320).optional(),
  address: z.string().trim().max(500).default(''),
  /** A UK postcode, with or without its space. */
  postcode: z.string().max(20),
});
export type RegisterPatientInput = z.infer<typeof registerPatientBody>;

/** How the practice reaches the patient; each field optional, an empty mobile or email removes it. */
export const updateContactBody = z.object({
  mobile: z.string().max(20).optional(),
  email: z.string().max(320).optional(),
  address: z.string().trim().max(500).optional(),
  postcode: z.string().max(20).optional(),
});
export type UpdateContactInput = z.infer<typeof updateContactBody>;

export const patientSchema = z
  .object({
    id: z.uuid(),
    nhsNumber: z.string().describe('10 digits'),
    givenName: z.string(),
    familyName: z.string(),
    dateOfBirth: z.string(),
    sex: z.enum(sexes),
    mobile: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string(),
    postcode: z.string(),
    practiceId: z.uuid().describe('the practice whose record this is: each practice keeps its own'),
    registeredElsewhereAt: z.date().nullable().describe('when another practice last registered this person'),
  })
  .meta({ id: 'Patient' });

export const searchPatientsQuery = z
  .object({
    nhsNumber: z.string().max(20).optional(),
    familyName: z.string().trim().max(100).optional(),
    dateOfBirth: z.string().max(10).optional(),
  })
  .refine((q) => q.nhsNumber || (q.familyName && q.dateOfBirth), {
    message: 'Search by NHS number, or by last name and date of birth',
    path: ['nhsNumber'],
  });
