/** Calendar dates and wall-clock times as the clinics keep them: in London, whatever the browser's zone. */
const london = 'Europe/London';

const isoDateParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: london,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: london,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** The London calendar date (`YYYY-MM-DD`) an instant falls on. */
export function londonDate(at: string | Date = new Date()): string {
  return isoDateParts.format(new Date(at));
}

/** A calendar date `days` later (or earlier), as `YYYY-MM-DD`. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const moved = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return moved.toISOString().slice(0, 10);
}

/** "Saturday 21 November 2026": a clinic's day, with its weekday so a clerk can read it to a patient. */
export function formatDay(at: string | Date): string {
  // Assembled from parts: some browsers put a comma after the weekday, which NHS.UK style leaves out.
  const parts = Object.fromEntries(dayFormat.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
  return `${parts['weekday']} ${parts['day']} ${parts['month']} ${parts['year']}`;
}

/** `YYYY-MM-DD` for a real calendar date as typed into a date input, or null. */
export function isoFromParts({ day, month, year }: { day: string; month: string; year: string }): string | null {
  const [d, m, y] = [day, month, year].map((part) => Number(part.trim()));
  if (!d || !m || !y || !/^\d{4}$/.test(year.trim())) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** `HH:MM` (24-hour) from what was typed: "9:30", "09.30", "1430"; null when it is not a time of day. */
export function clockTime(typed: string): string | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(typed.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
