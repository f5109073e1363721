import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDate, formatDateTime, formatTime } from './dates.ts';

describe('dates on pages', () => {
  it('shows instants in London time whatever the zone of the computer, in summer and in winter', () => {
    // 23:30 UTC on 1 July is half past midnight on 2 July in London (BST); in January London is on UTC.
    expect(formatDateTime('2026-07-01T23:30:00Z')).toBe('2 July 2026 at 12:30am');
    expect(formatDateTime('2026-01-15T23:30:00Z')).toBe('15 January 2026 at 11:30pm');
    expect(formatTime(new Date('2026-11-26T14:05:00Z'))).toBe('2:05pm');
    expect(formatDate('2026-03-29T00:59:59Z')).toBe('29 March 2026');
  });

  it('shows a calendar date as that day everywhere, and leaves anything else as it came', () => {
    expect(formatCalendarDate('1961-03-14')).toBe('14 March 1961');
    expect(formatCalendarDate('2024-02-29')).toBe('29 February 2024');
    expect(formatCalendarDate('not a date')).toBe('not a date');
  });
});
