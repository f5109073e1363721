import { describe, expect, test } from 'vitest';
import { dayStatus } from './clinic-day.ts';
import { applyDidNotAttendRule } from './mark-did-not-attend.ts';
import { requiredViews } from './required-views.ts';

describe('required views', () => {
  test('a small lesion, or one whose size was not recorded, gets a dermoscopic view too', () => {
    expect(requiredViews({ sizeMm: 6 })).toEqual(['regional', 'close_up', 'dermoscopic']);
    expect(requiredViews({ sizeMm: 20 })).toEqual(['regional', 'close_up', 'dermoscopic']);
    expect(requiredViews({ sizeMm: null })).toEqual(['regional', 'close_up', 'dermoscopic']);
  });
  test('a larger one gets a regional view and a close-up', () => {
    expect(requiredViews({ sizeMm: 20.5 })).toEqual(['regional', 'close_up']);
  });
});

describe('the did-not-attend rule', () => {
  test('offer once more: a first miss is offered again, a second goes back to the referrer', () => {
    expect(applyDidNotAttendRule('offer_once_more', 1)).toBe('offer_again');
    expect(applyDidNotAttendRule('offer_once_more', 2)).toBe('returned_to_referrer');
    expect(applyDidNotAttendRule('offer_once_more', 3)).toBe('returned_to_referrer');
  });
  test('return to referrer: the first miss goes back', () => {
    expect(applyDidNotAttendRule('return_to_referrer', 1)).toBe('returned_to_referrer');
  });
});

describe('the clinic list status', () => {
  const at = new Date('2026-12-01T10:00:00Z');
  test.each([
    [{ appointmentStatus: 'booked', arrivedAt: null, imageCount: 0 }, 'expected'],
    [{ appointmentStatus: 'booked', arrivedAt: at, imageCount: 0 }, 'arrived'],
    [{ appointmentStatus: 'booked', arrivedAt: at, imageCount: 2 }, 'in_progress'],
    [{ appointmentStatus: 'attended', arrivedAt: at, imageCount: 3 }, 'done'],
    [{ appointmentStatus: 'did_not_attend', arrivedAt: null, imageCount: 0 }, 'did_not_attend'],
  ] as const)('%o is %s', (row, status) => {
    expect(dayStatus(row)).toBe(status);
  });
});
