import { addCalendarDays, atLondonTime, isWorkingDay, londonDate } from '../../working-days.ts';

/**
 * The months a dashboard covers, as London calendar months ('YYYY-MM'), and the instants that bound them: from
 * 00:00 London time on the first day of `from` up to (not including) 00:00 on the first day after `to`.
 */
export type Period = { from: string; to: string; months: string[]; start: Date; end: Date };

/** At most three years in one view: enough for a year-on-year comparison, few enough to read. */
export const maxMonths = 36;
/** Without a choice: the twelve months up to and including the current one. */
export const defaultMonths = 12;

export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month `n` months after (or, negative, before) a month. */
export function addMonths(month: string, n: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** The period asked for, or its default, checked: `from` not after `to`, and not more than {@link maxMonths}. */
export function dashboardPeriod(options: { from?: string | undefined; to?: string | undefined; now: Date }): Period {
  const to = options.to ?? londonDate(options.now).slice(0, 7);
  const from = options.from ?? addMonths(to, -(defaultMonths - 1));
  if (from > to) throw new RangeError('The first month must not be after the last');
  const months = monthsBetween(from, to);
  if (months.length > maxMonths) throw new RangeError(`Choose at most ${maxMonths} months`);
  return {
    from,
    to,
    months,
    start: atLondonTime(`${from}-01`, '00:00'),
    end: atLondonTime(`${addMonths(to, 1)}-01`, '00:00'),
  };
}

/**
 * Working-day numbers for the database to count with: entry i (from 0) is how many working days there are from
 * `first` to the day i days after it, inclusive, by {@link isWorkingDay} (England and Wales). The number of working
 * days from instant a to instant b is then number(b's London date) − number(a's London date): the working days
 * after a's date up to and including b's, exactly as `workingDaysBetween` counts them.
 */
export function workingDayNumbers(first: string, last: string): number[] {
  const key = `${first}:${last}`;
  const known = calendars.get(key);
  if (known) return known;
  const numbers: number[] = [];
  let count = 0;
  for (let day = first; day <= last; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
    numbers.push(count);
  }
  // A handful of calendars serve every reading of a day; the oldest goes when there are more.
  if (calendars.size >= 8) calendars.delete(calendars.keys().next().value!);
  calendars.set(key, numbers);
  return numbers;
}

const calendars = new Map<string, number[]>();

/**
 * The calendar the turnaround is counted on: from five years before the period (a case answered in the period that
 * became ready for review earlier than that has no turnaround and is left out of the median) to a week after the
 * later of the period's end and now.
 */
export function turnaroundCalendar(period: Period, now: Date): { first: string; numbers: number[] } {
  const first = `${addMonths(period.from, -60)}-01`;
  const lastInstant = period.end.getTime() > now.getTime() ? period.end : now;
  const last = addCalendarDays(londonDate(lastInstant), 7);
  return { first, numbers: workingDayNumbers(first, last) };
}
