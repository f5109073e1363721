import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, networkProblem, type Problem } from '../../api/api-error.ts';
import { onNotSignedIn, setCsrfToken } from '../../api/client.ts';
import { SessionContext, type SessionContextValue, type SessionState } from './session-context.ts';
import {
  fetchSession,
  isSessionEnded,
  mayBeSignedIn,
  postSignIn,
  postSignOut,
  type Credentials,
  type Session,
} from './session.ts';

/**
 * Holds who is signed in. Asks the service once at start, again whenever the
 * tab comes back into view (a session may have timed out meanwhile), and
 * treats any 401 while signed in as the session having ended.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });
  const [attempt, setAttempt] = useState(0);

  const signedIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken ?? null);
    setState({ status: 'signed-in', session });
  }, []);

  useEffect(() => {
    let cancelled = false;
    if (!mayBeSignedIn()) {
      setState({ status: 'signed-out', reason: null });
      return;
    }
    fetchSession().then(
      (session) => {
        if (!cancelled) signedIn(session);
      },
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401) {
          setState({ status: 'signed-out', reason: isSessionEnded(error) ? 'ended' : null });
        } else {
          setState({ status: 'unavailable', problem: asProblem(error) });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt, signedIn]);

  useEffect(
    () =>
      onNotSignedIn(() => {
        setCsrfToken(null);
        setState((current) => (current.status === 'signed-in' ? { status: 'signed-out', reason: 'ended' } : current));
      }),
    [],
  );

  const isSignedIn = state.status === 'signed-in';
  useEffect(() => {
    if (!isSignedIn) return;
    const recheck = () => {
      // A 401 is handled by the listener above; other failures leave the page as it is.
      if (document.visibilityState === 'visible') fetchSession().then(signedIn, () => undefined);
    };
    document.addEventListener('visibilitychange', recheck);
    return () => document.removeEventListener('visibilitychange', recheck);
  }, [isSignedIn, signedIn]);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      signIn: async (credentials: Credentials) => signedIn(await postSignIn(credentials)),
      signOut: async () => {
        try {
          await postSignOut();
        } catch (error) {
          // Already signed out on the service: the outcome the person asked for.
          if (!(error instanceof ApiError && error.status === 401)) throw error;
        }
        setCsrfToken(null);
        setState({ status: 'signed-out', reason: 'signed-out' });
      },
      retry: () => {
        setState({ status: 'checking' });
        setAttempt((n) => n + 1);
      },
    }),
    [state, signedIn],
  );

  return <SessionContext value={value}>{children}</SessionContext>;
}

function asProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  console.error(error);
  return { ...networkProblem, detail: 'Something went wrong in this page. Reload it and try again.' };
}
