import { z } from 'zod';
import { organisationSchema } from './organisations.schemas.ts';

export const managedOrganisationSchema = organisationSchema
  .extend({
    /** The dermatology services a practice or clinic works with. */
    serviceIds: z.array(z.uuid()),
    /** A community clinic's sites. */
    sites: z.array(z.object({ id: z.uuid(), name: z.string(), postcode: z.string() })),
    /** How many users belong to it. */
    userCount: z.number().int(),
  })
  .meta({ id: 'ManagedOrganisation' });

const optionalText = (max: number) => z.string().trim().max(max).default('');

export const createOrganisationBody = z.object({
  /** A GP practice or a dermatology service. */
  kind: z.enum(['gp_practice', 'dermatology_service'], { message: 'Choose a GP practice or a dermatology service' }),
  /** The name shown to users, patients and on letters. */
  name: z.string().trim().min(1, 'Enter the name').max(200, 'Enter a name of at most 200 characters'),
  /** Organisation Data Service code: 3 to 10 letters and digits (for example Y01234 or RX1). */
  odsCode: z
    .string()
    .trim()
    .transform((code) => code.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9]{3,10}$/, 'Enter an ODS code of 3 to 10 letters and numbers, like Y01234')),
  address: optionalText(500),
  postcode: optionalText(10),
  telephone: optionalText(40),
  email: z
    .union([z.literal(''), z.email('Enter an email address in the correct format, like name@example.nhs.uk')])
    .default(''),
  /** For a practice: the dermatology services it refers to. */
  serviceIds: z.array(z.uuid()).max(20).default([]),
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationBody>;

export const linkOrganisationBody = z.object({
  /** The dermatology service the practice (or community clinic) is to work with. */
  serviceId: z.uuid({ message: 'Choose a dermatology service' }),
});
