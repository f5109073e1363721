import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, networkProblem, type Problem } from '../../api/api-error.ts';
import { setCsrfToken } from '../../api/client.ts';
import { getPatientSession, getPatientView, type PatientSession, type PatientView } from './patient-api.ts';
import { PatientContext, type PatientContextValue } from './patient-context.ts';

type State =
  | { status: 'loading' }
  | { status: 'no-link' }
  | { status: 'failed'; problem: Problem }
  | { status: 'ready'; session: PatientSession; view: PatientView | null };

type PatientProviderProps = {
  children: ReactNode;
  /** Shown when there is no patient session: the link was never opened here, or its session has ended. */
  noLink: ReactNode;
  failed: (problem: Problem, retry: () => void) => ReactNode;
};

/**
 * The patient's session from their link, and once the date of birth is confirmed, their request. Nothing is shown
 * until the session is known, so a page never flashes content the patient may not see.
 */
export function PatientProvider({ children, noLink, failed }: PatientProviderProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const load = useCallback(async () => {
    try {
      const session = await getPatientSession();
      setCsrfToken(session.csrfToken, 'patient');
      const view = session.verified ? await getPatientView() : null;
      setState({ status: 'ready', session, view });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return setState({ status: 'no-link' });
      if (!(error instanceof ApiError)) console.error(error);
      setState({ status: 'failed', problem: error instanceof ApiError ? error.problem : networkProblem });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load, attempt]);

  const value = useMemo<PatientContextValue | null>(() => {
    if (state.status !== 'ready') return null;
    return { session: state.session, view: state.view, reload: load, verified: load };
  }, [state, load]);

  if (state.status === 'loading') return null;
  if (state.status === 'no-link') return noLink;
  if (state.status === 'failed') return failed(state.problem, () => setAttempt((n) => n + 1));
  return <PatientContext value={value}>{children}</PatientContext>;
}
