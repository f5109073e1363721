import type { Tx } from '../../db/database.ts';
import { atLondonTime } from '../../working-days.ts';
import { addMonths } from './dashboard-period.ts';
import { countAnswered, countAppointments, countReceived, countRefused, countSlots } from './dashboard.repository.ts';
import { MonthFactsBuilder, type MonthFacts } from './month-facts.ts';

/**
 * Adds up a run of consecutive months of one service at the grain the dashboard keeps (month-facts.ts): the received
 * requests from their kept counts (which must be complete for these months: see readMonths), the outcomes and clinics
 * from their own tables. Every month of the run gets facts, empty ones too.
 */
export async function countMonths(
  tx: Tx,
  options: { serviceId: string; months: string[]; calendar: { first: string; numbers: number[] } },
): Promise<Map<string, MonthFacts>> {
  const { serviceId, months } = options;
  const range = {
    serviceId,
    start: atLondonTime(`${months[0]}-01`, '00:00'),
    end: atLondonTime(`${addMonths(months.at(-1)!, 1)}-01`, '00:00'),
  };
  const builders = new Map(months.map((m) => [m, new MonthFactsBuilder()]));
  const of = (month: string) => {
    const builder = builders.get(month);
    if (!builder) throw new Error(`counted a month outside ${months[0]}–${months.at(-1)}: ${month}`);
    return builder;
  };

  const named = { serviceId, firstMonth: months[0]!, lastMonth: months.at(-1)! };
  for (const r of await countReceived(tx, named)) {
    const b = of(r.month);
    b.facts.received.push([
      r.kind,
      b.practice(r.practiceId),
      b.consultant(r.consultantId),
      r.received,
      r.urgent,
      r.withPhotographs,
      r.redirectedAtIntake,
      r.notAccepted,
      r.photographs,
      r.photographsWithWarning,
      r.returnedForPhotographs,
    ]);
  }
  for (const r of await countRefused(tx, named)) {
    const b = of(r.month);
    b.facts.refused.push([r.kind, b.practice(r.practiceId), r.rule, r.requests]);
  }
  for (const r of await countAnswered(tx, range, options.calendar)) {
    const b = of(r.month);
    const practice = b.practice(r.practiceId);
    const consultant = b.consultant(r.consultantId);
    if (r.byCategory) b.facts.answered.push([r.kind, practice, consultant, r.category!, r.outcomes, r.withinTarget]);
    else if (r.days !== null) b.facts.turnaround.push([r.kind, practice, consultant, r.days, r.outcomes]);
  }
  for (const s of await countSlots(tx, range)) {
    Object.assign(of(s.month).facts.clinics, { slotsAvailable: s.available, slotsUsed: s.used });
  }
  for (const { month, ...counts } of await countAppointments(tx, range)) Object.assign(of(month).facts.clinics, counts);

  return new Map([...builders].map(([month, builder]) => [month, builder.facts]));
}
