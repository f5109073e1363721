import { z } from 'zod';
import { hasRole } from '../../http/actor.ts';
import { actorOf, auditActorOf } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent, listAuditEvents } from './audit.repository.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

const auditEventSchema = z
  .object({
    seq: z.number().int(),
    id: z.uuid(),
    at: z.date(),
    actorUserId: z.uuid().nullable(),
    actorOrganisationId: z.uuid().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    recordType: z.string().nullable(),
    recordId: z.string().nullable(),
    patientId: z.uuid().nullable(),
    clientAddress: z.string(),
    outcome: z.enum(['allowed', 'denied']),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });

export function auditRoutes(app: App, services: Services) {
  app.get(
    '/api/audit-events',
    {
      config: { access: ['service_admin', 'system_admin'] },
      schema: {
        summary:
          'The audit trail: everything, for a system administrator; your organisation’s staff, for a service administrator',
        tags: ['audit'],
        querystring: z.object({
          recordType: z.string().max(40).optional(),
          recordId: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ events: z.array(auditEventSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const scope = hasRole(actor, 'system_admin')
        ? ('all' as const)
        : actor.memberships.filter((m) => m.roles.includes('service_admin')).map((m) => m.organisationId);
      return withTransaction(services.pool, async (tx) => {
        const events = await listAuditEvents(tx, { organisationIds: scope, ...request.query });
        await appendAuditEvent(tx, auditActorOf(request), services.clock.now(), {
          action: 'audit.viewed',
          detail: { count: events.length },
        });
        return { events };
      });
    },
  );

  app.get(
    '/api/audit-events/verification',
    {
      config: { access: ['system_admin'] },
      schema: {
        summary: 'Check the hash chain of the whole audit trail',
        tags: ['audit'],
        response: {
          200: z.object({ rows: z.number().int(), ok: z.boolean(), problems: z.array(z.string()) }),
          ...errorResponses,
        },
      },
    },
    async () => verifyAuditChain(services.pool),
  );
}
