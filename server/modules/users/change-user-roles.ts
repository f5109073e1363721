import type pg from 'pg';
import type { Role } from '../../../shared/roles.ts';
import type { Clock } from '../../clock.ts';
import { withTransaction } from '../../db/database.ts';
import { hasRole, type Actor } from '../../http/actor.ts';
import { AppError, notFound, type FieldError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { administratorRoles, manageableOrganisations, roleProblems } from './users.policy.ts';
import { findUserInOrganisations, updateMembershipRoles } from './users.repository.ts';

/**
 * Gives and takes a user's roles in one organisation the actor manages. Sessions read roles afresh on every
 * request, so a role taken away is gone from the user's next request. An administrator cannot take away their own
 * last administrator role, so that no one locks themselves out of managing users by mistake.
 */
export async function changeUserRoles(options: {
  pool: pg.Pool;
  clock: Clock;
  actor: Actor;
  auditActor: AuditActor;
  userId: string;
  organisationId: string;
  roles: Role[];
}): Promise<void> {
  const { actor, organisationId } = options;
  const allowed = await manageableOrganisations(options.pool, actor);
  if (!allowed.includes(organisationId)) throw notFound('membership');
  const user = await findUserInOrganisations(options.pool, options.userId, [organisationId]);
  const membership = user?.memberships.find((m) => m.organisationId === organisationId);
  if (!user || !membership) throw notFound('membership');

  const roles = [...new Set(options.roles)];
  const problems: FieldError[] = roleProblems(actor, membership.kind, roles);
  if (membership.roles.includes('system_admin') && !roles.includes('system_admin') && !hasRole(actor, 'system_admin'))
    problems.push({
      field: 'roles',
      message: 'Only a system administrator can take away the system administrator role',
    });
  if (roles.includes('consultant') && !membership.roles.includes('consultant') && !user.gmcNumber)
    problems.push({ field: 'roles', message: 'They have no GMC number on record, so they cannot be a consultant' });
  if (roles.includes('referrer') && !membership.roles.includes('referrer') && !user.professionalRegistration)
    problems.push({
      field: 'roles',
      message: 'They have no professional registration on record, so they cannot be a referrer',
    });
  if (problems.length)
    throw new AppError('validation_failed', problems.map((p) => p.message).join('; '), { fieldErrors: problems });

  if (user.id === actor.userId) {
    const keptElsewhere = actor.memberships.filter((m) => m.organisationId !== organisationId).flatMap((m) => m.roles);
    if (![...keptElsewhere, ...roles].some((role) => administratorRoles.includes(role))) {
      throw new AppError(
        'conflict',
        'You cannot take away your own last administrator role. Ask another administrator if it should go.',
        { fieldErrors: [{ field: 'roles', message: 'You cannot take away your own last administrator role' }] },
      );
    }
  }

  const at = options.clock.now();
  await withTransaction(options.pool, async (tx) => {
    if (!(await updateMembershipRoles(tx, user.id, organisationId, roles))) throw notFound('membership');
    await appendAuditEvent(tx, options.auditActor, at, {
      action: 'user.roles_changed',
      recordType: 'user',
      recordId: user.id,
      detail: { organisationId, from: membership.roles, to: roles },
    });
  });
}
