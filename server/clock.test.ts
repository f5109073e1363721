import { describe, expect, it } from 'vitest';
import { manualClock, offsetClock } from './clock.ts';

describe('the browser tests’ offset clock', () => {
  it('runs the given minutes from its base, moves forward when told and never back', () => {
    const real = manualClock('2026-11-23T22:30:00Z');
    const clock = offsetClock(-13 * 60 - 30, real);
    expect(clock.now().toISOString()).toBe('2026-11-23T09:00:00.000Z');
    real.advance({ minutes: 5 });
    expect(clock.now().toISOString()).toBe('2026-11-23T09:05:00.000Z');
    clock.advance({ minutes: 20 });
    expect(clock.now().toISOString()).toBe('2026-11-23T09:25:00.000Z');
    expect(() => clock.advance({ minutes: -1 })).toThrow(RangeError);
    expect(clock.now().toISOString()).toBe('2026-11-23T09:25:00.000Z');
  });
});
