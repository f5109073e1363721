import { Outlet } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';
import type { Role } from '../../../../shared/roles.ts';
import { useSignedInSession } from './session-context.ts';

/** Lets through only those holding the role (or one of them); the service would refuse the others anyway, so say so plainly. */
export function RequireRole({ role, what }: { role: Role | Role[]; what: string }) {
  const session = useSignedInSession();
  const allowed = Array.isArray(role) ? role : [role];
  if (allowed.some((r) => session.roles.includes(r))) return <Outlet />;
  return <NotAllowed what={what} />;
}

function NotAllowed({ what }: { what: string }) {
  usePageTitle('You cannot use this page');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-l">You cannot use this page</h1>
        <p>Only {what} can use this page. If you think you should, ask your service administrator.</p>
      </div>
    </div>
  );
}
