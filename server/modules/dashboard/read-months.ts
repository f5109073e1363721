import type { Tx } from '../../db/database.ts';
import { atLondonTime } from '../../working-days.ts';
import { countMonths } from './count-months.ts';
import { addMonths, turnaroundCalendar, type Period } from './dashboard-period.ts';
import {
  forgetMonths,
  keepMonths,
  keptMonths,
  markRequestMonthsKept,
  requestMonthsKept,
  takeChanges,
} from './dashboard-months.repository.ts';
import { countRequests } from './dashboard.repository.ts';
import type { MonthFacts } from './month-facts.ts';

/**
 * The facts of every month of the period. The changes noted since the last reading are taken first: the requests they
 * name are counted again, and the months they touch forgotten. Then the kept months are read as kept, and the others
 * added up now (counting first every request of a month whose requests were never counted) and kept.
 */
export async function readMonths(
  tx: Tx,
  { serviceId, period, at }: { serviceId: string; period: Period; at: Date },
): Promise<Map<string, MonthFacts>> {
  const changes = await takeChanges(tx, serviceId);
  await forgetMonths(tx, serviceId, changes);
  await countRequests(tx, { serviceId, requestIds: changes.requestIds });
  const kept = await keptMonths(tx, serviceId, period.months);
  const missing = period.months.filter((m) => !kept.has(m));
  if (missing.length === 0) return kept;

  const requestsKept = await requestMonthsKept(tx, serviceId, missing);
  const uncounted = missing.filter((m) => !requestsKept.has(m));
  for (const run of consecutiveRuns(uncounted)) {
    const start = atLondonTime(`${run[0]}-01`, '00:00');
    const end = atLondonTime(`${addMonths(run.at(-1)!, 1)}-01`, '00:00');
    await countRequests(tx, { serviceId, start, end });
  }
  await markRequestMonthsKept(tx, serviceId, uncounted);

  const counted = new Map<string, MonthFacts>();
  const calendar = turnaroundCalendar(period, at);
  for (const run of consecutiveRuns(missing)) {
    for (const [month, facts] of await countMonths(tx, { serviceId, months: run, calendar })) counted.set(month, facts);
  }
  await keepMonths(tx, serviceId, counted, at);
  return new Map(period.months.map((m) => [m, kept.get(m) ?? counted.get(m)!]));
}

function consecutiveRuns(months: string[]): string[][] {
  const runs: string[][] = [];
  for (const month of months) {
    const run = runs.at(-1);
    if (run && addMonths(run.at(-1)!, 1) === month) run.push(month);
    else runs.push([month]);
  }
  return runs;
}
