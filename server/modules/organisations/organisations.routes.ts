import { z } from 'zod';
import { hasRole } from '../../http/actor.ts';
import { actorOf, auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/audit.repository.ts';
import { listVisibleOrganisations } from './organisations.repository.ts';
import { organisationSchema } from './organisations.schemas.ts';

export function organisationsRoutes(app: App, services: Services) {
  const visibleTo = (actor: ReturnType<typeof actorOf>) =>
    listVisibleOrganisations(
      services.pool,
      hasRole(actor, 'system_admin') ? 'all' : actor.memberships.map((m) => m.organisationId),
    );

  app.get(
    '/api/organisations',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'Your organisations and those they work with',
        tags: ['organisations'],
        response: { 200: z.object({ organisations: z.array(organisationSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ organisations: await visibleTo(actorOf(request)) }),
  );

  app.get(
    '/api/organisations/:organisationId',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'One organisation you can see',
        tags: ['organisations'],
        params: z.object({ organisationId: z.uuid() }),
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { organisationId } = request.params;
      const organisation = (await visibleTo(actorOf(request))).find((o) => o.id === organisationId);
      if (!organisation) {
        await recordDenial(services, request, 'scope', { recordType: 'organisation', recordId: organisationId });
        throw notFound('organisation');
      }
      await appendAuditEvent(services.pool, auditActorOf(request), services.clock.now(), {
        action: 'organisation.viewed',
        recordType: 'organisation',
        recordId: organisationId,
      });
      return organisation;
    },
  );
}
