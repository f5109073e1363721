import type { OrganisationKind, Role } from '../../../../shared/roles.ts';
import { api } from '../../api/client.ts';
import type { ApiError } from '../../api/api-error.ts';

export type Membership = {
  organisationId: string;
  organisationName: string;
  kind: OrganisationKind;
  roles: Role[];
};

/** Who is signed in, as GET /api/auth/session describes them. */
export type Session = {
  user: {
    id: string;
    email: string;
    displayName: string;
    gmcNumber: string | null;
    professionalRegistration: string | null;
  };
  memberships: Membership[];
  roles: Role[];
  capabilities: string[];
  csrfToken?: string;
};

export type Credentials = { email: string; password: string };

export const fetchSession = () => api.get<Session>('/api/auth/session');

/**
 * Whether a staff session may exist: the service sets a readable hint cookie beside the session and clears it with
 * the session. Without it the page does not ask (a patient's page, or the sign-in page, would log a 401).
 */
export function mayBeSignedIn(cookies = document.cookie): boolean {
  return cookies.split(';').some((cookie) => cookie.trim().startsWith('telederm_signed_in='));
}
export const postSignIn = (credentials: Credentials) => api.post<Session>('/api/auth/sign-in', credentials);
export const postSignOut = () => api.post<void>('/api/auth/sign-out');

/**
 * The service answers 401 both to someone who never signed in and to a
 * session that timed out; only the wording tells them apart, so the test is
 * kept here, in one place.
 */
export function isSessionEnded(error: ApiError): boolean {
  return error.status === 401 && error.problem.code === 'session_ended';
}
