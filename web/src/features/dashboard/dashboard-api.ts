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

export type Unit = 'count' | 'percent' | 'days';

/** One of the dashboard's tables, as the service builds it for the page and for its CSV export alike. */
export type DashboardTable = {
  id: string;
  caption: string;
  rowHeading: string;
  columns: { key: string; label: string; unit: Unit }[];
  rows: { key: string; label: string; values: (number | null)[] }[];
};

/** GET /api/services/:serviceId/dashboard (docs/measures.md defines each figure). */
export type Dashboard = {
  service: { id: string; name: string };
  period: { from: string; to: string; months: string[] };
  filters: { pathway: RequestKind | null; practiceId: string | null; consultantId: string | null };
  targets: { adviceAndGuidance: number; referral: number };
  options: { practices: { id: string; name: string }[]; consultants: { id: string; name: string }[] };
  total: {
    volume: { received: number; withPhotographsPercent: number | null };
    timeliness: { answered: number; withinTargetPercent: number | null; medianWorkingDays: number | null };
    outcomes: { adviceWithoutReferralPercent: number | null; withoutFaceToFacePercent: number | null };
    feedback: { responses: number; positivePercent: number | null };
  };
  openNow: { pathway: RequestKind | 'all'; open: number; pastTarget: number; paused: number }[];
  tables: DashboardTable[];
  generatedAt: string;
};

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
