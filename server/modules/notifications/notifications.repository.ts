import type { Queryable } from '../../db/database.ts';

export const notificationKinds = [
  'question',
  'photographs_requested',
  'answer',
  'message',
  'not_accepted',
  'redirected',
  'returned',
  'outcome',
  'addendum',
  'escalation_due',
  'escalation_breached',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * Why the person was told, which decides the page the notification opens: the referrer's request page, the
 * consultant's case page, or the request page for the service's admins.
 */
export type Audience = 'referrer' | 'consultant' | 'service';

/** The roles through which each audience is told, in the organisation of the request that is theirs. */
const audienceRoles: Record<Audience, string[]> = {
  referrer: ['referrer'],
  consultant: ['consultant'],
  service: ['service_admin', 'consultant'],
};

/**
 * Writes one notification per person named, in the caller's transaction, for those of them who may see the
 * request now: enabled, and holding the audience's role in the referring practice (referrers) or the receiving
 * service (everyone else). Anybody else named is left out, so a notification never tells someone of a request they
 * have no part in. Returns who was told, with their email addresses.
 */
export async function insertNotifications(
  tx: Queryable,
  notification: {
    requestId: string;
    userIds: readonly string[];
    audience: Audience;
    kind: NotificationKind;
    text: string;
    at: Date;
  },
): Promise<{ userId: string; email: string }[]> {
  if (notification.userIds.length === 0) return [];
  const { rows } = await tx.query<{ userId: string; email: string }>(
    `WITH told AS (
       INSERT INTO staff_notifications (user_id, organisation_id, request_id, kind, audience, text, created_at)
       SELECT DISTINCT ON (u.id) u.id, m.organisation_id, r.id, $3, $4, $5, $6
       FROM requests r
       JOIN memberships m
         ON m.organisation_id = CASE WHEN $4 = 'referrer' THEN r.practice_id ELSE r.service_id END
        AND m.roles && $7::text[]
       JOIN users u ON u.id = m.user_id AND u.disabled_at IS NULL
       WHERE r.id = $1 AND u.id = ANY($2::uuid[])
       ORDER BY u.id
       RETURNING user_id)
     SELECT u.id AS "userId", u.email FROM told JOIN users u ON u.id = told.user_id ORDER BY u.email`,
    [
      notification.requestId,
      [...new Set(notification.userIds)],
      notification.kind,
      notification.audience,
      notification.text,
      notification.at,
      audienceRoles[notification.audience],
    ],
  );
  return rows;
}

/**
 * Who of a practice is told of what happens to its request: the referrer who made it, or, when they can no longer
 * act on it (disabled, or no longer a referrer there), every referrer of the practice, so that the question or the
 * returned case still reaches someone who can act.
 */
export async function referrersOf(db: Queryable, requestId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string; own: boolean }>(
    `SELECT u.id, u.id = r.referrer_id AS own
     FROM requests r
     JOIN memberships m ON m.organisation_id = r.practice_id AND 'referrer' = ANY(m.roles)
     JOIN users u ON u.id = m.user_id AND u.disabled_at IS NULL
     WHERE r.id = $1`,
    [requestId],
  );
  const own = rows.filter((row) => row.own);
  return (own.length ? own : rows).map((row) => row.id);
}

/**
 * The consultants working on a case: the one holding it, or when nobody does, those who have written to the
 * referrer about it or signed its outcome. A note to a case nobody has touched reaches whoever opens it next.
 */
export async function consultantsOn(db: Queryable, requestId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT claimed_by AS id FROM requests WHERE id = $1 AND claimed_by IS NOT NULL
     UNION
     SELECT m.author_user_id FROM messages m JOIN requests r ON r.id = m.request_id
     WHERE m.request_id = $1 AND r.claimed_by IS NULL AND m.author_user_id IS NOT NULL
       AND m.author_organisation_id = r.service_id
     UNION
     SELECT o.signed_by FROM outcomes o JOIN requests r ON r.id = o.request_id
     WHERE o.request_id = $1 AND r.claimed_by IS NULL`,
    [requestId],
  );
  return rows.map((row) => row.id);
}

/** The consultant who asked the referrer the latest question or for better photographs. */
export async function askerOf(db: Queryable, requestId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT author_user_id AS id FROM messages
     WHERE request_id = $1 AND kind IN ('question', 'photo_request') AND author_user_id IS NOT NULL
     ORDER BY seq DESC LIMIT 1`,
    [requestId],
  );
  return rows.map((row) => row.id);
}

