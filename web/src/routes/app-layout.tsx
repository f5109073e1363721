import { useState } from 'react';
import { Outlet, useMatch } from 'react-router';
import { ApiError } from '../api/api-error.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Footer } from '../components/footer.tsx';
import { Header } from '../components/header.tsx';
import { SkipLink } from '../components/skip-link.tsx';
import { NotificationsLink } from '../features/notifications/notifications-link.tsx';
import { useSession } from '../features/auth/session-context.ts';
import type { Session } from '../features/auth/session.ts';
import { ServiceUnavailablePage } from './service-unavailable-page.tsx';
import { useFocusOnNavigation } from '../components/use-focus-on-navigation.ts';

/** The page frame: skip link, header, main content and footer, with focus moved to each new page's heading. */
export function AppLayout() {
  const { state, signOut, retry } = useSession();
  const [signingOut, setSigningOut] = useState(false);
  const [signOutProblem, setSignOutProblem] = useState<{ detail: string; attempt: number } | null>(null);
  useFocusOnNavigation();
  // The case page needs the width of the screen for the photographs beside the outcome.
  const wide = useMatch('/review/:requestId') !== null;

  const startSignOut = async () => {
    setSigningOut(true);
    try {
      await signOut();
      setSignOutProblem(null);
    } catch (error) {
      const detail = error instanceof ApiError ? error.problem.detail : 'Something went wrong. Try again.';
      setSignOutProblem((previous) => ({ detail, attempt: (previous?.attempt ?? 0) + 1 }));
    } finally {
      setSigningOut(false);
    }
  };

  return (
    <>
      <SkipLink />
      <Header
        userName={state.status === 'signed-in' ? state.session.user.displayName : null}
        onSignOut={() => void startSignOut()}
        signingOut={signingOut}
        navigation={state.status === 'signed-in' ? navigationFor(state.session) : []}
        wide={wide}
        notifications={
          state.status === 'signed-in' && toldOfRequests(state.session) ? <NotificationsLink /> : undefined
        }
        search={
          state.status === 'signed-in' &&
          state.session.roles.some((role) =>
            ['referrer', 'consultant', 'booking_clerk', 'service_admin'].includes(role),
          )
        }
      />
      <div className={wide ? 'nhsuk-width-container-fluid' : 'nhsuk-width-container'}>
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          {signOutProblem && state.status === 'signed-in' && (
            <ErrorSummary
              title="You have not been signed out"
              items={[{ text: signOutProblem.detail }]}
              attempt={signOutProblem.attempt}
            />
          )}
          {state.status === 'unavailable' ? (
            <ServiceUnavailablePage problem={state.problem} onRetry={retry} />
          ) : state.status === 'checking' ? null : (
            <Outlet />
          )}
        </main>
      </div>
      <Footer wide={wide} />
    </>
  );
}

/**
 * Each role's sections: referrers make and follow requests, consultants work the worklist, photographers their
 * clinic list, booking clerks the booking queue and clinics, and the service's staff oversee it.
 */
function navigationFor(session: Session) {
  const items: { to: string; label: string }[] = [];
  if (session.roles.includes('referrer'))
    items.push({ to: '/requests', label: 'Requests' }, { to: '/requests/new', label: 'New request' });
  if (session.roles.includes('consultant')) items.push({ to: '/review', label: 'Worklist' });
  if (session.roles.includes('photographer')) items.push({ to: '/clinic-day', label: 'Clinic list' });
  if (session.roles.includes('booking_clerk')) items.push({ to: '/booking', label: 'Booking' });
  if (session.roles.includes('service_admin') || session.roles.includes('booking_clerk'))
    items.push({ to: '/clinics', label: 'Clinics' }, { to: '/service-cases', label: 'Service cases' });
  if (session.roles.includes('service_admin') || session.roles.includes('consultant'))
    items.push({ to: '/dashboard', label: 'Dashboard' });
  if (session.roles.includes('service_admin')) items.push({ to: '/feedback', label: 'Patient feedback' });
  if (session.roles.includes('service_admin') || session.roles.includes('system_admin'))
    items.push({ to: '/admin', label: 'Administration' });
  return items;
}

/**
 * Whether the person can be told of anything: referrers of their requests, consultants and service admins of their
 * service's cases. Photographers, booking clerks and system administrators are told nothing, so have no link.
 */
function toldOfRequests(session: Session) {
  return session.roles.some((role) => ['referrer', 'consultant', 'service_admin'].includes(role));
}
