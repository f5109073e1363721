import fs from 'node:fs/promises';
import path from 'node:path';
import { NotifyClient } from 'notifications-node-client';
import type { Logger } from 'pino';

/** Sends one text message; throws when the provider refuses it, so the job retries. */
export type Texter = { send(message: { id: string; to: string; text: string }): Promise<void>; describe: string };

/**
 * Text messages through GOV.UK Notify when a key and a template (whose body is
 * the single placeholder ((body))) are configured; otherwise the local sink:
 * each message is written as a .txt file beside the mail, with a log line.
 */
export function createTexter(options: {
  notifyApiKey?: string | undefined;
  notifySmsTemplateId?: string | undefined;
  sinkDir: string;
  logger: Logger;
}): Texter {
  if (options.notifyApiKey && options.notifySmsTemplateId) {
    const client = new NotifyClient(options.notifyApiKey);
    const templateId = options.notifySmsTemplateId;
    return {
      describe: 'GOV.UK Notify',
      async send(message) {
        await client.sendSms(templateId, message.to, {
          personalisation: { body: message.text },
          reference: message.id,
        });
      },
    };
  }
  return {
    describe: `local message sink ${options.sinkDir} (no NOTIFY_API_KEY set)`,
    async send(message) {
      await fs.mkdir(options.sinkDir, { recursive: true });
      const file = path.join(
        options.sinkDir,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-sms-${message.id}.txt`,
      );
      await fs.writeFile(`${file}.partial`, `To: ${message.to}\n\n${message.text}\n`);
      await fs.rename(`${file}.partial`, file);
      options.logger.info(
        { file, to: message.to.replace(/\d(?=\d{3})/g, '•') },
        'text message written to the local sink (no NOTIFY_API_KEY set)',
      );
    },
  };
}
