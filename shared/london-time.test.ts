import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addCalendarDays,
  atLondonTime,
  endOfLondonDay,
  formatLondonDate,
  formatLondonTime,
  isCalendarDate,
  londonDate,
  londonOffsetMinutes,
  londonParts,
  parseCalendarDate,
} from './london-time.ts';

const at = (iso: string) => new Date(iso);

describe('the London calendar date', () => {
  test('is the UTC date in winter and can be the next day in summer', () => {
    expect(londonDate(at('2026-01-15T23:30:00Z'))).toBe('2026-01-15');
    expect(londonDate(at('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(londonDate('2026-07-01T22:59:59Z')).toBe('2026-07-01');
  });

  test('follows the clocks on the changeover days', () => {
    // 29 March 2026: 01:00 GMT becomes 02:00 BST. 25 October 2026: 02:00 BST becomes 01:00 GMT.
    expect(londonParts(at('2026-03-29T00:59:59Z'))).toMatchObject({ day: 29, hour: 0, minute: 59, second: 59 });
    expect(londonParts(at('2026-03-29T01:00:00Z'))).toMatchObject({ day: 29, hour: 2, minute: 0 });
    expect(londonParts(at('2026-10-25T00:30:00Z'))).toMatchObject({ day: 25, hour: 1, minute: 30 });
    expect(londonParts(at('2026-10-25T01:30:00Z'))).toMatchObject({ day: 25, hour: 1, minute: 30 });
    expect(londonDate(at('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(londonDate(at('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
  });

  test('gives the weekday, Sunday as 0', () => {
    expect(londonParts(at('2026-03-29T12:00:00Z')).weekday).toBe(0);
    expect(londonParts(at('2026-12-01T10:00:00Z')).weekday).toBe(2);
  });

  test('refuses an invalid instant', () => {
    expect(() => londonDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('the offset from UTC', () => {
  test('is an hour in BST and nothing in GMT, changing at 01:00 UTC', () => {
    expect(londonOffsetMinutes(at('2026-03-29T00:59:59Z'))).toBe(0);
    expect(londonOffsetMinutes(at('2026-03-29T01:00:00Z'))).toBe(60);
    expect(londonOffsetMinutes(at('2026-10-25T00:59:59Z'))).toBe(60);
    expect(londonOffsetMinutes(at('2026-10-25T01:00:00Z'))).toBe(0);
  });
});

describe('a London wall-clock time on a date', () => {
  test('is the instant the clocks in London show it', () => {
    expect(atLondonTime('2026-07-01', '10:00').toISOString()).toBe('2026-07-01T09:00:00.000Z');
    expect(atLondonTime('2026-12-01', '10:00').toISOString()).toBe('2026-12-01T10:00:00.000Z');
  });

  test('on the changeover days: the missing hour comes out an hour later, the doubled hour is the second (GMT)', () => {
    expect(atLondonTime('2026-03-29', '00:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(atLondonTime('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(atLondonTime('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(atLondonTime('2026-10-25', '01:30').toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(atLondonTime('2026-10-25', '02:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  test('the end of the day is 23:59:59.999 on London clocks', () => {
    expect(endOfLondonDay('2026-03-29').toISOString()).toBe('2026-03-29T22:59:59.999Z');
    expect(endOfLondonDay('2026-10-25').toISOString()).toBe('2026-10-25T23:59:59.999Z');
    expect(endOfLondonDay('2026-03-28').toISOString()).toBe('2026-03-28T23:59:59.999Z');
  });

  test('refuses what is not a date or a time', () => {
    expect(() => atLondonTime('2026-02-30', '10:00')).toThrow(RangeError);
    expect(() => atLondonTime('2026-12-01', '24:00')).toThrow(RangeError);
  });

  test('reads back as the same date and time, whatever the day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: at('2020-01-01T00:00:00Z'), max: at('2035-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (day, hour, minute) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const instant = atLondonTime(date, time);
          // Only the hour that spring skips cannot read back.
          if (londonOffsetMinutes(instant) === 60 && hour === 1 && londonParts(instant).hour === 2) return;
          expect(londonDate(instant)).toBe(date);
          expect(formatLondonTime(instant)).toBe(time);
        },
      ),
    );
  });
});

describe('calendar dates', () => {
  test('are real days only', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('2026-03-29')).toBe(true);
  });

  test('move by calendar days across months, years and the changeover', () => {
    expect(addCalendarDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('dates and times as the service writes them', () => {
  const instant = at('2026-12-01T14:05:09Z');

  test('in each style', () => {
    expect(formatLondonDate(instant)).toBe('1 December 2026');
    expect(formatLondonDate(instant, 'weekday-day-month-year')).toBe('Tuesday 1 December 2026');
    expect(formatLondonDate(instant, 'weekday-day-month')).toBe('Tuesday 1 December');
    expect(formatLondonDate(instant, 'numeric')).toBe('01/12/2026');
    expect(formatLondonTime(instant)).toBe('14:05');
    expect(formatLondonTime(instant, '12-hour')).toBe('2:05pm');
    expect(formatLondonTime(instant, '24-hour-seconds')).toBe('14:05:09');
  });

  test('a calendar date is that day, not the London day of its UTC midnight', () => {
    expect(formatLondonDate('1961-03-14')).toBe('14 March 1961');
    expect(formatLondonDate('2026-03-29', 'weekday-day-month-year')).toBe('Sunday 29 March 2026');
  });

  test('midnight and noon on a 12-hour clock', () => {
    expect(formatLondonTime(at('2026-07-01T23:30:00Z'), '12-hour')).toBe('12:30am');
    expect(formatLondonTime(at('2026-07-01T11:05:00Z'), '12-hour')).toBe('12:05pm');
  });

  test('on the changeover days', () => {
    expect(formatLondonTime(at('2026-03-29T00:59:00Z'))).toBe('00:59');
    expect(formatLondonTime(at('2026-03-29T01:00:00Z'))).toBe('02:00');
    expect(formatLondonTime(at('2026-10-25T00:30:00Z'), '12-hour')).toBe('1:30am');
    expect(formatLondonTime(at('2026-10-25T01:30:00Z'), '12-hour')).toBe('1:30am');
    expect(formatLondonDate(at('2026-10-24T23:30:00Z'), 'weekday-day-month')).toBe('Sunday 25 October');
  });

  // The letters, emails and pages were written with Intl in en-GB before this module; their text must not change.
  test('the same text as Intl in en-GB, for any instant', () => {
    const intl = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...options });
    const long = intl({ day: 'numeric', month: 'long', year: 'numeric' });
    const weekdayLong = intl({ weekday: 'long', day: 'numeric', month: 'long' });
    const dateTime = intl({ dateStyle: 'long', timeStyle: 'short' });
    const escalationDue = intl({ weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
    const twelveHour = intl({ hour: 'numeric', minute: '2-digit', hour12: true });
    fc.assert(
      fc.property(
        fc.date({ min: at('2000-01-01T00:00:00Z'), max: at('2040-12-31T00:00:00Z'), noInvalidDate: true }),
        (instant) => {
          expect(formatLondonDate(instant)).toBe(long.format(instant));
          expect(formatLondonDate(instant, 'weekday-day-month')).toBe(weekdayLong.format(instant));
          expect(`${formatLondonDate(instant)} at ${formatLondonTime(instant)}`).toBe(dateTime.format(instant));
          expect(`${formatLondonDate(instant, 'weekday-day-month')} at ${formatLondonTime(instant)}`).toBe(
            escalationDue.format(instant),
          );
          expect(formatLondonTime(instant, '12-hour')).toBe(
            twelveHour.format(instant).replace(/\s/g, '').toLowerCase(),
          );
          expect(`${formatLondonDate(instant, 'numeric')}, ${formatLondonTime(instant, '24-hour-seconds')}`).toBe(
            instant.toLocaleString('en-GB', { timeZone: 'Europe/London' }),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
