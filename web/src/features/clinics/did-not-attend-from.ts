import { useEffect, useState } from 'react';
import { formatDay, formatTime } from '../../components/dates.ts';

/** An appointment as far as did-not-attend goes: when it starts, and from when the service accepts a did-not-attend. */
type Timed = { startsAt: string; didNotAttendFrom: string };

/**
 * Whether the browser's clock has reached an instant, re-rendering when it does, so that an action the service
 * allows only from then appears on a page left open. Null is never reached. The service decides in the end: a
 * browser whose clock is fast sees the action early and is refused with the time it is allowed from.
 */
export function useTimeReached(at: string | null): boolean {
  const target = at === null ? Number.NaN : Date.parse(at);
  const [tick, setTick] = useState(0);
  const reached = Date.now() >= target;
  useEffect(() => {
    const left = target - Date.now();
    if (!(left > 0)) return;
    // An hour at most per wait: a timer's delay has a ceiling, and a laptop that slept runs its timers late.
    const timer = setTimeout(() => setTick((n) => n + 1), Math.min(left, 3_600_000));
    return () => clearTimeout(timer);
  }, [target, reached, tick]);
  return reached;
}

/**
 * "2:05pm on Monday 30 November 2026, 15 minutes after the appointment starts": from when the patient can be
 * recorded as did not attend, with the service's allowance for a late arrival.
 */
export function didNotAttendFromText(appointment: Timed): string {
  const graceMinutes = Math.round(
    (Date.parse(appointment.didNotAttendFrom) - Date.parse(appointment.startsAt)) / 60_000,
  );
  const when = `${formatTime(appointment.didNotAttendFrom)} on ${formatDay(appointment.didNotAttendFrom)}`;
  if (graceMinutes <= 0) return `${when}, when the appointment starts`;
  return `${when}, ${graceMinutes === 1 ? '1 minute' : `${graceMinutes} minutes`} after the appointment starts`;
}
