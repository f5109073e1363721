import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export type OutgoingMail = {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
};

/** Sends one email; throws when the server refuses it, so the job retries. */
export type Mailer = { send(mail: OutgoingMail): Promise<void>; describe: string };

/**
 * Email over SMTP when `smtpUrl` is set; otherwise the local mail sink: each
 * message is written as an .eml file under `sinkDir`, where a developer can
 * open it, and a log line says where.
 */
export function createMailer(options: {
  smtpUrl?: string | undefined;
  from: string;
  sinkDir: string;
  logger: Logger;
}): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      describe: `SMTP ${new URL(options.smtpUrl).host}`,
      async send(mail) {
        await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          messageId: mail.messageId,
          attachments: mail.attachments ?? [],
        });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    describe: `local mail sink ${options.sinkDir}`,
    async send(mail) {
      const info = await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
        attachments: mail.attachments ?? [],
      });
      await fs.mkdir(options.sinkDir, { recursive: true });
      const file = path.join(
        options.sinkDir,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.messageId.replace(/[^a-z0-9-]/gi, '')}.eml`,
      );
      const temporary = `${file}.partial`;
      await fs.writeFile(temporary, info.message as Buffer);
      await fs.rename(temporary, file);
      options.logger.info({ file, subject: mail.subject }, 'email written to the local mail sink (no SMTP_URL set)');
    },
  };
}
