import {
  organisationKindLabels,
  roleLabels,
  rolesByOrganisationKind,
  type OrganisationKind,
  type Role,
} from '../../../shared/roles.ts';
import type { Queryable } from '../../db/database.ts';
import { hasRole, organisationsWithRole, type Actor } from '../../http/actor.ts';
import type { FieldError } from '../../http/errors.ts';

/**
 * The organisations whose users the actor may manage: a system administrator
 * manages every organisation's users, a service administrator their own
 * organisation's.
 */
export async function manageableOrganisations(db: Queryable, actor: Actor): Promise<string[]> {
  if (hasRole(actor, 'system_admin')) {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM organisations');
    return rows.map((r) => r.id);
  }
  return organisationsWithRole(actor, 'service_admin');
}

/**
 * Why the actor may not disable or re-enable this whole account, or null when they may. Disabling and enabling
 * reach every organisation the person belongs to, so a service administrator may do it only to someone who belongs
 * to none but theirs and is not a system administrator: else one service could re-enable an account another (or the
 * system administrator) disabled, or disable the system administrator.
 */
export async function accountWideProblem(
  db: Queryable,
  actor: Actor,
  userId: string,
  allowed: readonly string[],
): Promise<string | null> {
  if (hasRole(actor, 'system_admin')) return null;
  const { rows } = await db.query<{ organisationId: string; roles: Role[] }>(
    'SELECT organisation_id AS "organisationId", roles FROM memberships WHERE user_id = $1',
    [userId],
  );
  if (rows.some((m) => m.roles.includes('system_admin')))
    return 'Only a system administrator can disable or re-enable a system administrator.';
  if (rows.some((m) => !allowed.includes(m.organisationId)))
    return 'This person also works for another organisation, so only a system administrator can disable or re-enable their account. You can remove them from your organisation instead.';
  return null;
}

/** Roles that let their holder manage users: nobody may take the last of their own away. */
export const administratorRoles: readonly Role[] = ['service_admin', 'system_admin'];

/**
 * Why these roles cannot be given in an organisation of this kind by this actor, one problem per role: each kind of
 * organisation grants its own roles, and only a system administrator gives or takes the system administrator role
 * (a service administrator could otherwise make themselves one).
 */
export function roleProblems(actor: Actor, kind: OrganisationKind, roles: readonly Role[]): FieldError[] {
  const problems: FieldError[] = [];
  const grantable = rolesByOrganisationKind[kind];
  for (const role of new Set(roles)) {
    if (!grantable.includes(role))
      problems.push({
        field: 'roles',
        message: `A ${organisationKindLabels[kind].toLowerCase()} cannot give the role ${roleLabels[role].toLowerCase()}`,
      });
    else if (role === 'system_admin' && !hasRole(actor, 'system_admin'))
      problems.push({ field: 'roles', message: 'Only a system administrator can give the system administrator role' });
  }
  return problems;
}
