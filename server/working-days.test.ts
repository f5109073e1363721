import { describe, expect, test } from 'vitest';
import {
  addWorkingDays,
  atLondonTime,
  endOfLondonDay,
  extendByPausedWorkingDays,
  isBankHoliday,
  isWorkingDay,
  londonDate,
  workingDaysBetween,
} from './working-days.ts';

const at = (iso: string) => new Date(iso);

describe('isWorkingDay', () => {
  test.each([
    ['2026-11-23', true, 'a Monday'],
    ['2026-11-27', true, 'a Friday'],
    ['2026-11-28', false, 'a Saturday'],
    ['2026-11-29', false, 'a Sunday'],
    ['2026-12-24', true, 'Christmas Eve is a working day'],
    ['2026-12-25', false, 'Christmas Day (Friday)'],
    ['2026-12-28', false, 'Boxing Day substitute (Monday)'],
    ['2026-12-29', true, 'the Tuesday after Christmas'],
    ['2026-12-31', true, "New Year's Eve"],
    ['2027-01-01', false, "New Year's Day (Friday)"],
    ['2026-04-03', false, 'Good Friday 2026'],
    ['2026-04-06', false, 'Easter Monday 2026'],
    ['2026-05-04', false, 'Early May bank holiday 2026'],
    ['2026-05-25', false, 'Spring bank holiday 2026'],
    ['2026-08-31', false, 'Summer bank holiday 2026 (England and Wales, not Scotland)'],
    ['2027-03-26', false, 'Good Friday 2027'],
    ['2027-03-29', false, 'Easter Monday 2027'],
    ['2027-12-27', false, 'Christmas Day substitute 2027'],
    ['2027-12-28', false, 'Boxing Day substitute 2027'],
    ['2026-03-16', true, "the Monday after Mother's Day (an observance, not a bank holiday)"],
    ['2026-03-17', true, "St Patrick's Day is not a bank holiday in England and Wales"],
    ['2026-11-30', true, "St Andrew's Day is not a bank holiday in England and Wales"],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  test('Boxing Day 2026 falls on a Saturday and is still listed as a bank holiday', () => {
    expect(isBankHoliday('2026-12-26')).toBe(true);
    expect(isWorkingDay('2026-12-26')).toBe(false);
  });

  test.each(['2026-02-30', '26-01-01', '2026-1-1', '', '2026-13-01'])('refuses a malformed date %j', (date) => {
    expect(() => isWorkingDay(date)).toThrow(RangeError);
  });
});

describe('londonDate and endOfLondonDay', () => {
  test.each([
    ['2026-07-01T23:30:00Z', '2026-07-02', 'BST: 00:30 the next day in London'],
    ['2026-12-01T23:30:00Z', '2026-12-01', 'GMT: 23:30 the same day'],
    ['2026-10-24T23:30:00Z', '2026-10-25', 'the night clocks go back: 00:30 BST on Sunday'],
    ['2026-10-25T23:30:00Z', '2026-10-25', 'after clocks go back: 23:30 GMT on Sunday'],
    ['2027-03-27T23:30:00Z', '2027-03-27', 'the night clocks go forward: 23:30 GMT on Saturday'],
    ['2027-03-28T23:30:00Z', '2027-03-29', 'after clocks go forward: 00:30 BST on Monday'],
  ])('londonDate(%s) is %s (%s)', (instant, expected) => {
    expect(londonDate(at(instant))).toBe(expected);
  });

  test.each([
    ['2026-12-01', '2026-12-01T23:59:59.999Z'],
    ['2026-07-01', '2026-07-01T22:59:59.999Z'],
    ['2026-10-25', '2026-10-25T23:59:59.999Z'],
    ['2026-10-24', '2026-10-24T22:59:59.999Z'],
    ['2027-03-28', '2027-03-28T22:59:59.999Z'],
    ['2027-03-27', '2027-03-27T23:59:59.999Z'],
  ])('endOfLondonDay(%s) is %s', (date, expected) => {
    expect(endOfLondonDay(date).toISOString()).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  test.each([
    // from (instant), n, due (instant), why
    ['2026-11-23T09:00:00Z', 2, '2026-11-25T23:59:59.999Z', 'Monday morning, n=2 → end of Wednesday'],
    ['2026-11-23T23:00:00Z', 2, '2026-11-25T23:59:59.999Z', 'Monday late evening: the arrival day never counts'],
    ['2026-11-23T09:00:00Z', 3, '2026-11-26T23:59:59.999Z', 'referral target of 3'],
    ['2026-11-27T19:00:00Z', 2, '2026-12-01T23:59:59.999Z', 'Friday evening, n=2 → end of Tuesday'],
    ['2026-11-28T10:00:00Z', 2, '2026-12-01T23:59:59.999Z', 'Saturday counts from Monday → end of Tuesday'],
    ['2026-11-29T10:00:00Z', 2, '2026-12-01T23:59:59.999Z', 'Sunday counts from Monday → end of Tuesday'],
    ['2026-11-27T19:00:00Z', 1, '2026-11-30T23:59:59.999Z', 'Friday, n=1 → end of Monday'],
    ['2026-12-23T10:00:00Z', 2, '2026-12-29T23:59:59.999Z', 'Christmas: 24th, (25th, 26th, 27th, 28th off), 29th'],
    ['2026-12-24T10:00:00Z', 1, '2026-12-29T23:59:59.999Z', 'Christmas Eve, n=1 → the 29th'],
    ['2026-12-24T10:00:00Z', 3, '2026-12-31T23:59:59.999Z', "29th, 30th, 31st (New Year's Eve works)"],
    ['2026-12-24T10:00:00Z', 4, '2027-01-04T23:59:59.999Z', "29th, 30th, 31st, (New Year's Day, weekend), 4 Jan"],
    ['2026-12-30T10:00:00Z', 2, '2027-01-04T23:59:59.999Z', '31st, (1 Jan off, weekend), 4 Jan'],
    ['2026-12-25T10:00:00Z', 1, '2026-12-29T23:59:59.999Z', 'ready on Christmas Day counts from the 29th'],
    ['2026-10-23T17:00:00Z', 1, '2026-10-26T23:59:59.999Z', 'over the weekend clocks go back: due in GMT'],
    ['2026-10-23T17:00:00Z', 2, '2026-10-27T23:59:59.999Z', 'over the weekend clocks go back, n=2'],
    ['2026-10-24T23:30:00Z', 1, '2026-10-26T23:59:59.999Z', '00:30 BST on the Sunday clocks go back'],
    ['2026-10-25T23:30:00Z', 1, '2026-10-26T23:59:59.999Z', '23:30 GMT Sunday is still Sunday: Monday is day 1'],
    ['2027-03-25T17:00:00Z', 1, '2027-03-30T22:59:59.999Z', 'Easter 2027 and clocks go forward: due in BST'],
    ['2027-03-25T17:00:00Z', 2, '2027-03-31T22:59:59.999Z', 'Easter 2027, n=2'],
    ['2027-03-28T23:30:00Z', 1, '2027-03-30T22:59:59.999Z', '00:30 BST on Easter Monday counts from Tuesday'],
    ['2026-07-01T23:30:00Z', 1, '2026-07-03T22:59:59.999Z', 'just after midnight BST is the next London day'],
  ])('from %s, %i working days → %s (%s)', (from, n, due) => {
    expect(addWorkingDays(at(from), n).toISOString()).toBe(due);
  });

  test('n = 0 is the end of the first working day on or after the start day', () => {
    expect(addWorkingDays(at('2026-11-23T09:00:00Z'), 0).toISOString()).toBe('2026-11-23T23:59:59.999Z');
    expect(addWorkingDays(at('2026-12-25T09:00:00Z'), 0).toISOString()).toBe('2026-12-29T23:59:59.999Z');
  });

  test.each([-1, 1.5, Number.NaN])('refuses %s working days', (n) => {
    expect(() => addWorkingDays(at('2026-11-23T09:00:00Z'), n)).toThrow(RangeError);
  });

  test('refuses an invalid instant', () => {
    expect(() => addWorkingDays(new Date('not a date'), 2)).toThrow(RangeError);
  });

  test('the due instant always falls at the end of a working day in London', () => {
    let from = at('2026-09-01T08:00:00Z');
    for (let i = 0; i < 300; i += 1) {
      for (const n of [1, 2, 3, 5]) {
        const due = addWorkingDays(from, n);
        expect(isWorkingDay(londonDate(due))).toBe(true);
        expect(londonDate(new Date(due.getTime() + 1))).not.toBe(londonDate(due));
        expect(workingDaysBetween(from, due)).toBe(n);
      }
      from = new Date(from.getTime() + 29 * 3_600_000);
    }
  });
});

describe('workingDaysBetween', () => {
  test.each([
    ['2026-11-23T09:00:00Z', '2026-11-23T16:00:00Z', 0, 'the same day'],
    ['2026-11-23T09:00:00Z', '2026-11-24T09:00:00Z', 1, 'Monday to Tuesday'],
    ['2026-11-27T16:00:00Z', '2026-11-30T09:00:00Z', 1, 'Friday afternoon to Monday morning'],
    ['2026-11-28T10:00:00Z', '2026-11-29T10:00:00Z', 0, 'within a weekend'],
    ['2026-11-23T09:00:00Z', '2026-11-30T09:00:00Z', 5, 'a whole week'],
    ['2026-12-24T09:00:00Z', '2027-01-04T09:00:00Z', 4, 'over Christmas and New Year: 29, 30, 31 Dec, 4 Jan'],
    ['2026-10-23T12:00:00Z', '2026-10-26T12:00:00Z', 1, 'across the clocks going back'],
    ['2027-03-25T12:00:00Z', '2027-03-30T12:00:00Z', 1, 'across Easter and the clocks going forward'],
    ['2026-11-24T09:00:00Z', '2026-11-23T09:00:00Z', -1, 'backwards is negative'],
  ])('%s → %s is %i (%s)', (a, b, expected) => {
    expect(workingDaysBetween(at(a), at(b))).toBe(expected);
  });
});

describe('extendByPausedWorkingDays', () => {
  // Ready Monday 23 November 2026, 09:00, A&G target 2 → due end of Wednesday 25th.
  const due = addWorkingDays(at('2026-11-23T09:00:00Z'), 2);

  test('a pause within one day does not move the due date', () => {
    const extended = extendByPausedWorkingDays(due, at('2026-11-24T09:00:00Z'), at('2026-11-24T15:00:00Z'));
    expect(extended.toISOString()).toBe('2026-11-25T23:59:59.999Z');
  });

  test('a pause from Tuesday to Thursday adds two working days', () => {
    const extended = extendByPausedWorkingDays(due, at('2026-11-24T10:00:00Z'), at('2026-11-26T10:00:00Z'));
    expect(extended.toISOString()).toBe('2026-11-27T23:59:59.999Z');
  });

  test('a pause over a weekend adds only the working days', () => {
    const extended = extendByPausedWorkingDays(due, at('2026-11-24T10:00:00Z'), at('2026-11-30T10:00:00Z'));
    // Wed, Thu, Fri, Mon = 4 working days after the end of Wednesday 25th → Tue 1 Dec.
    expect(extended.toISOString()).toBe('2026-12-01T23:59:59.999Z');
  });

  test('a pause over Christmas skips the bank holidays on both sides', () => {
    const christmasDue = addWorkingDays(at('2026-12-22T09:00:00Z'), 2); // end of Thursday 24th
    expect(christmasDue.toISOString()).toBe('2026-12-24T23:59:59.999Z');
    const extended = extendByPausedWorkingDays(
      christmasDue,
      at('2026-12-23T10:00:00Z'),
      at('2026-12-29T10:00:00Z'), // 24th and 29th: two working days
    );
    expect(extended.toISOString()).toBe('2026-12-30T23:59:59.999Z');
  });

  test('an extension across the clocks going forward lands at the end of a BST day', () => {
    // Ready Wednesday 24 March 2027: Thursday 25th, then Good Friday, the weekend and Easter Monday, then Tuesday.
    const springDue = addWorkingDays(at('2027-03-24T09:00:00Z'), 2);
    expect(springDue.toISOString()).toBe('2027-03-30T22:59:59.999Z');
    const extended = extendByPausedWorkingDays(springDue, at('2027-03-25T09:00:00Z'), at('2027-03-30T09:00:00Z'));
    // Paused Thu → Tue crosses Tue 30th only (Fri 26th and Mon 29th are bank holidays): one day → Wed 31st.
    expect(extended.toISOString()).toBe('2027-03-31T22:59:59.999Z');
  });

  test('refuses a pause that ends before it starts', () => {
    expect(() => extendByPausedWorkingDays(due, at('2026-11-24T10:00:00Z'), at('2026-11-23T10:00:00Z'))).toThrow(
      RangeError,
    );
  });
});

describe('atLondonTime', () => {
  test('is the UTC instant of a London wall-clock time in winter and in summer', () => {
    expect(atLondonTime('2026-12-01', '10:00').toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(atLondonTime('2026-07-01', '10:00').toISOString()).toBe('2026-07-01T09:00:00.000Z');
    // The morning the clocks go back (25 October 2026): 10:00 is already GMT.
    expect(atLondonTime('2026-10-25', '10:00').toISOString()).toBe('2026-10-25T10:00:00.000Z');
    expect(atLondonTime('2026-03-29', '09:30').toISOString()).toBe('2026-03-29T08:30:00.000Z');
  });
  test('refuses a time that is not HH:MM', () => {
    expect(() => atLondonTime('2026-12-01', '25:00')).toThrow(RangeError);
  });
});
