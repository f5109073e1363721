import { z } from 'zod';
import { organisationKindSchema } from '../../http/common.schemas.ts';

export const organisationSchema = z
  .object({
    id: z.uuid(),
    kind: organisationKindSchema,
    name: z.string(),
    /** Organisation Data Service code. */
    odsCode: z.string(),
    address: z.string(),
    postcode: z.string(),
    telephone: z.string(),
    email: z.string(),
  })
  .meta({ id: 'Organisation' });
