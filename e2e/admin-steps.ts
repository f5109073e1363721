import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { expect } from './fixtures.ts';
import { mailDir } from './mail-sink.ts';

/** The invitation link in the newest email to this address, once it has arrived at the test SMTP server. */
export async function invitationLinkSentTo(address: string): Promise<string> {
  let link: string | null = null;
  await expect
    .poll(
      async () => {
        link = await newestInvitationLink(address);
        return link;
      },
      { message: `an email with an invitation link to ${address}`, timeout: 20_000 },
    )
    .not.toBeNull();
  return link!;
}

async function newestInvitationLink(address: string): Promise<string | null> {
  const files = fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((f) => f.endsWith('.eml')) : [];
  for (const file of files.sort().reverse()) {
    const mail = await simpleParser(fs.readFileSync(path.join(mailDir, file)));
    const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    if (!to.some((list) => list.value.some((entry) => entry.address === address))) continue;
    const match = /https?:\/\/[^\s"<>]+\/invitation\/[A-Za-z0-9_-]+/.exec(mail.text ?? '');
    if (match) return match[0];
  }
  return null;
}
