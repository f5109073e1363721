/** The time, injected so that tests can move it. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that tests can move forward through the service itself (the test environment only). */
export type MovableClock = Clock & { advance(by: { minutes: number }): void };

/** A clock for tests: starts where you say and moves only when told. */
export function manualClock(start: Date | string = '2026-11-23T09:00:00Z') {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance(ms: { minutes?: number; hours?: number; days?: number; seconds?: number }) {
      current +=
        (ms.seconds ?? 0) * 1_000 +
        (ms.minutes ?? 0) * 60_000 +
        (ms.hours ?? 0) * 3_600_000 +
        (ms.days ?? 0) * 86_400_000;
    },
    set(at: Date | string) {
      current = new Date(at).getTime();
    },
  };
}
export type ManualClock = ReturnType<typeof manualClock>;

/**
 * The browser tests' clock: the real time shifted by `offsetMinutes`, so that the service's time of day can be
 * set whatever the hour the tests start at, while time still passes. It can be moved forward, never back, so
 * that a test can reach an appointment's start without waiting for it. Only ever built when
 * TELEDERM_ENV=test (config.ts refuses TEST_CLOCK_OFFSET_MINUTES otherwise).
 */
export function offsetClock(offsetMinutes: number, base: Clock = systemClock) {
  let offsetMs = offsetMinutes * 60_000;
  return {
    now: () => new Date(base.now().getTime() + offsetMs),
    /** Moves the clock forward; a negative move is refused, since nothing in the service expects time to go back. */
    advance(by: { minutes: number }) {
      if (!(by.minutes >= 0)) throw new RangeError('the test clock only moves forward');
      offsetMs += by.minutes * 60_000;
    },
  };
}
export type OffsetClock = ReturnType<typeof offsetClock>;
