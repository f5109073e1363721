import { londonDate } from '../../../../shared/london-time.ts';

const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const shortMonthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' });

const asDate = (month: string) => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1, 1));
};

/** "January 2026" for 2026-01. */
export const monthName = (month: string) => monthFormat.format(asDate(month));

/** "Jan 2026", for a chart's axis. */
export const shortMonthName = (month: string) => shortMonthFormat.format(asDate(month));

/** The month `n` months after (or, negative, before) a month, as YYYY-MM. */
export function addMonths(month: string, n: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The current month on London's calendar, as the service counts months. */
export function currentLondonMonth(now = new Date()): string {
  return londonDate(now).slice(0, 7);
}
