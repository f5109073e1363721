import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { londonDate, workingDaysBetween } from '../../working-days.ts';
import { addMonths, dashboardPeriod, turnaroundCalendar, workingDayNumbers } from './dashboard-period.ts';

const dayIndex = (first: string, date: string) => (Date.parse(date) - Date.parse(first)) / 86_400_000;

describe('working-day numbers, as the dashboard counts turnaround with them', () => {
  it('give the working days between two instants exactly as workingDaysBetween does', () => {
    const first = '2024-01-01';
    const numbers = workingDayNumbers(first, '2027-12-31');
    const instant = fc
      .integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2027-12-30T00:00:00Z') })
      .map((ms) => new Date(ms));
    fc.assert(
      fc.property(instant, instant, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const counted = numbers[dayIndex(first, londonDate(b))]! - numbers[dayIndex(first, londonDate(a))]!;
        expect(counted).toBe(workingDaysBetween(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('skip weekends and England and Wales bank holidays (Easter 2026)', () => {
    // Thursday 2 April to Tuesday 7 April 2026: Good Friday and Easter Monday are not working days.
    expect(workingDayNumbers('2026-04-02', '2026-04-07')).toEqual([1, 1, 1, 1, 1, 2]);
  });
});

describe('the period of a dashboard', () => {
  const now = new Date('2026-05-07T10:00:00Z');

  it('is the twelve months up to the current London month by default', () => {
    const period = dashboardPeriod({ now });
    expect(period.from).toBe('2025-06');
    expect(period.to).toBe('2026-05');
    expect(period.months).toHaveLength(12);
    // Midnight in London, in summer time, on 1 June 2025 and on 1 June 2026.
    expect(period.start.toISOString()).toBe('2025-05-31T23:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-05-31T23:00:00.000Z');
  });

  it('counts months across the turn of a year, and refuses a backwards or too long period', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(dashboardPeriod({ from: '2025-12', to: '2026-01', now }).months).toEqual(['2025-12', '2026-01']);
    expect(() => dashboardPeriod({ from: '2026-02', to: '2026-01', now })).toThrow(RangeError);
    expect(() => dashboardPeriod({ from: '2023-01', to: '2026-01', now })).toThrow(/at most 36/);
  });

  it('counts turnaround on a calendar from five years before the period to a week after now', () => {
    const calendar = turnaroundCalendar(dashboardPeriod({ from: '2026-03', to: '2026-04', now }), now);
    expect(calendar.first).toBe('2021-03-01');
    expect(calendar.numbers).toHaveLength(dayIndex('2021-03-01', '2026-05-14') + 1);
  });
});