/** The consultant holding a case, as a list of one, or null when nobody holds it. */
export async function holderOf(db: Queryable, requestId: string): Promise<string[] | null> {
  const { rows } = await db.query<{ id: string | null }>('SELECT claimed_by AS id FROM requests WHERE id = $1', [
    requestId,
  ]);
  return rows[0]?.id ? [rows[0].id] : null;
}

/** The service's users holding one of the roles, for an escalation. */
export async function serviceStaffOf(db: Queryable, requestId: string, role: 'consultant' | 'service_admin') {
  const { rows } = await db.query<{ id: string }>(
    `SELECT m.user_id AS id FROM requests r
     JOIN memberships m ON m.organisation_id = r.service_id AND $2 = ANY(m.roles)
     WHERE r.id = $1`,
    [requestId, role],
  );
  return rows.map((row) => row.id);
}

export type StaffNotification = {
  id: string;
  kind: NotificationKind;
  audience: Audience;
  requestId: string;
  reference: string;
  text: string;
  createdAt: Date;
  readAt: Date | null;
};

/**
 * A person's notifications, newest first, through the organisations they belong to now; with the number unread.
 */
export async function listNotifications(
  db: Queryable,
  options: { userId: string; organisationIds: string[]; limit: number },
): Promise<StaffNotification[]> {
  const { rows } = await db.query<StaffNotification>(
    `SELECT n.id, n.kind, n.audience, n.request_id AS "requestId", r.reference, n.text, n.created_at AS "createdAt",
            n.read_at AS "readAt"
     FROM staff_notifications n JOIN requests r ON r.id = n.request_id
     WHERE n.user_id = $1 AND n.organisation_id = ANY($2::uuid[])
     ORDER BY n.created_at DESC, n.id
     LIMIT $3`,
    [options.userId, options.organisationIds, options.limit],
  );
  return rows;
}

export async function countUnread(db: Queryable, options: { userId: string; organisationIds: string[] }) {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM staff_notifications
     WHERE user_id = $1 AND organisation_id = ANY($2::uuid[]) AND read_at IS NULL`,
    [options.userId, options.organisationIds],
  );
  return rows[0]!.n;
}

/**
 * Marks one of the person's notifications read (the first reading is kept). Null when it is not theirs, or not
 * through an organisation they belong to now: the same answer as for one that does not exist.
 */
export async function markRead(
  db: Queryable,
  options: { id: string; userId: string; organisationIds: string[]; at: Date },
): Promise<{ requestId: string; wasUnread: boolean } | null> {
  const { rows } = await db.query<{ requestId: string; wasUnread: boolean }>(
    `UPDATE staff_notifications n SET read_at = coalesce(n.read_at, $4)
     FROM staff_notifications before
     WHERE n.id = $1 AND before.id = n.id AND n.user_id = $2 AND n.organisation_id = ANY($3::uuid[])
     RETURNING n.request_id AS "requestId", before.read_at IS NULL AS "wasUnread"`,
    [options.id, options.userId, options.organisationIds, options.at],
  );
  return rows[0] ?? null;
}

/** Marks every unread notification of the person read; returns how many were. */
export async function markAllRead(
  db: Queryable,
  options: { userId: string; organisationIds: string[]; at: Date },
): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE staff_notifications SET read_at = $3
     WHERE user_id = $1 AND organisation_id = ANY($2::uuid[]) AND read_at IS NULL`,
    [options.userId, options.organisationIds, options.at],
  );
  return rowCount ?? 0;
}
