import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { mailDir, smtpPort } from './mail-sink.ts';

/**
 * Global setup: a real SMTP server on loopback for the service under test (playwright.config.ts gives it SMTP_URL).
 * Each message is written whole to mailDir, first under a temporary name, so a spec never reads half of one. The
 * service starts before this runs, but only connects when it sends, and its outbox retries.
 */
export default async function startMailSink(): Promise<() => Promise<void>> {
  fs.rmSync(mailDir, { recursive: true, force: true });
  fs.mkdirSync(mailDir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const name = `${Date.now()}-${String(++count).padStart(5, '0')}`;
        const temporary = path.join(mailDir, `${name}.part`);
        fs.writeFileSync(temporary, Buffer.concat(chunks));
        fs.renameSync(temporary, path.join(mailDir, `${name}.eml`));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(smtpPort, '127.0.0.1', resolve);
  });
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(mailDir, { recursive: true, force: true });
  };
}
