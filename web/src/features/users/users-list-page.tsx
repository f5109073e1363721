import './users.css';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { roleLabels } from '../../../../shared/roles.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { formatDate, formatDateTime } from '../../components/dates.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { Cell, HeadRow } from '../../components/responsive-table.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { fetchUsers, rolesInWords, type PendingInvitation } from './users-api.ts';

/** What a page after a change tells this one to announce. */
export type UsersNotice = { notice?: string };

/** Everyone in the organisations the administrator manages, and the invitations still open. */
export function UsersListPage() {
  const loaded = useLoad(fetchUsers, 'users');
  const notice = (useLocation().state as UsersNotice | null)?.notice;
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  const { errors, showProblem, hasErrors } = useFormErrors();
  usePageTitle('Users', { hasErrors });

  if (loaded.status === 'failed') return <LoadFailure problem={loaded.problem} what="Users" onRetry={loaded.reload} />;
  if (loaded.status !== 'loaded') return null;
  const { users, invitations } = loaded.value;

  const withdraw = async (invitation: PendingInvitation) => {
    try {
      await api.post(`/api/users/invitations/${invitation.id}/withdraw`);
      setWithdrawn(`The invitation to ${invitation.displayName} was withdrawn: its link no longer works.`);
      loaded.reload();
    } catch (error) {
      showProblem(error);
    }
  };

  return (
    <>
      <BackLink to="/admin">Administration</BackLink>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      {!hasErrors && (withdrawn ?? notice) && (
        <NotificationBanner variant="success">{withdrawn ?? notice}</NotificationBanner>
      )}
      <h1 className="nhsuk-heading-l">Users</h1>
      <p>
        <Link className="nhsuk-button" to="/admin/users/invite" role="button" draggable="false">
          Invite a user
        </Link>
      </p>

      <table className="nhsuk-table-responsive">
        <caption className="nhsuk-table__caption">People with an account ({users.length})</caption>
        <HeadRow headings={['Name', 'Organisation and roles', 'Status', 'Last signed in']} />
        <tbody className="nhsuk-table__body">
          {users.map((user) => (
            <tr className="nhsuk-table__row" key={user.id}>
              <Cell heading="Name" block>
                <Link to={`/admin/users/${user.id}`}>{user.displayName}</Link>
                <div className="nhsuk-body-s nhsuk-u-margin-bottom-0 app-break-anywhere">{user.email}</div>
              </Cell>
              <Cell heading="Organisation and roles" block>
                {user.memberships.map((m) => (
                  <div key={m.organisationId}>
                    {m.organisationName}: {rolesInWords(m.roles, roleLabels)}
                  </div>
                ))}
              </Cell>
              <Cell heading="Status">
                {user.disabled ? (
                  <strong className="nhsuk-tag nhsuk-tag--grey">Disabled</strong>
                ) : (
                  <strong className="nhsuk-tag nhsuk-tag--green">Active</strong>
                )}
              </Cell>
              <Cell heading="Last signed in">
                {user.lastSignedInAt ? formatDateTime(user.lastSignedInAt) : 'Never'}
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="nhsuk-heading-m">Invitations not yet accepted</h2>
      {invitations.length === 0 ? (
        <p>There are no open invitations.</p>
      ) : (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Invitations not yet accepted</caption>
          <HeadRow headings={['Name', 'Organisation and roles', 'Link works until', 'Action']} />
          <tbody className="nhsuk-table__body">
            {invitations.map((invitation) => {
              const expired = new Date(invitation.expiresAt).getTime() <= Date.now();
              return (
                <tr className="nhsuk-table__row" key={invitation.id}>
                  <Cell heading="Name" block>
                    {invitation.displayName}
                    <div className="nhsuk-body-s nhsuk-u-margin-bottom-0 app-break-anywhere">{invitation.email}</div>
                  </Cell>
                  <Cell heading="Organisation and roles">
                    {invitation.organisationName}: {rolesInWords(invitation.roles, roleLabels)}
                  </Cell>
                  <Cell heading="Link works until">
                    {expired ? (
                      <strong className="nhsuk-tag nhsuk-tag--grey">Expired</strong>
                    ) : (
                      formatDate(invitation.expiresAt)
                    )}
                  </Cell>
                  <Cell heading="Action">
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
                      onClick={() => void withdraw(invitation)}
                    >
                      Withdraw
                      <span className="nhsuk-u-visually-hidden"> the invitation to {invitation.displayName}</span>
                    </button>
                  </Cell>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p>
        To invite someone again, for example when their link has expired, invite them anew: the new link replaces the
        old.
      </p>
    </>
  );
}
