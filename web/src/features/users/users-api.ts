import type { OrganisationKind, Role } from '../../../../shared/roles.ts';
import { api } from '../../api/client.ts';

export type UserMembership = {
  organisationId: string;
  organisationName: string;
  kind: OrganisationKind;
  roles: Role[];
};

/** A user as GET /api/users lists them, with only their memberships in the organisations the caller manages. */
export type ManagedUser = {
  id: string;
  email: string;
  displayName: string;
  gmcNumber: string | null;
  professionalRegistration: string | null;
  disabled: boolean;
  lastSignedInAt: string | null;
  memberships: UserMembership[];
};

export type PendingInvitation = {
  id: string;
  email: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  roles: Role[];
  invitedByName: string;
  createdAt: string;
  expiresAt: string;
};

export type Organisation = {
  id: string;
  kind: OrganisationKind;
  name: string;
  odsCode: string;
  address: string;
  postcode: string;
  telephone: string;
  email: string;
};

export type ManagedOrganisation = Organisation & {
  serviceIds: string[];
  sites: { id: string; name: string; postcode: string }[];
  userCount: number;
};

export type OpenedInvitation = {
  displayName: string;
  email: string;
  organisationName: string;
  invitedBy: string;
  roles: Role[];
  expiresAt: string;
  passwordMinLength: number;
};

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
