import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../db/database.ts';
import { createLogger } from '../logger.ts';
import { createMailer } from '../mail/mailer.ts';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink.ts';
import { buildTestApp, type TestApp } from '../testing/test-app.ts';
import { enqueueNotification, outboxWorker, releaseNotification, type Notification } from './outbox.ts';

let t: TestApp;
let smtp: SmtpSink;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await buildTestApp({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const pdf = Buffer.from('%PDF-1.4\n% a letter\n%%EOF\n');
const mailer = () =>
  createMailer({
    smtpUrl: t.config.smtpUrl,
    from: t.config.mailFrom,
    sinkDir: '.tmp/mail',
    logger: createLogger(t.config),
  });
const worker = () => outboxWorker(t.db.pool, t.clock, mailer(), undefined, t.services.blobs);
const boss = () => t.services.jobs.boss;
const deliveryJobs = (outboxId: string) => boss().findJobs('outbox-delivery', { id: outboxId });
const letter = (subject: string, key: string): Notification => ({
  channel: 'email',
  recipient: 'ada@example.com',
  subject,
  bodyText: 'Your appointment letter is attached.',
  attachment: { key, name: 'appointment-letter.pdf' },
});

describe('the outbox', () => {
  it('holds a notification until it is released, and releases it once', async () => {
    await t.services.blobs.put('letters/test/held.pdf', pdf, { contentType: 'application/pdf' });
    const id = await withTransaction(t.db.pool, (tx) =>
      enqueueNotification(tx, boss(), letter('Held', 'letters/test/held.pdf'), t.clock.now(), { hold: true }),
    );
    expect(await deliveryJobs(id)).toEqual([]);
    const { rows } = await t.db.pool.query('SELECT attachment_key, attachment_name FROM outbox WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ attachment_key: 'letters/test/held.pdf', attachment_name: 'appointment-letter.pdf' });

    await withTransaction(t.db.pool, (tx) => releaseNotification(tx, boss(), id));
    await withTransaction(t.db.pool, (tx) => releaseNotification(tx, boss(), id));
    const jobs = await deliveryJobs(id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data).toEqual({ outboxId: id });
  });

  it('sends an email’s attachment, read from the blob store, as a PDF', async () => {
    await t.services.blobs.put('letters/test/sent.pdf', pdf, { contentType: 'application/pdf' });
    const id = await withTransaction(t.db.pool, (tx) =>
      enqueueNotification(tx, boss(), letter('With a letter', 'letters/test/sent.pdf'), t.clock.now()),
    );
    expect(await deliveryJobs(id)).toHaveLength(1);
    await worker().handle({ outboxId: id }, boss());
    const mail = await smtp.waitFor((m) => m.subject === 'With a letter');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ filename: 'appointment-letter.pdf', contentType: 'application/pdf' });
    expect(mail.attachments[0]!.content.equals(pdf)).toBe(true);
    const { rows } = await t.db.pool.query('SELECT sent_at FROM outbox WHERE id = $1', [id]);
    expect(rows[0].sent_at).not.toBeNull();
  });

  it('fails the attempt, to be retried, while the attachment is missing', async () => {
    const id = await withTransaction(t.db.pool, (tx) =>
      enqueueNotification(tx, boss(), letter('Not yet', 'letters/test/missing.pdf'), t.clock.now(), { hold: true }),
    );
    await expect(worker().handle({ outboxId: id }, boss())).rejects.toThrow();
    const { rows } = await t.db.pool.query('SELECT sent_at, attempts, last_error FROM outbox WHERE id = $1', [id]);
    expect(rows[0]).toMatchObject({ sent_at: null, attempts: 1 });
    expect(rows[0].last_error).toBeTruthy();
    expect(smtp.messages.find((m) => m.subject === 'Not yet')).toBeUndefined();
  });

  it('refuses an attachment on a text message', async () => {
    await expect(
      withTransaction(t.db.pool, (tx) =>
        enqueueNotification(
          tx,
          boss(),
          { ...letter('Text', 'letters/test/sent.pdf'), channel: 'sms', recipient: '+447700900123' },
          t.clock.now(),
        ),
      ),
    ).rejects.toThrow('only an email can carry an attachment');
  });
});

describe('the local mail sink', () => {
  it('writes the attachment into the .eml file', async () => {
    const sinkDir = await fs.mkdtemp(path.join(os.tmpdir(), 'telederm-mail-'));
    try {
      const sink = createMailer({
        from: 'Telederm <no-reply@telederm.localhost>',
        sinkDir,
        logger: createLogger(t.config),
      });
      await sink.send({
        messageId: '<eml-test@telederm>',
        to: 'ada@example.com',
        subject: 'Your appointment',
        text: 'Attached.',
        attachments: [{ filename: 'appointment-letter.pdf', content: pdf, contentType: 'application/pdf' }],
      });
      const [file] = await fs.readdir(sinkDir);
      const mail = await simpleParser(await fs.readFile(path.join(sinkDir, file!)));
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments[0]).toMatchObject({ filename: 'appointment-letter.pdf', contentType: 'application/pdf' });
      expect(mail.attachments[0]!.content.equals(pdf)).toBe(true);
    } finally {
      await fs.rm(sinkDir, { recursive: true, force: true });
    }
  });
});
