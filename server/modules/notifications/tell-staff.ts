import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import { insertNotifications, type Audience, type NotificationKind } from './notifications.repository.ts';

/**
 * Tells staff of something on a request that they must act on, in the transaction of the change that causes it:
 * a notification in each person's notification centre and, when `email` is given, the same people emailed through
 * the outbox (no patient details in either). One function for both, so that the people emailed and the people
 * whose header shows it cannot drift apart.
 *
 * Only people who may see the request now are told (see insertNotifications); `except` (the person whose action
 * this is) is never told of their own action.
 */
export async function tellStaff(
  tx: Tx,
  options: {
    requestId: string;
    userIds: readonly string[];
    audience: Audience;
    kind: NotificationKind;
    /** One line naming the request by its reference, and nothing of the patient. */
    text: string;
    at: Date;
    except?: string | null;
    email?: { boss: PgBoss; subject: string; bodyText: string };
  },
): Promise<{ userId: string; email: string }[]> {
  const told = await insertNotifications(tx, {
    requestId: options.requestId,
    userIds: options.userIds.filter((id) => id !== options.except),
    audience: options.audience,
    kind: options.kind,
    text: options.text,
    at: options.at,
  });
  if (options.email) {
    for (const person of told) {
      await enqueueNotification(
        tx,
        options.email.boss,
        {
          channel: 'email',
          recipient: person.email,
          subject: options.email.subject,
          bodyText: options.email.bodyText,
          requestId: options.requestId,
        },
        options.at,
      );
    }
  }
  return told;
}
