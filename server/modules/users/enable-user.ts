import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import { withTransaction } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { accountWideProblem, manageableOrganisations } from './users.policy.ts';
import { findUserInOrganisations, markUserEnabled } from './users.repository.ts';

/** Re-enables a disabled user: they may sign in again with their own password (their old sessions stay ended). */
export async function enableUser(options: {
  pool: pg.Pool;
  clock: Clock;
  actor: Actor;
  auditActor: AuditActor;
  userId: string;
}): Promise<void> {
  const allowed = await manageableOrganisations(options.pool, options.actor);
  const user = await findUserInOrganisations(options.pool, options.userId, allowed);
  if (!user) throw notFound('user');
  const problem = await accountWideProblem(options.pool, options.actor, user.id, allowed);
  if (problem) throw new AppError('forbidden', problem);
  if (!user.disabled) throw new AppError('conflict', 'This user is not disabled.');
  const at = options.clock.now();
  await withTransaction(options.pool, async (tx) => {
    await markUserEnabled(tx, user.id);
    await appendAuditEvent(tx, options.auditActor, at, {
      action: 'user.enabled',
      recordType: 'user',
      recordId: user.id,
    });
  });
}
