import { useState, type FormEvent } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { roleLabels } from '../../../../shared/roles.ts';
import { ApiError, type Problem } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../api/use-load.ts';
import { formatDate } from '../../components/dates.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { TextInput } from '../../components/text-input.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useSession } from '../auth/session-context.ts';
import { rolesInWords, type OpenedInvitation } from './users-api.ts';
import './users.css';

/** The token rides in the page's history entry once it is off the address bar. */
type InvitationState = { token?: string; accepted?: boolean };

/** The page an invited person's one-time link opens, to choose a password and sign in (issue 13 §1). */
export function InvitationRoutes() {
  return (
    <Routes>
      <Route index element={<AcceptInvitationPage />} />
      <Route path=":token" element={<TakeToken />} />
    </Routes>
  );
}

/**
 * Moves the token from the address into the history entry, so that it is not left in the address bar, in
 * bookmarks or in what is shared of the page; a reload still finds it.
 */
function TakeToken() {
  const { token = '' } = useParams();
  return <Navigate to="/invitation" replace state={{ token } satisfies InvitationState} />;
}

function AcceptInvitationPage() {
  const state = useLocation().state as InvitationState | null;
  if (state?.accepted) return <SigningIn />;
  return <OpenInvitation token={state?.token ?? ''} />;
}

/** After the password is saved: the service has signed them in; once the page knows it, they go to their home page. */
function SigningIn() {
  const { state } = useSession();
  usePageTitle('Signing you in');
  if (state.status === 'signed-in') return <Navigate to="/" replace />;
  return <h1 className="nhsuk-heading-l">Signing you in</h1>;
}

function OpenInvitation({ token }: { token: string }) {
  const loaded = useLoad(
    () => (token ? api.post<OpenedInvitation>('/api/invitations/open', { token }) : Promise.reject(noToken)),
    token,
  );
  if (loaded.status === 'failed') return <Unusable problem={loaded.problem} />;
  if (loaded.status !== 'loaded') return null;
  return <ChoosePassword token={token} invitation={loaded.value} />;
}

const noToken = new ApiError({
  type: 'about:blank',
  title: 'Not found',
  status: 404,
  code: 'not_found',
  detail: 'Open the link in your invitation email again.',
});

function ChoosePassword({ token, invitation }: { token: string; invitation: OpenedInvitation }) {
  const session = useSession();
  const navigate = useNavigate();
  const { errors, show, showProblem, hasErrors } = useFormErrors();
  const [sending, setSending] = useState(false);
  usePageTitle('Choose a password', { hasErrors });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = (form.get('password') as string | null) ?? '';
    const confirm = (form.get('confirmPassword') as string | null) ?? '';
    if (!password) return show([{ field: 'password', message: 'Enter a password' }]);
    if (password !== confirm)
      return show([{ field: 'confirmPassword', message: 'The two passwords are not the same. Enter it again.' }]);
    setSending(true);
    try {
      await api.post('/api/invitations/accept', { token, password });
      // The token leaves the history entry with it; the session the service started is then read.
      await navigate('/invitation', { replace: true, state: { accepted: true } satisfies InvitationState });
      session.retry();
    } catch (error) {
      setSending(false);
      showProblem(error);
    }
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
        <h1 className="nhsuk-heading-l">
          <span className="nhsuk-caption-l">Welcome to Telederm, {invitation.displayName}</span>
          Choose a password
        </h1>
        <p>
          {invitation.invitedBy} has invited you to join <strong>{invitation.organisationName}</strong> as{' '}
          {rolesInWords(invitation.roles, roleLabels).toLowerCase()}.
        </p>
        <p>
          You will sign in with your email address, <strong className="app-break-anywhere">{invitation.email}</strong>,
          and the password you choose now. This link works once, until {formatDate(invitation.expiresAt)}.
        </p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          {/* Lets a password manager save the password with the right account. */}
          <input type="hidden" name="username" autoComplete="username" value={invitation.email} readOnly />
          <TextInput
            id="password"
            name="password"
            type="password"
            label="Password"
            hint={`At least ${invitation.passwordMinLength} characters. A phrase of several words works well; very common passwords are refused.`}
            autoComplete="new-password"
            error={errors.fields['password']}
          />
          <TextInput
            id="confirmPassword"
            name="confirmPassword"
            type="password"
            label="Enter the password again"
            autoComplete="new-password"
            error={errors.fields['confirmPassword']}
          />
          <button className="nhsuk-button" type="submit" disabled={sending}>
            Save password and sign in
          </button>
        </form>
      </div>
    </div>
  );
}

/** An invitation link that cannot be used: what happened and whom to ask, in the service's words. */
function Unusable({ problem }: { problem: Problem }) {
  const title =
    problem.status === 410
      ? 'This invitation link cannot be used'
      : problem.status === 429
        ? 'Too many attempts'
        : problem.status === 404
          ? 'This invitation link is not recognised'
          : 'Sorry, there is a problem with the service';
  usePageTitle(title);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-l">{title}</h1>
        <p>{problem.detail}</p>
        <p>
          If you already have an account, <Link to="/sign-in">sign in</Link>.
        </p>
      </div>
    </div>
  );
}
