import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { NotificationBanner } from '../components/notification-banner.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import type { SignInRedirectState } from '../features/auth/require-session.tsx';
import { useSession } from '../features/auth/session-context.ts';
import { SignInForm } from '../features/auth/sign-in-form.tsx';

export function SignInPage() {
  const { state } = useSession();
  const location = useLocation();
  const [hasErrors, setHasErrors] = useState(false);
  usePageTitle('Sign in', { hasErrors });

  if (state.status === 'signed-in') return <Navigate to={safeDestination(location.state)} replace />;

  const reason = state.status === 'signed-out' ? state.reason : null;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SignInForm onErrorsChange={setHasErrors}>
          {!hasErrors && reason === 'signed-out' && (
            <NotificationBanner variant="success">You have signed out</NotificationBanner>
          )}
          {!hasErrors && reason === 'ended' && (
            <NotificationBanner>Your session has ended. Sign in again.</NotificationBanner>
          )}
          <h1 className="nhsuk-heading-l">Sign in to Telederm</h1>
        </SignInForm>
      </div>
    </div>
  );
}

/** Only a path on this site, never another origin smuggled in through the history state. */
function safeDestination(state: unknown): string {
  const from = (state as SignInRedirectState | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/sign-in')) {
    return '/';
  }
  return from;
}
