import { formatLondonDate, formatLondonTime } from '../../../shared/london-time.ts';

/** An appointment's time as the patient reads it, in London: "Tuesday 1 December 2026 at 10:20". */
export function appointmentDateTime(at: Date): string {
  return `${formatLondonDate(at, 'weekday-day-month-year')} at ${formatLondonTime(at)}`;
}
