import type { ResponseBody } from '../../api/api-types.ts';
import { api } from '../../api/client.ts';
import type { RequestKind } from '../../../../shared/request-content.ts';

/** What the page may ask the dashboard for: a period of months (YYYY-MM) and the filters; empty means all. */
export type DashboardFilters = {
  from?: string | undefined;
  to?: string | undefined;
  pathway?: RequestKind | undefined;
  practiceId?: string | undefined;
  consultantId?: string | undefined;
};

/** GET /api/services/:serviceId/dashboard (docs/measures.md defines each figure). */
export type Dashboard = ResponseBody<'/api/services/{serviceId}/dashboard', 'get'>;
/** One of the dashboard's tables, as the service builds it for the page and for its CSV export alike. */
export type DashboardTable = Dashboard['tables'][number];
export type Unit = DashboardTable['columns'][number]['unit'];

function query(filters: DashboardFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const servicePath = (serviceId: string) => `/api/services/${encodeURIComponent(serviceId)}/dashboard`;

export const getDashboard = (serviceId: string, filters: DashboardFilters) =>
  api.get<Dashboard>(`${servicePath(serviceId)}${query(filters)}`);

/** The address of one table as CSV, with the same period and filters as the page. */
export const dashboardCsvUrl = (serviceId: string, table: string, filters: DashboardFilters) =>
  `${servicePath(serviceId)}.csv${query(filters, { table })}`;

/** The table the service calls `id`; every dashboard has all of them. */
export function tableOf(dashboard: Dashboard, id: string): DashboardTable {
  const table = dashboard.tables.find((t) => t.id === id);
  if (!table) throw new Error(`The dashboard has no table ${id}`);
  return table;
}
