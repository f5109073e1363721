import Holidays from 'date-holidays';
import { addCalendarDays, endOfLondonDay, londonDate, parseCalendarDate } from '../shared/london-time.ts';

// Callers have long asked this module for London dates; the calendar itself lives in shared/.
export { addCalendarDays, atLondonTime, endOfLondonDay, londonDate } from '../shared/london-time.ts';

/**
 * Working days for response targets (DESIGN.md §2): Monday to Friday in England and Wales, less the bank
 * holidays, with every calendar question asked in Europe/London so that a case that becomes ready at
 * 00:30 BST counts from the day the service sees on its clocks, not the UTC day before.
 *
 * Dates without a time are ISO calendar dates, 'YYYY-MM-DD'; instants are `Date`s.
 */

// The bank holiday list comes from date-holidays so that nobody has to remember to add next year's
// substitute days. Only 'public' holidays close the service; date-holidays also lists observances such as
// Mother's Day, which are ordinary working days.
const englandAndWales = new Holidays('GB', 'ENG');
const bankHolidaysByYear = new Map<number, ReadonlySet<string>>();

function bankHolidaysIn(year: number): ReadonlySet<string> {
  let holidays = bankHolidaysByYear.get(year);
  if (!holidays) {
    holidays = new Set(
      englandAndWales
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    bankHolidaysByYear.set(year, holidays);
  }
  return holidays;
}

/** Whether a date is an England and Wales bank holiday (substitute days included). */
export function isBankHoliday(date: string): boolean {
  const { year } = parseCalendarDate(date);
  return bankHolidaysIn(year).has(date);
}

/** Monday to Friday and not an England and Wales bank holiday. */
export function isWorkingDay(date: string): boolean {
  const { year, month, day } = parseCalendarDate(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !bankHolidaysIn(year).has(date);
}

function assertWholeDays(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Expected a whole number of working days, got ${n}`);
}

/**
 * The due instant for a response target of `n` working days counted from `from` (when the case became ready
 * for review).
 *
 * The day the case arrives never counts, whatever the time: a case ready at 08:00 and one ready at 23:00 on
 * the same day are due together, so the consultant always gets n whole working days. The target is met if
 * the response comes by 23:59:59.999 Europe/London on the nth working day after the start day, the usual
 * NHS reading of "within n working days" (not 17:00, which would penalise an evening answer to a morning
 * case). So with n = 2:
 * - ready Friday evening → Monday is day 1, due by the end of Tuesday;
 * - ready on Saturday → the weekend does not count, Monday is day 1, due by the end of Tuesday as well;
 * - ready on Thursday before a bank-holiday Monday → Friday, Tuesday; due by the end of Tuesday.
 *
 * With n = 0 the case is due by the end of the first working day on or after the start day.
 */
export function addWorkingDays(from: Date, n: number): Date {
  assertWholeDays(n);
  let date = londonDate(from);
  if (n === 0) {
    while (!isWorkingDay(date)) date = addCalendarDays(date, 1);
    return endOfLondonDay(date);
  }
  let counted = 0;
  while (counted < n) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date)) counted += 1;
  }
  return endOfLondonDay(date);
}

/**
 * The number of working days whose start was crossed going from `a` to `b`: the working days after a's
 * London date, up to and including b's. Two instants on the same day give 0; Friday 16:00 to Monday 09:00
 * gives 1. It is the inverse of {@link addWorkingDays}: `workingDaysBetween(t, addWorkingDays(t, n)) === n`.
 * Negative when `b` is before `a`.
 */
export function workingDaysBetween(a: Date, b: Date): number {
  if (b.getTime() < a.getTime()) return -workingDaysBetween(b, a);
  const last = londonDate(b);
  let date = londonDate(a);
  let count = 0;
  while (date < last) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date)) count += 1;
  }
  return count;
}

/**
 * Moves a due date on by the working days the clock was paused (while information was requested from the
 * referrer or the patient), so the consultant is not charged for time the case spent waiting on others.
 * A pause that starts and ends on the same day does not move the due date.
 */
export function extendByPausedWorkingDays(due: Date, pausedFrom: Date, pausedTo: Date): Date {
  if (pausedTo.getTime() < pausedFrom.getTime()) throw new RangeError('A pause cannot end before it starts');
  const paused = workingDaysBetween(pausedFrom, pausedTo);
  if (paused === 0) return new Date(due.getTime());
  return addWorkingDays(due, paused);
}
