import { useCallback, useEffect, useState } from 'react';
import { ApiError, networkProblem, type Problem } from '../../api/api-error.ts';

type State<T> =
  | { key: string; status: 'loading' }
  | { key: string; status: 'failed'; problem: Problem }
  | { key: string; status: 'loaded'; value: T; at: Date; refreshProblem: Problem | null };

export type RefreshingLoad<T> =
  | { status: 'loading'; reload: () => void }
  | { status: 'failed'; problem: Problem; reload: () => void }
  | { status: 'loaded'; value: T; at: Date; refreshProblem: Problem | null; reload: () => void };

/**
 * Loads what a page shows and loads it again every `everyMs`, quietly: what is on the screen stays until the
 * newer copy arrives, and a refresh that fails keeps it (saying when it was last read) rather than blanking a list
 * the photographer is working from on a poor connection. The loader is identified by `key`, as in useLoad.
 */
export function useRefreshingLoad<T>(load: () => Promise<T>, key: string, everyMs: number): RefreshingLoad<T> {
  const [state, setState] = useState<State<T>>({ key, status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    load()
      .then(
        (value) => {
          if (!cancelled) setState({ key, status: 'loaded', value, at: new Date(), refreshProblem: null });
        },
        (error: unknown) => {
          if (cancelled) return;
          if (!(error instanceof ApiError)) console.error(error);
          const problem = error instanceof ApiError ? error.problem : networkProblem;
          setState((previous) =>
            previous.key === key && previous.status === 'loaded'
              ? { ...previous, refreshProblem: problem }
              : { key, status: 'failed', problem },
          );
        },
      )
      .finally(() => {
        if (!cancelled) timer = setTimeout(() => setAttempt((n) => n + 1), everyMs);
      });
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // The loader is identified by its key; see above.
  }, [key, attempt, everyMs]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // A new key shows nothing of the old one: the list of another day is not this day's.
  if (state.key !== key) return { status: 'loading', reload };
  if (state.status === 'loading') return { status: 'loading', reload };
  if (state.status === 'failed') return { status: 'failed', problem: state.problem, reload };
  return { status: 'loaded', value: state.value, at: state.at, refreshProblem: state.refreshProblem, reload };
}
