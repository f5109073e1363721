import type { Queryable, Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import {
  countUnread,
  listNotifications,
  markAllRead,
  markRead,
  type Audience,
  type StaffNotification,
} from './notifications.repository.ts';

/** How many a person sees at once: the newest; older ones stay, read or not, and the count counts them all. */
const listed = 50;

/** The organisations a notification may have come through: those the person belongs to now. */
const organisationsOf = (actor: Actor) => actor.memberships.map((m) => m.organisationId);

/** Referrers and service admins open the request page; the consultant, their case page. */
const pages: Record<Audience, string> = { referrer: '/requests', consultant: '/review', service: '/requests' };
const withLink = ({ audience, ...notification }: StaffNotification) => ({
  ...notification,
  href: `${pages[audience]}/${notification.requestId}`,
});

/** The unread count for the header: nothing of a patient in it, so no audit row (it is asked every minute). */
export async function unreadNotifications(db: Queryable, actor: Actor) {
  return { unread: await countUnread(db, { userId: actor.userId, organisationIds: organisationsOf(actor) }) };
}

/** The caller's newest notifications and the number unread; one audit row for the list read. */
export async function readNotifications(tx: Tx, options: { actor: Actor; auditActor: AuditActor; at: Date }) {
  const scope = { userId: options.actor.userId, organisationIds: organisationsOf(options.actor) };
  const notifications = await listNotifications(tx, { ...scope, limit: listed });
  const unread = await countUnread(tx, scope);
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'notification.listed',
    detail: { count: notifications.length, unread },
  });
  return { notifications: notifications.map(withLink), unread };
}

/**
 * Marks one of the caller's notifications read. Another person's (or one through an organisation they have left)
 * is "not found", whether it exists or not.
 */
export async function readNotification(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; notificationId: string },
) {
  const scope = { userId: options.actor.userId, organisationIds: organisationsOf(options.actor) };
  const marked = await markRead(tx, { ...scope, id: options.notificationId, at: options.at });
  if (!marked) throw notFound('notification');
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'notification.read',
    recordType: 'notification',
    recordId: options.notificationId,
    detail: { requestId: marked.requestId, wasUnread: marked.wasUnread },
  });
  return { unread: await countUnread(tx, scope) };
}

/** Marks all the caller's notifications read; one audit row saying how many. */
export async function readAllNotifications(tx: Tx, options: { actor: Actor; auditActor: AuditActor; at: Date }) {
  const scope = { userId: options.actor.userId, organisationIds: organisationsOf(options.actor) };
  const count = await markAllRead(tx, { ...scope, at: options.at });
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'notification.all_read',
    detail: { count },
  });
  return { unread: 0 };
}
