import { e2eDataDir, e2ePort } from './environment.ts';

/**
 * The real SMTP server of the browser tier (mail-sink-setup.ts starts it in the runner): the service under test
 * sends its email to it over SMTP, and it keeps each message as it arrived, one file per message in `mailDir`,
 * where the specs (in other processes) can read it.
 */
export const smtpPort = Number(process.env['E2E_SMTP_PORT'] ?? e2ePort + 1);
export const smtpUrl = `smtp://127.0.0.1:${smtpPort}`;
export const mailDir = `${e2eDataDir}-smtp`;
