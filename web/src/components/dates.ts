// Dates and times as NHS.UK pages write them, always in UK time whatever the browser's zone.
import { formatLondonDate, formatLondonTime, isCalendarDate, type Instant } from '../../../shared/london-time.ts';

/** "26 November 2026" for an instant, as it falls in London. */
export function formatDate(at: Instant): string {
  return formatLondonDate(at);
}

/** "2:05pm". */
export function formatTime(at: Instant): string {
  return formatLondonTime(at, '12-hour');
}

/** "26 November 2026 at 2:05pm". */
export function formatDateTime(at: Instant): string {
  return `${formatDate(at)} at ${formatTime(at)}`;
}

/** "Saturday 21 November 2026": a clinic's day, with its weekday so a clerk can read it to a patient. */
export function formatDay(at: Instant): string {
  return formatLondonDate(at, 'weekday-day-month-year');
}

/** "14 March 1961" for a calendar date (`YYYY-MM-DD`), which belongs to no time zone. */
export function formatCalendarDate(isoDate: string): string {
  return isCalendarDate(isoDate) ? formatLondonDate(isoDate) : isoDate;
}
