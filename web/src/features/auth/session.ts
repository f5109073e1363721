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
