import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { roleLabels, rolesByOrganisationKind, type Role } from '../../../../shared/roles.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { Checkboxes } from '../../components/checkboxes.tsx';
import { formatDate } from '../../components/dates.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { Select } from '../../components/select.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useSignedInSession } from '../auth/session-context.ts';
import { fetchOrganisations } from './users-api.ts';
import type { UsersNotice } from './users-list-page.tsx';

/** Errors on the organisation link to its select; role errors to the first role's box. */
const fieldIds = { organisationId: 'organisationId', roles: 'roles' };

/**
 * Invites a person into an organisation the administrator manages: their name, email, organisation and roles (a
 * consultant's GMC number, a referrer's registration). They get a one-time link by email to choose a password.
 */
export function InviteUserPage() {
  const session = useSignedInSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const isSystemAdmin = session.roles.includes('system_admin');
  const loaded = useLoad(fetchOrganisations, 'organisations');
  const { errors, show, showProblem, hasErrors } = useFormErrors(fieldIds);
  const [organisationId, setOrganisationId] = useState(params.get('organisationId') ?? '');
  const [roles, setRoles] = useState<Role[]>([]);
  const [sending, setSending] = useState(false);
  usePageTitle('Invite a user', { hasErrors });

  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Organisations" onRetry={loaded.reload} />;
  if (loaded.status !== 'loaded') return null;

  const managed = new Set(
    session.memberships.filter((m) => m.roles.includes('service_admin')).map((m) => m.organisationId),
  );
  const organisations = loaded.value.organisations.filter((o) => isSystemAdmin || managed.has(o.id));
  const chosenId = organisations.length === 1 ? organisations[0]!.id : organisationId;
  const chosen = organisations.find((o) => o.id === chosenId);
  const grantable = chosen
    ? rolesByOrganisationKind[chosen.kind].filter((role) => role !== 'system_admin' || isSystemAdmin)
    : [];
  const chosenRoles = roles.filter((role) => grantable.includes(role));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => ((form.get(name) as string | null) ?? '').trim();
    if (!chosen) return show([{ field: 'organisationId', message: 'Choose the organisation they will work for' }]);
    const email = text('email');
    const body = {
      displayName: text('displayName'),
      email,
      organisationId: chosen.id,
      roles: chosenRoles,
      ...(chosenRoles.includes('consultant') && text('gmcNumber') ? { gmcNumber: text('gmcNumber') } : {}),
      ...(chosenRoles.includes('referrer') && text('professionalRegistration')
        ? { professionalRegistration: text('professionalRegistration') }
        : {}),
    };
    setSending(true);
    try {
      const sent = await api.post<{ id: string; expiresAt: string }>('/api/users/invitations', body);
      const notice = `An invitation was sent to ${email}. Its link works once, until ${formatDate(sent.expiresAt)}.`;
      await navigate('/admin/users', { state: { notice } satisfies UsersNotice });
    } catch (error) {
      showProblem(error);
      setSending(false);
    }
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/users">Users</BackLink>
        {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
        <h1 className="nhsuk-heading-l">Invite a user</h1>
        <p>
          They will get an email with a link to choose their password. The link works once, for 7 days. Only invite
          someone whose identity and professional registration your organisation has checked.
        </p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextInput
            id="displayName"
            name="displayName"
            label="Full name"
            hint="As colleagues and letters will show it, for example Dr Ada Lovelace"
            autoComplete="off"
            spellCheck={false}
            error={errors.fields['displayName']}
          />
          <TextInput
            id="email"
            name="email"
            type="email"
            label="Email address"
            hint="Their work email address. They will sign in with it."
            autoComplete="off"
            spellCheck={false}
            error={errors.fields['email']}
          />
          {organisations.length === 1 ? (
            <p>
              Organisation: <strong>{chosen?.name}</strong>
            </p>
          ) : (
            <Select
              id="organisationId"
              name="organisationId"
              label="Organisation"
              value={organisationId}
              onChange={(event) => setOrganisationId(event.target.value)}
              error={errors.fields['organisationId']}
            >
              <option value="">Choose an organisation</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          )}
          {chosen && (
            <Checkboxes
              id="roles"
              name="roles"
              legend="Roles"
              legendSize="s"
              hint="Choose every role they need."
              options={grantable.map((role) => ({ value: role, label: roleLabels[role] }))}
              values={chosenRoles}
              onChange={setRoles}
              error={errors.fields['roles']}
            />
          )}
          {chosenRoles.includes('consultant') && (
            <TextInput
              id="gmcNumber"
              name="gmcNumber"
              label="GMC number"
              hint="7 digits"
              inputMode="numeric"
              autoComplete="off"
              width={10}
              error={errors.fields['gmcNumber']}
            />
          )}
          {chosenRoles.includes('referrer') && (
            <TextInput
              id="professionalRegistration"
              name="professionalRegistration"
              label="Professional registration"
              hint="The body and number, for example GMC 1234567 or NMC 12A3456E"
              autoComplete="off"
              width={20}
              error={errors.fields['professionalRegistration']}
            />
          )}
          <button className="nhsuk-button" type="submit" disabled={sending}>
            Send invitation
          </button>
        </form>
      </div>
    </div>
  );
}
