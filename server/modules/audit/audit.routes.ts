import { z } from 'zod';
import { hasRole } from '../../http/actor.ts';
import { actorOf, auditActorOf } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { csvText } from '../../http/csv.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent, listAuditEvents } from './audit.repository.ts';
import {
  auditSearchQuery,
  csvColumns,
  csvRow,
  resolveAuditFilter,
  usedFilters,
  withReferences,
} from './search-audit.ts';
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
    /** The request's reference, when the record is a request. */
    requestReference: z.string().nullable(),
    patientId: z.uuid().nullable(),
    clientAddress: z.string(),
    outcome: z.enum(['allowed', 'denied']),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });

/** The most rows one CSV export holds; the page says when an export stopped there. */
const maxExportRows = 10_000;

export function auditRoutes(app: App, services: Services) {
  /** A system administrator reads everything; a service administrator, what their organisations' staff did. */
  const scopeOf = (request: Parameters<typeof actorOf>[0]) => {
    const actor = actorOf(request);
    return hasRole(actor, 'system_admin')
      ? ('all' as const)
      : actor.memberships.filter((m) => m.roles.includes('service_admin')).map((m) => m.organisationId);
  };

  app.get(
    '/api/audit-events',
    {
      config: { access: ['service_admin', 'system_admin'] },
      schema: {
        summary:
          'Search the audit trail, newest first: everything, for a system administrator; your organisation’s staff, for a service administrator',
        tags: ['audit'],
        querystring: auditSearchQuery.extend({
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: {
          200: z.object({
            events: z.array(auditEventSchema),
            /** Pass as `before` for the next, older page; null when there is none. */
            nextBefore: z.number().int().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { limit, ...query } = request.query;
      return withTransaction(services.pool, async (tx) => {
        const filter = await resolveAuditFilter(tx, scopeOf(request), query);
        const events = filter ? await listAuditEvents(tx, { ...filter, limit: limit + 1 }) : [];
        const page = events.slice(0, limit);
        await appendAuditEvent(tx, auditActorOf(request), services.clock.now(), {
          action: 'audit.viewed',
          detail: { count: page.length, filters: usedFilters(query) },
        });
        return {
          events: await withReferences(tx, page),
          nextBefore: events.length > limit ? page.at(-1)!.seq : null,
        };
      });
    },
  );

  app.get(
    '/api/audit-events.csv',
    {
      config: { access: ['service_admin', 'system_admin'] },
      schema: {
        summary: `The audit events a search finds, newest first, as CSV (at most ${maxExportRows.toLocaleString('en-GB')} rows)`,
        tags: ['audit'],
        querystring: auditSearchQuery,
      },
    },
    async (request, reply) => {
      const query = request.query;
      const csv = await withTransaction(services.pool, async (tx) => {
        const filter = await resolveAuditFilter(tx, scopeOf(request), query);
        const events = filter ? await listAuditEvents(tx, { ...filter, limit: maxExportRows }) : [];
        await appendAuditEvent(tx, auditActorOf(request), services.clock.now(), {
          action: 'audit.exported',
          detail: { count: events.length, filters: usedFilters(query) },
        });
        return csvText([csvColumns, ...(await withReferences(tx, events)).map(csvRow)]);
      });
      const name = `audit-trail-${services.clock.now().toISOString().slice(0, 10)}.csv`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );

  app.get(
    '/api/audit-events/verification',
    {
      config: { access: ['service_admin', 'system_admin'] },
      schema: {
        summary:
          'Check the hash chain of the whole audit trail: every row links to the one before and none was changed or removed',
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
