import { useCallback, useEffect, useState } from 'react';
import { ApiError, networkProblem, type Problem } from './api-error.ts';

export type Loaded<T> = { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'failed'; problem: Problem };

/**
 * Loads what a page shows, again whenever `key` changes or `reload` is called. The loader is read through
 * `key` alone, so callers pass an inline function without it refetching on every render.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> & { reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    load().then(
      (value) => {
        if (!cancelled) setState({ status: 'loaded', value });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (!(error instanceof ApiError)) console.error(error);
        setState({ status: 'failed', problem: error instanceof ApiError ? error.problem : networkProblem });
      },
    );
    return () => {
      cancelled = true;
    };
    // The loader is identified by its key; see above.
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
