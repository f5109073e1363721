import { z } from 'zod';
import { organisationKinds, roles } from '../../shared/roles.ts';

export const uuidParam = (name: string) => z.object({ [name]: z.uuid({ message: `${name} must be a valid id` }) });

/** RFC 9457 problem details, as every error response is shaped. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('Stable machine-readable error code'),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    correlationId: z.string().optional(),
  })
  .meta({ id: 'Problem' });

export const roleSchema = z.enum(roles);
export const organisationKindSchema = z.enum(organisationKinds);

export const membershipSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  kind: organisationKindSchema,
  roles: z.array(roleSchema),
});

/** Standard error responses for a route that needs a signed-in user. */
export const errorResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  429: problemSchema,
};
