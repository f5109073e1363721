import { Link } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';
import { WhatYouCanDo } from '../features/account/what-you-can-do.tsx';
import { YourDetails } from '../features/account/your-details.tsx';
import { YourOrganisations } from '../features/account/your-organisations.tsx';
import { useSignedInSession } from '../features/auth/session-context.ts';
import { EscalatedCases } from '../features/review/escalated-cases.tsx';

export function HomePage() {
  const session = useSignedInSession();
  usePageTitle('Home');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-l">
          <span className="nhsuk-caption-l">Signed in as </span>
          {session.user.displayName}
        </h1>
        {session.roles.includes('referrer') && (
          <ul className="nhsuk-list nhsuk-u-margin-bottom-6">
            <li>
              <Link to="/requests/new">Start a new request</Link>
            </li>
            <li>
              <Link to="/requests">See your practice&rsquo;s requests</Link>
            </li>
          </ul>
        )}
        {session.roles.includes('consultant') && (
          <ul className="nhsuk-list nhsuk-u-margin-bottom-6">
            <li>
              <Link to="/review">Go to your worklist</Link>
            </li>
            <li>
              <Link to="/dashboard">See the service dashboard</Link>
            </li>
          </ul>
        )}
        {(session.roles.includes('consultant') || session.roles.includes('service_admin')) && (
          <EscalatedCases
            caseLink={(id) => (session.roles.includes('consultant') ? `/review/${id}` : `/requests/${id}`)}
          />
        )}
        {(session.roles.includes('service_admin') || session.roles.includes('booking_clerk')) && (
          <ul className="nhsuk-list nhsuk-u-margin-bottom-6">
            <li>
              <Link to="/service-cases">See the service&rsquo;s open cases</Link>
            </li>
            {/* A consultant who is also an administrator has the link with the worklist's already. */}
            {session.roles.includes('service_admin') && !session.roles.includes('consultant') && (
              <li>
                <Link to="/dashboard">See the service dashboard</Link>
              </li>
            )}
            {session.roles.includes('service_admin') && (
              <li>
                <Link to="/feedback">See what patients said about the service</Link>
              </li>
            )}
          </ul>
        )}
        {(session.roles.includes('service_admin') || session.roles.includes('system_admin')) && (
          <ul className="nhsuk-list nhsuk-u-margin-bottom-6">
            <li>
              <Link to="/admin">Administer the service: rules, targets, templates, users and the audit trail</Link>
            </li>
          </ul>
        )}
        <YourOrganisations memberships={session.memberships} />
        <WhatYouCanDo capabilities={session.capabilities} />
        <YourDetails user={session.user} />
      </div>
    </div>
  );
}
