import { z } from 'zod';
import { actorOf, auditActorOf } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { search } from './search.ts';

const foundPatient = z.object({
  id: z.uuid(),
  name: z.string(),
  nhsNumber: z.string(),
  dateOfBirth: z.string(),
  practiceName: z.string(),
  requests: z.array(
    z.object({ id: z.uuid(), reference: z.string(), kind: z.string(), state: z.string(), updatedAt: z.date() }),
  ),
});

export function searchRoutes(app: App, services: Services) {
  app.get(
    '/api/search',
    {
      config: { access: ['referrer', 'consultant', 'booking_clerk', 'service_admin'] },
      schema: {
        summary:
          'Find a patient you may see by name, NHS number (with or without spaces) or request reference, with their requests',
        tags: ['search'],
        querystring: z.object({ q: z.string().max(200) }),
        response: {
          200: z
            .object({
              by: z.enum(['nhs_number', 'reference', 'name']),
              patients: z.array(foundPatient),
              more: z.boolean(),
            })
            .meta({ id: 'SearchResults' }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      withTransaction(services.pool, (tx) =>
        search(tx, {
          actor: actorOf(request),
          auditActor: auditActorOf(request),
          at: services.clock.now(),
          text: request.query.q,
        }),
      ),
  );
}
