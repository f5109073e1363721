import type { Role } from '../../../../shared/roles.ts';
import type { ResponseBody } from '../../api/api-types.ts';
import { api } from '../../api/client.ts';

type UserList = ResponseBody<'/api/users', 'get'>;
/** A user as GET /api/users lists them, with only their memberships in the organisations the caller manages. */
export type ManagedUser = UserList['users'][number];
export type UserMembership = ManagedUser['memberships'][number];
export type PendingInvitation = UserList['invitations'][number];

export type Organisation = ResponseBody<'/api/organisations', 'get'>['organisations'][number];
export type ManagedOrganisation = ResponseBody<'/api/admin/organisations', 'get'>['organisations'][number];

export type OpenedInvitation = ResponseBody<'/api/invitations/open', 'post'>;

export const fetchUsers = () => api.get<{ users: ManagedUser[]; invitations: PendingInvitation[] }>('/api/users');
export const fetchOrganisations = () => api.get<{ organisations: Organisation[] }>('/api/organisations');
export const fetchManagedOrganisations = () =>
  api.get<{ organisations: ManagedOrganisation[] }>('/api/admin/organisations');

/** Roles in words, as a list reads: "Consultant dermatologist and booking clerk". */
export function rolesInWords(roles: readonly Role[], labels: Record<Role, string>): string {
  const words = roles.map((role, index) => (index === 0 ? labels[role] : labels[role].toLowerCase()));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
