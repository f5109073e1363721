import { z } from 'zod';
import { withTransaction } from '../../db/database.ts';
import { actorOf, auditActorOf } from '../../http/access.ts';
import { organisationsWithRole } from '../../http/actor.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { listEscalatedCases } from './escalations.repository.ts';

const escalatedCaseSchema = z
  .object({
    requestId: z.uuid(),
    reference: z.string(),
    kind: z.string(),
    state: z.string(),
    /** The latest stage reached: `due` (its due day came) or `breached` (its response target passed). */
    stage: z.enum(['due', 'breached']),
    /** What holds it now: nobody has claimed it, a consultant holds it, or it waits on the referrer or patient. */
    cause: z.enum(['waiting_for_consultant', 'claimed', 'information_requested']),
    dueAt: z.date(),
    escalatedAt: z.date(),
    holderName: z.string().nullable(),
  })
  .meta({ id: 'EscalatedCase' });

export function escalationsRoutes(app: App, services: Services) {
  app.get(
    '/api/escalations',
    {
      config: { access: ['consultant', 'service_admin'] },
      schema: {
        summary:
          'Open cases that reached their due day or passed their response target: all of your services’ for a service admin, those you hold for a consultant',
        tags: ['review'],
        querystring: z.object({ stage: z.enum(['due', 'breached']).optional() }),
        response: { 200: z.object({ cases: z.array(escalatedCaseSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const adminOf = organisationsWithRole(actor, 'service_admin');
      const consultantOf = organisationsWithRole(actor, 'consultant').filter((id) => !adminOf.includes(id));
      const { stage } = request.query;
      return withTransaction(services.pool, async (tx) => {
        const cases = [
          ...(adminOf.length ? await listEscalatedCases(tx, { serviceIds: adminOf, ...(stage ? { stage } : {}) }) : []),
          ...(consultantOf.length
            ? await listEscalatedCases(tx, {
                serviceIds: consultantOf,
                holderId: actor.userId,
                ...(stage ? { stage } : {}),
              })
            : []),
        ];
        await appendAuditEvent(tx, auditActorOf(request), services.clock.now(), {
          action: 'request.listed',
          detail: { count: cases.length, state: `escalated${stage ? `:${stage}` : ''}` },
        });
        return { cases };
      });
    },
  );
}
