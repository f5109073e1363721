import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { withTransaction } from '../../db/database.ts';
import { actorOf, auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Services } from '../../services.ts';
import { dashboardPeriod, type Period } from './dashboard-period.ts';
import { dashboardTables, tableCsv } from './dashboard-tables.ts';
import { dashboardReaders, dashboardServiceOf } from './dashboard.policy.ts';
import { dashboardCsvQuery, dashboardParams, dashboardQuery, dashboardSchema } from './dashboard.schemas.ts';
import { getDashboard } from './get-dashboard.ts';

type Query = z.infer<typeof dashboardQuery>;

export function dashboardRoutes(app: App, services: Services) {
  /** The service, if the caller reads its dashboard (else a 404, audited), and the period and filters asked for. */
  const readDashboard = async (
    request: FastifyRequest,
    serviceId: string,
    query: Query,
    format: Parameters<typeof getDashboard>[1]['format'],
  ) => {
    const service = dashboardServiceOf(actorOf(request), serviceId);
    if (!service) {
      await recordDenial(services, request, 'scope', { recordType: 'organisation', recordId: serviceId });
      throw notFound('service');
    }
    const at = services.clock.now();
    const period = periodOf(query, at);
    return withTransaction(services.pool, (tx) =>
      getDashboard(tx, {
        service,
        period,
        filters: {
          pathway: query.pathway ?? null,
          practiceId: query.practiceId ?? null,
          consultantId: query.consultantId ?? null,
        },
        at,
        auditActor: auditActorOf(request),
        format,
      }),
    );
  };

  app.get(
    '/api/services/:serviceId/dashboard',
    {
      config: { access: dashboardReaders },
      schema: {
        summary:
          "The service dashboard: volume, timeliness, outcomes, photograph quality, clinics and patients' feedback by month (docs/measures.md)",
        tags: ['dashboard'],
        params: dashboardParams,
        querystring: dashboardQuery,
        response: { 200: dashboardSchema, ...errorResponses },
      },
    },
    async (request) => {
      const dashboard = await readDashboard(request, request.params.serviceId, request.query, { kind: 'json' });
      return { ...dashboard, tables: dashboardTables(dashboard) };
    },
  );

  app.get(
    '/api/services/:serviceId/dashboard.csv',
    {
      config: { access: dashboardReaders },
      schema: {
        summary: "One of the service dashboard's tables as CSV, with the same period and filters",
        tags: ['dashboard'],
        params: dashboardParams,
        querystring: dashboardCsvQuery,
      },
    },
    async (request, reply) => {
      const { table: id, ...query } = request.query;
      const dashboard = await readDashboard(request, request.params.serviceId, query, { kind: 'csv', table: id });
      const table = dashboardTables(dashboard).find((t) => t.id === id)!;
      const name = `dashboard-${id}-${dashboard.period.from}-to-${dashboard.period.to}.csv`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(tableCsv(table));
    },
  );
}

function periodOf(query: Query, now: Date): Period {
  try {
    return dashboardPeriod({ from: query.from, to: query.to, now });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new AppError('validation_failed', error.message, {
      fieldErrors: [{ field: query.from && query.to && query.from > query.to ? 'from' : 'to', message: error.message }],
    });
  }
}
