import type { Queryable } from '../../db/database.ts';
import { factsVersion, type MonthFacts } from './month-facts.ts';

/**
 * What the dashboard keeps counted (migration 0017): each service's months, the months whose received requests all
 * have their own counts, and the changes the triggers have noted since. Months are 'YYYY-MM' here and the first day
 * of the month in the database.
 */

export type Changes = { all: boolean; months: string[]; requestIds: string[] };

/**
 * Takes the service's noted changes: the months they touch (every month when a change touched them all) and the
 * requests whose own counts changed. Changes committed after this statement stay for the next reader.
 */
export async function takeChanges(tx: Queryable, serviceId: string): Promise<Changes> {
  const { rows } = await tx.query<{ month: string | null; requestId: string | null }>(
    `DELETE FROM dashboard_changes WHERE service_id = $1
     RETURNING to_char(month, 'YYYY-MM') AS month, request_id AS "requestId"`,
    [serviceId],
  );
  return {
    all: rows.some((r) => r.month === null),
    months: [...new Set(rows.map((r) => r.month).filter((m): m is string => m !== null))],
    requestIds: [...new Set(rows.map((r) => r.requestId).filter((id): id is string => id !== null))],
  };
}

/** Forgets the kept months that changed, so that they are added up again. */
export async function forgetMonths(tx: Queryable, serviceId: string, changes: Changes): Promise<void> {
  if (!changes.all && changes.months.length === 0) return;
  await tx.query(`DELETE FROM dashboard_months WHERE service_id = $1 AND ($2 OR to_char(month, 'YYYY-MM') = ANY($3))`, [
    serviceId,
    changes.all,
    changes.months,
  ]);
}

/** The months kept for the service among those asked for, in the current version of the facts. */
export async function keptMonths(tx: Queryable, serviceId: string, months: string[]): Promise<Map<string, MonthFacts>> {
  const { rows } = await tx.query<{ month: string; facts: MonthFacts }>(
    `SELECT to_char(month, 'YYYY-MM') AS month, facts FROM dashboard_months
     WHERE service_id = $1 AND month = ANY($2::date[]) AND (facts->>'version')::int = $3`,
    [serviceId, months.map((m) => `${m}-01`), factsVersion],
  );
  return new Map(rows.map((r) => [r.month, r.facts]));
}

/** Keeps newly counted months (replacing what another reader kept of them meanwhile). */
export async function keepMonths(tx: Queryable, serviceId: string, counted: Map<string, MonthFacts>, at: Date) {
  if (counted.size === 0) return;
  const months = [...counted.keys()].sort();
  await tx.query(
    `INSERT INTO dashboard_months (service_id, month, computed_at, facts)
     SELECT $1, (m || '-01')::date, $2, f FROM unnest($3::text[], $4::jsonb[]) AS k (m, f)
     ON CONFLICT (service_id, month) DO UPDATE SET computed_at = excluded.computed_at, facts = excluded.facts`,
    [serviceId, at, months, months.map((m) => JSON.stringify(counted.get(m)))],
  );
}

/** Of these months, those whose received requests all have their own counts kept. */
export async function requestMonthsKept(tx: Queryable, serviceId: string, months: string[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ month: string }>(
    `SELECT to_char(month, 'YYYY-MM') AS month FROM dashboard_request_months
     WHERE service_id = $1 AND month = ANY($2::date[])`,
    [serviceId, months.map((m) => `${m}-01`)],
  );
  return new Set(rows.map((r) => r.month));
}

export async function markRequestMonthsKept(tx: Queryable, serviceId: string, months: string[]) {
  if (months.length === 0) return;
  await tx.query(
    `INSERT INTO dashboard_request_months (service_id, month)
     SELECT $1, (m || '-01')::date FROM unnest($2::text[]) m ORDER BY 2 ON CONFLICT DO NOTHING`,
    [serviceId, [...months].sort()],
  );
}
