/** Clinic days are London calendar days, whatever the zone of the tablet's browser. */
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const longDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** The London calendar day (`YYYY-MM-DD`) an instant falls on; today by default. */
export function londonDate(at: string | Date = new Date()): string {
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** A `YYYY-MM-DD` that names a real day, or null. */
export function calendarDate(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : value;
}

/** The calendar day `days` after (or before) another. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "Friday 21 November 2026" for a calendar day (Intl puts a comma after the weekday; NHS.UK style has none). */
export function formatLongDate(isoDate: string): string {
  const parts = Object.fromEntries(
    longDay.formatToParts(new Date(`${isoDate}T00:00:00Z`)).map((part) => [part.type, part.value]),
  );
  return `${parts['weekday']} ${parts['day']} ${parts['month']} ${parts['year']}`;
}
