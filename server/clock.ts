/** The time, injected so that tests can move it. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

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
