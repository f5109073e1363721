import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { roleLabels, rolesByOrganisationKind, type Role } from '../../../../shared/roles.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { Checkboxes } from '../../components/checkboxes.tsx';
import { formatDateTime } from '../../components/dates.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useSignedInSession } from '../auth/session-context.ts';
import { fetchUsers, type ManagedUser, type UserMembership } from './users-api.ts';
import './users.css';

const notFound = { type: 'about:blank', title: 'Not found', status: 404, detail: 'No such user.', code: 'not_found' };

/** One user: their details, their roles in each organisation the administrator manages, and disabling. */
export function UserPage() {
  const { userId = '' } = useParams();
  const session = useSignedInSession();
  const loaded = useLoad(fetchUsers, `users-${userId}`);
  const { errors, showProblem, clear, hasErrors } = useFormErrors();
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const user = loaded.status === 'loaded' ? loaded.value.users.find((u) => u.id === userId) : undefined;
  usePageTitle(user ? user.displayName : 'User', { hasErrors });

  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="The user" onRetry={loaded.reload} />;
  if (loaded.status !== 'loaded') return null;
  if (!user) return <LoadFailure problem={notFound} what="The user" />;
  const isSelf = user.id === session.user.id;

  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    clear();
    setNotice(null);
    try {
      await work();
      setNotice(done);
      loaded.reload();
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/users">Users</BackLink>
        {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
        {!hasErrors && notice && <NotificationBanner variant="success">{notice}</NotificationBanner>}
        <h1 className="nhsuk-heading-l">{user.displayName}</h1>
        <SummaryList
          rows={[
            { key: 'Email address', value: <span className="app-break-anywhere">{user.email}</span> },
            ...(user.gmcNumber ? [{ key: 'GMC number', value: user.gmcNumber }] : []),
            ...(user.professionalRegistration
              ? [{ key: 'Professional registration', value: user.professionalRegistration }]
              : []),
            { key: 'Status', value: user.disabled ? 'Disabled: cannot sign in' : 'Active' },
            {
              key: 'Last signed in',
              value: user.lastSignedInAt ? formatDateTime(user.lastSignedInAt) : 'Never',
            },
          ]}
        />

        {user.memberships.map((membership, index) => (
          <RolesForm
            id={index === 0 ? 'roles' : `roles-org${index + 1}`}
            key={`${membership.organisationId}-${membership.roles.join()}`}
            user={user}
            membership={membership}
            mayGiveSystemAdmin={session.roles.includes('system_admin')}
            error={errors.fields['roles']}
            busy={busy}
            onSave={(roles) =>
              act(
                () => api.put(`/api/users/${user.id}/memberships/${membership.organisationId}`, { roles }),
                `${user.displayName}’s roles at ${membership.organisationName} were saved. They apply from their next page.`,
              )
            }
          />
        ))}

        <h2 className="nhsuk-heading-m">{user.disabled ? 'Re-enable the account' : 'Disable the account'}</h2>
        {isSelf ? (
          <p>You cannot disable your own account. Ask another administrator if it should be disabled.</p>
        ) : user.disabled ? (
          <>
            <p>They will be able to sign in again with their own password.</p>
            <button
              type="button"
              className="nhsuk-button"
              disabled={busy}
              onClick={() =>
                void act(() => api.post(`/api/users/${user.id}/enable`), `${user.displayName} can sign in again.`)
              }
            >
              Re-enable {user.displayName}
            </button>
          </>
        ) : (
          <>
            <p>They will be signed out at once and will not be able to sign in until the account is re-enabled.</p>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--warning"
              disabled={busy}
              onClick={() =>
                void act(
                  () => api.post(`/api/users/${user.id}/disable`),
                  `${user.displayName} was disabled and signed out.`,
                )
              }
            >
              Disable {user.displayName}
            </button>
          </>
        )}
      </div>
    </div>
  );
}

function RolesForm(props: {
  id: string;
  user: ManagedUser;
  membership: UserMembership;
  mayGiveSystemAdmin: boolean;
  error: string | undefined;
  busy: boolean;
  onSave: (roles: Role[]) => Promise<void>;
}) {
  const { membership } = props;
  const [roles, setRoles] = useState<Role[]>(membership.roles);
  const grantable = rolesByOrganisationKind[membership.kind].filter(
    (role) => role !== 'system_admin' || props.mayGiveSystemAdmin || membership.roles.includes('system_admin'),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void props.onSave(roles);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Checkboxes
        id={props.id}
        name={props.id}
        legend={`Roles at ${membership.organisationName}`}
        legendSize="m"
        hint="A role taken away stops working from their next page."
        options={grantable.map((role) => ({ value: role, label: roleLabels[role] }))}
        values={roles}
        onChange={setRoles}
        error={props.error}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={props.busy}>
        Save roles<span className="nhsuk-u-visually-hidden"> at {membership.organisationName}</span>
      </button>
    </form>
  );
}
