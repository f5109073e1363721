import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import { withTransaction } from '../../db/database.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Actor } from '../../http/actor.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { endSessionsOfUser } from '../auth/index.ts';
import { accountWideProblem, manageableOrganisations } from './users.policy.ts';
import { withdrawInvitationsSentBy } from './invitations.repository.ts';
import { findUserInOrganisations, markUserDisabled } from './users.repository.ts';

/** Disables a user and ends every session they have, in one transaction: their next request is refused. */
export async function disableUser(options: {
  pool: pg.Pool;
  clock: Clock;
  actor: Actor;
  auditActor: AuditActor;
  userId: string;
}): Promise<void> {
  if (options.userId === options.actor.userId) throw new AppError('conflict', 'You cannot disable your own account.');
  const allowed = await manageableOrganisations(options.pool, options.actor);
  const user = await findUserInOrganisations(options.pool, options.userId, allowed);
  if (!user) throw notFound('user');
  const problem = await accountWideProblem(options.pool, options.actor, user.id, allowed);
  if (problem) throw new AppError('forbidden', problem);
  const at = options.clock.now();
  await withTransaction(options.pool, async (tx) => {
    await markUserDisabled(tx, user.id, at);
    const sessionsEnded = await endSessionsOfUser(tx, user.id, at, 'user_disabled');
    // What a disabled administrator sent out stops working too: an invitation does not outlive its sender's access.
    const invitationsWithdrawn = await withdrawInvitationsSentBy(tx, user.id, at);
    await appendAuditEvent(tx, options.auditActor, at, {
      action: 'user.disabled',
      recordType: 'user',
      recordId: user.id,
      detail: { sessionsEnded, invitationsWithdrawn },
    });
  });
}
