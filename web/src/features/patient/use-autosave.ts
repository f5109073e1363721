import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error.ts';

export type SaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: Date } | { status: 'failed'; message: string };

/**
 * Saves a form as it is filled in: `delayMs` after the last change, and at once when the page is left, so nothing
 * typed is lost. `flush` cancels the wait (before a final save of its own).
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<void>, delayMs = 800) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; value: T } | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const first = useRef(true);

  const run = useCallback(async (next: T) => {
    setState({ status: 'saving' });
    try {
      await saveRef.current(next);
      setState({ status: 'saved', at: new Date() });
    } catch (error) {
      const message = error instanceof ApiError ? error.problem.detail : 'Something went wrong.';
      setState({ status: 'failed', message });
    }
  }, []);

  useEffect(() => {
    // The value the page opened with is already saved.
    if (first.current) {
      first.current = false;
      return;
    }
    if (pending.current) clearTimeout(pending.current.timer);
    const timer = setTimeout(() => {
      pending.current = null;
      void run(value);
    }, delayMs);
    pending.current = { value, timer };
  }, [value, delayMs, run]);

  // Leaving the page saves what is waiting.
  useEffect(
    () => () => {
      if (!pending.current) return;
      clearTimeout(pending.current.timer);
      void saveRef.current(pending.current.value).catch(() => undefined);
    },
    [],
  );

  const flush = useCallback(() => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);

  return { state, flush };
}
