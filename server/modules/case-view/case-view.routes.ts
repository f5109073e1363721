import { z } from 'zod';
import { actorOf, auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { requestDetailSchema } from './case-view.schemas.ts';
import { getRequest } from './get-request.ts';

// The same readers as the requests list: whoever may list requests may open one.
const readers = ['referrer', 'consultant', 'booking_clerk', 'service_admin'] as const;
const requestParams = z.object({ requestId: z.uuid() });

/** The case page's one read: a request with everything the modules around it know of it. */
export function caseViewRoutes(app: App, services: Services) {
  app.get(
    '/api/requests/:requestId',
    {
      config: { access: readers },
      schema: {
        summary: 'One request with its patient, lesions, consent, eligibility and timeline',
        tags: ['requests'],
        params: requestParams,
        response: { 200: requestDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { requestId } = request.params;
      const detail = await withTransaction(services.pool, (tx) =>
        getRequest(tx, {
          actor: actorOf(request),
          auditActor: auditActorOf(request),
          at: services.clock.now(),
          requestId,
        }),
      );
      if (!detail) {
        await recordDenial(services, request, 'scope', { recordType: 'request', recordId: requestId });
        throw notFound('request');
      }
      return detail;
    },
  );
}
