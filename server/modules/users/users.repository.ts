import type { Queryable } from '../../db/database.ts';
import type { OrganisationKind, Role } from '../../../shared/roles.ts';

export type UserForSignIn = { id: string; passwordHash: string; active: boolean };

/** The user with this email, and whether they may sign in (not disabled, in at least one organisation). */
export async function findUserForSignIn(db: Queryable, email: string): Promise<UserForSignIn | null> {
  const { rows } = await db.query<UserForSignIn>(
    `SELECT u.id, u.password_hash AS "passwordHash",
            (u.disabled_at IS NULL AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id)) AS active
     FROM users u WHERE lower(u.email) = lower($1)`,
    [email],
  );
  return rows[0] ?? null;
}

export type UserSummary = {
  id: string;
  email: string;
  displayName: string;
  gmcNumber: string | null;
  professionalRegistration: string | null;
  disabled: boolean;
  /** When they last signed in; null if they never have. */
  lastSignedInAt: Date | null;
  memberships: { organisationId: string; organisationName: string; kind: OrganisationKind; roles: Role[] }[];
};

/** Users with a membership in any of the given organisations, with only those memberships shown. */
export async function listUsersOf(db: Queryable, organisationIds: string[]): Promise<UserSummary[]> {
  const { rows } = await db.query<UserSummary>(
    `SELECT u.id, u.email, u.display_name AS "displayName", u.gmc_number AS "gmcNumber",
            u.professional_registration AS "professionalRegistration", u.disabled_at IS NOT NULL AS disabled,
            u.last_signed_in_at AS "lastSignedInAt",
            json_agg(json_build_object('organisationId', o.id, 'organisationName', o.name, 'kind', o.kind, 'roles', m.roles)
                     ORDER BY o.name) AS memberships
     FROM users u
     JOIN memberships m ON m.user_id = u.id AND m.organisation_id = ANY($1)
     JOIN organisations o ON o.id = m.organisation_id
     GROUP BY u.id ORDER BY u.display_name`,
    [organisationIds],
  );
  return rows;
}

export async function findUserInOrganisations(
  db: Queryable,
  userId: string,
  organisationIds: string[],
): Promise<UserSummary | null> {
  const users = await listUsersOf(db, organisationIds);
  return users.find((u) => u.id === userId) ?? null;
}

export async function insertUser(
  tx: Queryable,
  user: {
    email: string;
    displayName: string;
    passwordHash: string;
    gmcNumber: string | null;
    professionalRegistration: string | null;
  },
): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO users (email, display_name, password_hash, gmc_number, professional_registration)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
    [user.email, user.displayName, user.passwordHash, user.gmcNumber, user.professionalRegistration],
  );
  return rows[0]?.id ?? null;
}

export async function insertMembership(tx: Queryable, userId: string, organisationId: string, roles: Role[]) {
  await tx.query('INSERT INTO memberships (user_id, organisation_id, roles) VALUES ($1, $2, $3)', [
    userId,
    organisationId,
    roles,
  ]);
}

export async function markUserDisabled(tx: Queryable, userId: string, at: Date): Promise<void> {
  await tx.query('UPDATE users SET disabled_at = coalesce(disabled_at, $2) WHERE id = $1', [userId, at]);
}

export async function deleteMembership(tx: Queryable, userId: string, organisationId: string): Promise<boolean> {
  const { rowCount } = await tx.query('DELETE FROM memberships WHERE user_id = $1 AND organisation_id = $2', [
    userId,
    organisationId,
  ]);
  return (rowCount ?? 0) > 0;
}

export async function markUserEnabled(tx: Queryable, userId: string): Promise<void> {
  await tx.query('UPDATE users SET disabled_at = NULL WHERE id = $1', [userId]);
}

export async function markSignedIn(tx: Queryable, userId: string, at: Date): Promise<void> {
  await tx.query('UPDATE users SET last_signed_in_at = $2 WHERE id = $1', [userId, at]);
}

/** Replaces a user's roles in one organisation; false when they have no membership there. */
export async function updateMembershipRoles(
  tx: Queryable,
  userId: string,
  organisationId: string,
  roles: Role[],
): Promise<boolean> {
  const { rowCount } = await tx.query('UPDATE memberships SET roles = $3 WHERE user_id = $1 AND organisation_id = $2', [
    userId,
    organisationId,
    roles,
  ]);
  return (rowCount ?? 0) > 0;
}

export async function emailInUse(db: Queryable, email: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [email]);
  return rows.length > 0;
}
