import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/database.ts';
import type { OrganisationKind, Role } from '../../../shared/roles.ts';

export const newToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
/**
 * The CSRF token of a session, derived from its cookie value: the page can be
 * given it at any time, yet a site without the cookie cannot compute it.
 */
export const csrfTokenFor = (sessionToken: string) =>
  createHash('sha256').update(`csrf|${sessionToken}`).digest('base64url');

export type SessionRecord = {
  sessionId: string;
  userId: string;
  csrfTokenHash: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  email: string;
  displayName: string;
  gmcNumber: string | null;
  professionalRegistration: string | null;
  memberships: { organisationId: string; organisationName: string; kind: OrganisationKind; roles: Role[] }[];
};

export async function insertSession(
  tx: Queryable,
  session: {
    tokenHash: string;
    csrfTokenHash: string;
    userId: string;
    at: Date;
    expiresAt: Date;
    clientAddress: string;
    userAgent: string;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO sessions (token_hash, csrf_token_hash, user_id, created_at, last_seen_at, expires_at, client_address, user_agent)
     VALUES ($1, $2, $3, $4, $4, $5, $6, $7) RETURNING id`,
    [
      session.tokenHash,
      session.csrfTokenHash,
      session.userId,
      session.at,
      session.expiresAt,
      session.clientAddress,
      session.userAgent.slice(0, 300),
    ],
  );
  return rows[0]!.id;
}

/**
 * The open session for a cookie, with its user's memberships; none when the
 * session has ended, or its user is disabled or belongs to no organisation.
 */
export async function findOpenSession(db: Queryable, hash: string): Promise<SessionRecord | null> {
  const { rows } = await db.query<SessionRecord>(
    `SELECT s.id AS "sessionId", s.user_id AS "userId", s.csrf_token_hash AS "csrfTokenHash",
            s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt",
            u.email, u.display_name AS "displayName", u.gmc_number AS "gmcNumber",
            u.professional_registration AS "professionalRegistration",
            json_agg(json_build_object('organisationId', o.id, 'organisationName', o.name, 'kind', o.kind, 'roles', m.roles)
                     ORDER BY o.name) AS memberships
     FROM sessions s
     JOIN users u ON u.id = s.user_id AND u.disabled_at IS NULL
     JOIN memberships m ON m.user_id = u.id
     JOIN organisations o ON o.id = m.organisation_id
     WHERE s.token_hash = $1 AND s.ended_at IS NULL
     GROUP BY s.id, u.id`,
    [hash],
  );
  return rows[0] ?? null;
}

export async function touchSession(db: Queryable, sessionId: string, at: Date): Promise<void> {
  await db.query('UPDATE sessions SET last_seen_at = $2 WHERE id = $1 AND ended_at IS NULL', [sessionId, at]);
}

export async function endSession(db: Queryable, sessionId: string, at: Date, reason: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE sessions SET ended_at = $2, ended_reason = $3 WHERE id = $1 AND ended_at IS NULL',
    [sessionId, at, reason],
  );
  return (rowCount ?? 0) > 0;
}

export async function endSessionByTokenHash(db: Queryable, hash: string, at: Date, reason: string): Promise<void> {
  await db.query('UPDATE sessions SET ended_at = $2, ended_reason = $3 WHERE token_hash = $1 AND ended_at IS NULL', [
    hash,
    at,
    reason,
  ]);
}

/** Ends every open session of a user; returns how many there were. */
export async function endSessionsOfUser(db: Queryable, userId: string, at: Date, reason: string): Promise<number> {
  const { rowCount } = await db.query(
    'UPDATE sessions SET ended_at = $2, ended_reason = $3 WHERE user_id = $1 AND ended_at IS NULL',
    [userId, at, reason],
  );
  return rowCount ?? 0;
}

export async function countRecentFailures(
  db: Queryable,
  key: { accountKey?: string; clientAddress?: string },
  since: Date,
): Promise<{ count: number; latest: Date | null }> {
  const { rows } = await db.query<{ count: number; latest: Date | null }>(
    `SELECT count(*)::int AS count, max(at) AS latest FROM sign_in_failures
     WHERE at > $1 AND ($2::text IS NULL OR account_key = $2) AND ($3::text IS NULL OR client_address = $3)`,
    [since, key.accountKey ?? null, key.clientAddress ?? null],
  );
  return rows[0] ?? { count: 0, latest: null };
}

export async function recordFailure(db: Queryable, accountKey: string, clientAddress: string, at: Date): Promise<void> {
  await db.query('INSERT INTO sign_in_failures (account_key, client_address, at) VALUES ($1, $2, $3)', [
    accountKey,
    clientAddress,
    at,
  ]);
}

/** After a sign-in succeeds: this address's failures on the account are forgiven, not others' (an attacker's). */
export async function clearFailures(db: Queryable, accountKey: string, clientAddress: string): Promise<void> {
  await db.query('DELETE FROM sign_in_failures WHERE account_key = $1 AND client_address = $2', [
    accountKey,
    clientAddress,
  ]);
}
