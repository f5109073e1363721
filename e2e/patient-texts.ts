import fs from 'node:fs';
import path from 'node:path';
import { normaliseUkMobile } from '../server/modules/patients/patient-validation.ts';
import { e2eDataDir } from './environment.ts';
import { expect } from './fixtures.ts';

/**
 * Where the service under test writes each text message it sends: with no GOV.UK Notify key it keeps them in its
 * local sink, one `<time>-sms-<id>.txt` file each ("To: <number>", a blank line, the text), under its data directory
 * (server/mail/texter.ts, server/main.ts).
 */
export const textSinkDir = path.join(e2eDataDir, 'mail');

export type TextMessage = { file: string; to: string; text: string };

/**
 * A UK mobile number no other test gives a patient, in the range Ofcom keeps for drama (07700 900000 to 900999),
 * typed as a GP would. Numbers other specs use by name (900123, 900982) are never chosen.
 */
export function uniqueMobile(): string {
  const taken = new Set([123, 982]);
  const free = Array.from({ length: 1000 }, (_, n) => n).filter((n) => !taken.has(n));
  const last = free[Math.floor(Math.random() * free.length)]!;
  return `07700 900${String(last).padStart(3, '0')}`;
}

/** Every text the service has sent to this number so far, oldest first; the number may be typed in any UK form. */
export function textsSentTo(mobile: string): TextMessage[] {
  const to = normaliseUkMobile(mobile);
  if (!to) throw new Error(`${mobile} is not a UK mobile number`);
  // A text is written to a .partial file and renamed, so a file with the name is always whole.
  const files = fs.existsSync(textSinkDir)
    ? fs.readdirSync(textSinkDir).filter((file) => /-sms-.+\.txt$/.test(file))
    : [];
  return files
    .sort()
    .map((file) => parse(file, fs.readFileSync(path.join(textSinkDir, file), 'utf8')))
    .filter((message) => normaliseUkMobile(message.to) === to);
}

/** The newest text to this number whose words match, once the service has sent it (it leaves through a job). */
export async function textSentTo(mobile: string, matching: RegExp): Promise<TextMessage> {
  let found: TextMessage | undefined;
  await expect
    .poll(
      () => {
        found = textsSentTo(mobile).findLast((message) => matching.test(message.text));
        return found?.text ?? null;
      },
      { message: `a text message to ${mobile} matching ${String(matching)}`, timeout: 30_000 },
    )
    .not.toBeNull();
  return found!;
}

/** The secure patient link in a text message, or null when it has none (it points to one sent before). */
export function patientLinkIn(text: string): string | null {
  return /https?:\/\/[^\s"<>]+\/p\/[A-Za-z0-9_-]+/.exec(text)?.[0] ?? null;
}

function parse(file: string, content: string): TextMessage {
  const [head = '', ...body] = content.split('\n\n');
  const to = /^To: (.*)$/m.exec(head)?.[1]?.trim() ?? '';
  return { file, to, text: body.join('\n\n').trimEnd() };
}
