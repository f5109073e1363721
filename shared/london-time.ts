/**
 * London time, the one place the service asks what day or hour it is in Europe/London (the server, the web
 * pages and the browser tests all use this module, so they agree across the BST/GMT changes).
 *
 * Calendar dates are ISO strings, 'YYYY-MM-DD', which belong to no time zone; instants are `Date`s or ISO
 * timestamps. Only the numbers come from Intl: names and punctuation are written here, so the text is the same
 * in Node and in every browser (some browsers put a comma after the weekday, which NHS.UK style leaves out).
 */

export type Instant = Date | string;

/** A London wall-clock reading; `weekday` is 0 for Sunday, as `Date#getDay`. */
export type LondonParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
};

// en-US with numeric fields and an explicit hour cycle: only the numbers are read, never the text.
const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const weekdayOf = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();

/** Reads a calendar date, throwing a RangeError unless it is a real 'YYYY-MM-DD' day. */
export function parseCalendarDate(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day)
      return { year, month, day };
  }
  throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${date}"`);
}

/** Whether a value is a real calendar date, 'YYYY-MM-DD'. */
export function isCalendarDate(value: string): boolean {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

/** The date `days` calendar days after (or, negative, before) a date. */
export function addCalendarDays(date: string, days: number): string {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function toDate(at: Instant): Date {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Expected a valid instant, got "${String(at)}"`);
  return instant;
}

/** London's wall clock at an instant. */
export function londonParts(at: Instant): LondonParts {
  const parts: Record<string, number> = {};
  for (const part of wallClock.formatToParts(toDate(at))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const [year, month, day] = [parts['year'] ?? 0, parts['month'] ?? 0, parts['day'] ?? 0];
  return {
    year,
    month,
    day,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
    weekday: weekdayOf(year, month, day),
  };
}

/** The London calendar date an instant falls on (today by default), 'YYYY-MM-DD'. */
export function londonDate(at: Instant = new Date()): string {
  const { year, month, day } = londonParts(at);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** How far London's clock is ahead of UTC at an instant, in minutes: 0 in GMT, 60 in BST. */
export function londonOffsetMinutes(at: Instant): number {
  const instant = toDate(at).getTime();
  const wall = londonParts(new Date(instant));
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return (wallAsUtc - Math.floor(instant / 1000) * 1000) / 60_000;
}

/**
 * The instant of a London wall-clock time given as if it were UTC (as a camera's EXIF time is read). The offset found
 * at a first guess is the offset at the answer, as clocks change at 01:00 UTC: a wall time in the hour that does not
 * exist (spring) comes out an hour later; one that happens twice (autumn) is the second, in GMT.
 */
export function fromLondonWallClock(wallAsUtc: number): Date {
  const guess = wallAsUtc - londonOffsetMinutes(new Date(wallAsUtc)) * 60_000;
  return new Date(wallAsUtc - londonOffsetMinutes(new Date(guess)) * 60_000);
}

/** The instant a London wall-clock time happens on a date: `atLondonTime('2026-07-01', '10:00')` is 09:00 UTC. */
export function atLondonTime(date: string, time: string): Date {
  const { year, month, day } = parseCalendarDate(date);
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`Expected a time as HH:MM, not ${time}`);
  return fromLondonWallClock(Date.UTC(year, month - 1, day, Number(match[1]), Number(match[2])));
}

/** The last millisecond of a calendar day in London (23:59:59.999 GMT or BST). */
export function endOfLondonDay(date: string): Date {
  const { year, month, day } = parseCalendarDate(date);
  return fromLondonWallClock(Date.UTC(year, month - 1, day, 23, 59, 59, 999));
}

/**
 * - 'day-month-year': "1 December 2026", as letters and pages write a date
 * - 'weekday-day-month-year': "Tuesday 1 December 2026"
 * - 'weekday-day-month': "Tuesday 1 December", for a day soon enough that the year goes without saying
 * - 'numeric': "01/12/2026"
 */
export type LondonDateStyle = 'day-month-year' | 'weekday-day-month-year' | 'weekday-day-month' | 'numeric';

/**
 * A date as the service writes it. An instant is written as the day it falls on in London; a calendar date
 * ('YYYY-MM-DD') is written as itself.
 */
export function formatLondonDate(at: Instant, style: LondonDateStyle = 'day-month-year'): string {
  const { year, month, day } =
    typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at) ? parseCalendarDate(at) : londonParts(at);
  const weekday = weekdayNames[weekdayOf(year, month, day)];
  const monthName = monthNames[month - 1];
  switch (style) {
    case 'day-month-year':
      return `${day} ${monthName} ${year}`;
    case 'weekday-day-month-year':
      return `${weekday} ${day} ${monthName} ${year}`;
    case 'weekday-day-month':
      return `${weekday} ${day} ${monthName}`;
    case 'numeric':
      return `${pad(day)}/${pad(month)}/${year}`;
  }
}

/**
 * - '24-hour': "14:05", as letters and emails write a time
 * - '12-hour': "2:05pm", as NHS.UK pages write one (midnight is 12:00am)
 * - '24-hour-seconds': "14:05:09"
 */
export type LondonTimeStyle = '24-hour' | '12-hour' | '24-hour-seconds';

/** The time on London's clocks at an instant. */
export function formatLondonTime(at: Instant, style: LondonTimeStyle = '24-hour'): string {
  const { hour, minute, second } = londonParts(at);
  switch (style) {
    case '24-hour':
      return `${pad(hour)}:${pad(minute)}`;
    case '12-hour':
      return `${hour % 12 || 12}:${pad(minute)}${hour < 12 ? 'am' : 'pm'}`;
    case '24-hour-seconds':
      return `${pad(hour)}:${pad(minute)}:${pad(second)}`;
  }
}
