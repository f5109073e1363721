import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import { withTransaction } from '../../db/database.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { hasRole, type Actor } from '../../http/actor.ts';
import type { Role } from '../../../shared/roles.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { endSessionsOfUser } from '../auth/index.ts';
import { administratorRoles, manageableOrganisations } from './users.policy.ts';
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
    const { rows } = await tx.query<{ roles: Role[] }>(
      'SELECT roles FROM memberships WHERE user_id = $1 AND organisation_id = $2 FOR UPDATE',
      [options.userId, options.organisationId],
    );
    const roles = rows[0]?.roles ?? [];
    // The same rules as changing roles: only a system administrator takes the system administrator role away, and
    // nobody removes the last administrator role of their own.
    if (roles.includes('system_admin') && !hasRole(options.actor, 'system_admin'))
      throw new AppError('forbidden', 'Only a system administrator can remove a system administrator.');
    if (options.userId === options.actor.userId && roles.some((r) => administratorRoles.includes(r)))
      throw new AppError('conflict', 'You cannot remove yourself from an organisation you administer.');
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
