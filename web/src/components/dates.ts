/** Dates and times as NHS.UK pages write them, always in UK time whatever the browser's zone. */
const london = 'Europe/London';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: london,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: london,
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

/** "26 November 2026" for an instant, as it falls in London. */
export function formatDate(at: string | Date): string {
  return dayFormat.format(new Date(at));
}

/** "2:05pm". */
export function formatTime(at: string | Date): string {
  return timeFormat.format(new Date(at)).replace(/\s/g, '').toLowerCase();
}

/** "26 November 2026 at 2:05pm". */
export function formatDateTime(at: string | Date): string {
  return `${formatDate(at)} at ${formatTime(at)}`;
}

/** "14 March 1961" for a calendar date (`YYYY-MM-DD`), which belongs to no time zone. */
export function formatCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
