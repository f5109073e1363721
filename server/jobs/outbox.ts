import type { PgBoss } from 'pg-boss';
import type pg from 'pg';
import type { Clock } from '../clock.ts';
import type { Queryable, Tx } from '../db/database.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Texter } from '../mail/texter.ts';
import type { Worker } from './queue.ts';

const queue = 'outbox-delivery';

export type Notification = {
  channel: 'email' | 'sms';
  recipient: string;
  subject: string;
  bodyText: string;
  requestId?: string;
};

/**
 * Puts a notification in the outbox, and its delivery job in the queue, in
 * the caller's transaction: both commit with the change that caused them, or
 * neither does. Nothing is sent before the change is committed.
 */
export async function enqueueNotification(tx: Tx, boss: PgBoss, notification: Notification, at: Date): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO outbox (channel, recipient, subject, body_text, request_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      notification.channel,
      notification.recipient,
      notification.subject,
      notification.bodyText,
      notification.requestId ?? null,
      at,
    ],
  );
  const id = rows[0]!.id;
  await boss.send(
    queue,
    { outboxId: id },
    {
      retryLimit: 8,
      retryDelay: 30,
      retryBackoff: true,
      retryDelayMax: 3600,
      db: { executeSql: (text: string, values?: unknown[]) => tx.query(text, values as unknown[]) },
    },
  );
  return id;
}

/**
 * Delivers one outbox row. Each row has one job, and the queue hands a job to
 * one worker at a time, so no lock is held across the network call (on the
 * embedded database a held transaction would stall every other query). A row
 * already sent is skipped, so a retried job does not send twice; the message
 * id is the outbox id, so a receiving server can recognise the rare duplicate
 * from a crash between sending and recording it.
 */
export function outboxWorker(pool: pg.Pool, clock: Clock, mailer: Mailer, texter?: Texter): Worker {
  return {
    queue,
    pollingIntervalSeconds: 1,
    async handle(data) {
      const { outboxId } = data as { outboxId: string };
      const { rows } = await pool.query<{
        channel: 'email' | 'sms';
        recipient: string;
        subject: string;
        body_text: string;
        sent_at: Date | null;
      }>('SELECT channel, recipient, subject, body_text, sent_at FROM outbox WHERE id = $1', [outboxId]);
      const row = rows[0];
      if (!row || row.sent_at) return;
      try {
        if (row.channel === 'sms') {
          if (!texter) throw new Error('no texter configured for text messages');
          await texter.send({ id: outboxId, to: row.recipient, text: row.body_text });
        } else {
          await mailer.send({
            messageId: `<${outboxId}@telederm>`,
            to: row.recipient,
            subject: row.subject,
            text: row.body_text,
          });
        }
      } catch (error) {
        await pool.query('UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [
          outboxId,
          String(error).slice(0, 500),
        ]);
        throw error;
      }
      // A patient link's token must not outlive its delivery in our own tables.
      await pool.query(
        `UPDATE outbox SET sent_at = $2, attempts = attempts + 1, last_error = NULL,
           body_text = regexp_replace(body_text, '/p/[A-Za-z0-9_-]+', '/p/[sent]', 'g') WHERE id = $1`,
        [outboxId, clock.now()],
      );
    },
  };
}

export async function unsentNotifications(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL');
  return rows[0]!.n;
}
