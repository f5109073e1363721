import type { Tx } from '../../db/database.ts';
import { organisationsWithRole, type Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import type { Role } from '../../../shared/roles.ts';
import { findVisibleRequest, type RequestRow } from './requests.repository.ts';

/**
 * Finds and locks a request the actor may change in the given role: a
 * referrer through the referring practice, service staff through the
 * receiving service. Anything else is "not found", whether it exists or not.
 */
export async function requestForChange(tx: Tx, actor: Actor, requestId: string, as: Role): Promise<RequestRow> {
  const organisations = organisationsWithRole(actor, as);
  const request = await findVisibleRequest(tx, organisations, requestId, { lock: true });
  if (!request) throw notFound('request');
  const party = as === 'referrer' ? request.practiceId : request.serviceId;
  if (!organisations.includes(party)) throw notFound('request');
  return request;
}

/** The organisations through which an actor may read requests (any role they hold there). */
export const readableOrganisations = (actor: Actor) => actor.memberships.map((m) => m.organisationId);
