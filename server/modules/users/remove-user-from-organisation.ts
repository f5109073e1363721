import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import { withTransaction } from '../../db/database.ts';
import { notFound } from '../../http/errors.ts';
import type { Actor } from '../../http/actor.ts';
import { appendAuditEvent, type AuditActor } from '../audit/audit.repository.ts';
import { endSessionsOfUser } from '../auth/sessions.repository.ts';
import { manageableOrganisations } from './users.policy.ts';
import { deleteMembership } from './users.repository.ts';

/**
 * Removes a user from one organisation and ends their sessions, so that what
 * they could see through it is closed to them from their next request.
 */
export async function removeUserFromOrganisation(options: {
  pool: pg.Pool;
  clock: Clock;
  actor: Actor;
  auditActor: AuditActor;
  userId: string;
  organisationId: string;
}): Promise<void> {
  const allowed = await manageableOrganisations(options.pool, options.actor);
  if (!allowed.includes(options.organisationId)) throw notFound('membership');
  const at = options.clock.now();
  await withTransaction(options.pool, async (tx) => {
    if (!(await deleteMembership(tx, options.userId, options.organisationId))) throw notFound('membership');
    const sessionsEnded = await endSessionsOfUser(tx, options.userId, at, 'removed_from_organisation');
    await appendAuditEvent(tx, options.auditActor, at, {
      action: 'user.removed_from_organisation',
      recordType: 'user',
      recordId: options.userId,
      detail: { organisationId: options.organisationId, sessionsEnded },
    });
  });
}
