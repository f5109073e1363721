import { useEffect } from 'react';
import type { RequestDetail } from '../requests/requests-api.ts';

const pollMs = 1000;

/**
 * The letters are made in the background a second or two after signing: while a signed outcome (or addendum)
 * has no letters yet, look again every second.
 */
export function useLettersPoll(request: RequestDetail, reload: () => void): void {
  const waiting = request.outcomes.some(
    (outcome) => !request.letters.some((letter) => letter.outcomeId === outcome.id),
  );
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(reload, pollMs);
    return () => clearTimeout(timer);
  }, [waiting, reload, request]);
}
