import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './session-context.ts';

/** Where the sign-in page sends the person once they are signed in. */
export type SignInRedirectState = { from?: string; quietFocus?: boolean };

/** Lets signed-in users through; sends everyone else to the sign-in page, remembering where they were going. */
export function RequireSession() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'signed-in') return <Outlet />;

  const reason = state.status === 'signed-out' ? state.reason : null;
  const redirect: SignInRedirectState = {
    // Whoever signs in after a deliberate sign-out starts afresh, not on the last person's page.
    ...(reason === 'signed-out' ? {} : { from: `${location.pathname}${location.search}${location.hash}` }),
    // Arriving signed out is not something the person did on this page; leave focus at the top.
    quietFocus: reason === null,
  };
  return <Navigate to="/sign-in" replace state={redirect} />;
}
