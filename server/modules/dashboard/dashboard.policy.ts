import type { Actor } from '../../http/actor.ts';

/** Who may read a service's dashboard: its administrators, and its consultants (to read, as everyone does). */
export const dashboardReaders = ['service_admin', 'consultant'] as const;

/**
 * The service whose dashboard the actor asks for, if they are one of its readers; null otherwise, which the route
 * answers as "not found" whether or not the service exists, so nobody learns of another service's figures.
 */
export function dashboardServiceOf(actor: Actor, serviceId: string): { id: string; name: string } | null {
  const membership = actor.memberships.find(
    (m) =>
      m.organisationId === serviceId &&
      m.kind === 'dermatology_service' &&
      m.roles.some((role) => (dashboardReaders as readonly string[]).includes(role)),
  );
  return membership ? { id: membership.organisationId, name: membership.organisationName } : null;
}
