import { buffer } from 'node:stream/consumers';
import type { PgBoss } from 'pg-boss';
import type pg from 'pg';
import type { Clock } from '../clock.ts';
import type { Queryable, Tx } from '../db/database.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Texter } from '../mail/texter.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import type { Worker } from './queue.ts';

const queue = 'outbox-delivery';

export type Notification = {
  channel: 'email' | 'sms';
  recipient: string;
  subject: string;
  bodyText: string;
  requestId?: string;
  /** A stored file (an appointment letter) sent with an email, by its blob-store key and the name it goes by. */
  attachment?: { key: string; name: string };
};

/**
 * Puts a notification in the outbox, and its delivery job in the queue, in
 * the caller's transaction: both commit with the change that caused them, or
 * neither does. Nothing is sent before the change is committed.
 *
 * With `hold`, only the row is written: the message waits for something it
 * needs that is made later (the letter it carries), and whoever makes that
 * calls {@link releaseNotification}.
 */
export async function enqueueNotification(
  tx: Tx,
  boss: PgBoss,
  notification: Notification,
  at: Date,
  options: { hold?: boolean } = {},
): Promise<string> {
  if (notification.attachment && notification.channel !== 'email') {
    throw new Error('only an email can carry an attachment');
  }
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO outbox (channel, recipient, subject, body_text, request_id, attachment_key, attachment_name, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      notification.channel,
      notification.recipient,
      notification.subject,
      notification.bodyText,
      notification.requestId ?? null,
      notification.attachment?.key ?? null,
      notification.attachment?.name ?? null,
      at,
    ],
  );
  const id = rows[0]!.id;
  if (!options.hold) await sendDelivery(tx, boss, id);
  return id;
}

/**
 * Sends the delivery job of a held notification, in the caller's
 * transaction. Safe to repeat: the job's id is the outbox id, so a second
 * release adds no second job, and a row already sent is left alone.
 */
export async function releaseNotification(tx: Tx, boss: PgBoss, outboxId: string): Promise<void> {
  const { rows } = await tx.query<{ sent_at: Date | null }>('SELECT sent_at FROM outbox WHERE id = $1', [outboxId]);
  if (!rows[0]) throw new Error(`no outbox row ${outboxId} to release`);
  if (rows[0].sent_at) return;
  await sendDelivery(tx, boss, outboxId);
}

/** Replaces any patient link or staff invitation link in a message body with a marker, so that no token outlives its message. */
const redactLinks = (marker: 'sent' | 'withdrawn') =>
  `regexp_replace(body_text, '/(p|invitation)/[A-Za-z0-9_-]+', '/\\1/[${marker}]', 'g')`;

/**
 * Withdraws a held message that must not go (it would say something no longer true): it is kept, with the
 * reason and its link redacted, and never delivered.
 */
export async function withdrawNotification(tx: Tx, outboxId: string, reason: string): Promise<void> {
  await tx.query(
    `UPDATE outbox SET last_error = $2, body_text = ${redactLinks('withdrawn')} WHERE id = $1 AND sent_at IS NULL`,
    [outboxId, `withdrawn: ${reason}`],
  );
}

async function sendDelivery(tx: Tx, boss: PgBoss, outboxId: string) {
  await boss.send(
    queue,
    { outboxId },
    {
      id: outboxId,
      retryLimit: 8,
      retryDelay: 30,
      retryBackoff: true,
      retryDelayMax: 3600,
      db: { executeSql: (text: string, values?: unknown[]) => tx.query(text, values as unknown[]) },
    },
  );
}

const contentTypes: Record<string, string> = { pdf: 'application/pdf' };

/** The content type of an attachment, from its (server-made) file name. */
function attachmentContentType(name: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return contentTypes[extension] ?? 'application/octet-stream';
}

/**
 * Delivers one outbox row. Each row has one job, and the queue hands a job to
 * one worker at a time, so no lock is held across the network call (on the
 * embedded database a held transaction would stall every other query). A row
 * already sent is skipped, so a retried job does not send twice; the message
 * id is the outbox id, so a receiving server can recognise the rare duplicate
 * from a crash between sending and recording it.
 *
 * An email with an attachment reads it from `blobs`; a missing file fails the
 * attempt, and the job retries.
 */
export function outboxWorker(pool: pg.Pool, clock: Clock, mailer: Mailer, texter?: Texter, blobs?: BlobStore): Worker {
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
        attachment_key: string | null;
        attachment_name: string | null;
        sent_at: Date | null;
      }>(
        `SELECT channel, recipient, subject, body_text, attachment_key, attachment_name, sent_at
         FROM outbox WHERE id = $1`,
        [outboxId],
      );
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
            ...(row.attachment_key
              ? { attachments: [await readAttachment(row.attachment_key, row.attachment_name ?? 'attachment')] }
              : {}),
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
           body_text = ${redactLinks('sent')} WHERE id = $1`,
        [outboxId, clock.now()],
      );
    },
  };

  async function readAttachment(key: string, name: string) {
    if (!blobs) throw new Error('no blob store configured for attachments');
    return { filename: name, content: await buffer(await blobs.get(key)), contentType: attachmentContentType(name) };
  }
}

export async function unsentNotifications(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL');
  return rows[0]!.n;
}
