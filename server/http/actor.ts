import type { OrganisationKind, Role } from '../../shared/roles.ts';

export type Membership = { organisationId: string; organisationName: string; kind: OrganisationKind; roles: Role[] };

/** Who is making a request, as established by their session. */
export type Actor = {
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
  gmcNumber: string | null;
  professionalRegistration: string | null;
  memberships: Membership[];
  clientAddress: string;
};

export function hasRole(actor: Actor, ...wanted: readonly Role[]): boolean {
  return actor.memberships.some((m) => m.roles.some((r) => wanted.includes(r)));
}

/** The organisations in which the actor holds any of the given roles. */
export function organisationsWithRole(actor: Actor, ...wanted: readonly Role[]): string[] {
  return actor.memberships.filter((m) => m.roles.some((r) => wanted.includes(r))).map((m) => m.organisationId);
}

/** The organisation the actor acts for when a role is held in more than one, the first listed. */
export function primaryOrganisation(actor: Actor): Membership {
  const first = actor.memberships[0];
  if (!first) throw new Error('actor without membership');
  return first;
}

/**
 * Who did it, copied into the audit row so that the trail stands on its own. Defined here rather than in the audit
 * module because server/http derives it from every request and may import no module.
 */
export type AuditActor = {
  userId: string | null;
  organisationId: string | null;
  label: string;
  clientAddress: string;
};

export const anonymousActor = (clientAddress: string): AuditActor => ({
  userId: null,
  organisationId: null,
  label: 'anonymous',
  clientAddress,
});
