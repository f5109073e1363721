import { createContext, useContext } from 'react';
import type { Problem } from '../../api/api-error.ts';
import type { Credentials, Session } from './session.ts';

/** Why the person is signed out: they chose to, their session ended, or they have not signed in yet. */
export type SignedOutReason = 'signed-out' | 'ended' | null;

export type SessionState =
  | { status: 'checking' }
  | { status: 'unavailable'; problem: Problem }
  | { status: 'signed-out'; reason: SignedOutReason }
  | { status: 'signed-in'; session: Session };

export type SessionContextValue = {
  state: SessionState;
  signIn: (credentials: Credentials) => Promise<void>;
  signOut: () => Promise<void>;
  retry: () => void;
};

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in session; only for pages behind <RequireSession>. */
export function useSignedInSession(): Session {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useSignedInSession needs a signed-in user');
  return state.session;
}
