import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { expect, test } from './fixtures.ts';
import { referrerEmail, signInAsReferrer } from './intake-steps.ts';
import { mailDir } from './mail-sink.ts';
import { patientLinkSentTo } from './patient-mail.ts';
import {
  draftWithPatientContacts,
  enterDateOfBirth,
  openLinkOnPhone,
  patientFamilyName,
  uniquePatientEmail,
} from './patient-steps.ts';
import { expectThumbnails, fixturePhoto } from './photo-steps.ts';

/** The email with this subject, once it has arrived at the test SMTP server. */
async function emailWithSubject(subject: string): Promise<ParsedMail> {
  let found: ParsedMail | null = null;
  await expect
    .poll(
      async () => {
        const files = fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((f) => f.endsWith('.eml')) : [];
        for (const file of files) {
          const mail = await simpleParser(fs.readFileSync(path.join(mailDir, file)));
          if (mail.subject === subject) found = mail;
        }
        return found !== null;
      },
      { message: `an email “${subject}”`, timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}

test('a patient who does everything their link asks is thanked, and the GP is told by email and sees it on their request list', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const email = uniquePatientEmail();
  const { referrer, id, dateOfBirth } = await draftWithPatientContacts(baseURL!, email);
  const { reference } = await referrer.call<{ reference: string }>('GET', `/api/requests/${id}`);
  await referrer.call('POST', `/api/requests/${id}/patient-links`, { channel: 'email' });

  // The patient opens the link on their phone and does each task on their list.
  const { context, page: phone, problems } = await openLinkOnPhone(browser, await patientLinkSentTo(email));
  await enterDateOfBirth(phone, dateOfBirth);
  await expect(phone.getByRole('heading', { level: 1 })).toContainText('Your skin photos and questions');
  await expect(phone.getByRole('main')).toContainText('Your GP practice is preparing your request.');

  await phone.getByRole('link', { name: 'Give your consent' }).click();
  await phone.getByLabel(/I agree to my photos and answers being shared/).check();
  await phone.getByRole('button', { name: 'Save and continue' }).click();
  await expect(phone.locator('#before-consent-status')).toHaveText('Completed');

  await phone.getByRole('link', { name: 'Send your photos' }).click();
  await phone.getByRole('group', { name: 'Area 1: Which photo are you adding?' }).getByLabel('Close-up').check();
  await phone.getByLabel('Choose photos of area 1').setInputFiles([fixturePhoto('Portrait_1.jpg')]);
  await expectThumbnails(phone.getByRole('list', { name: 'Photos of area 1' }), 1);
  await phone.getByRole('link', { name: 'I have sent my photos' }).click();
  await expect(phone.locator('#before-photos-status')).toHaveText('1 photo sent');
  // Not finished yet: the questions are still to answer.
  await expect(phone.getByRole('main')).toContainText('Your GP practice is preparing your request.');

  await phone.getByRole('link', { name: 'Answer questions about your skin' }).click();
  await phone.getByLabel('Number').fill('3');
  await phone.getByLabel('Days, weeks, months or years').selectOption('weeks');
  await phone.getByLabel('It itches').check();
  await phone.getByLabel('What medicines do you take?').fill('None');
  await phone.getByLabel('Do you have any allergies?').fill('None');
  await phone
    .getByRole('group', { name: 'Have you had skin cancer before?' })
    .getByLabel('No', { exact: true })
    .check();
  await phone.getByRole('button', { name: 'Finish' }).click();
  await expect(phone.locator('#before-questions-status')).toHaveText('Completed');

  // Everything done: the patient is no longer told their practice is still preparing the request.
  const status = phone.locator('.app-patient-status');
  await expect(status).toContainText('Thank you — you have done everything we asked.');
  await expect(status).toContainText('Your GP practice will now send your request to the dermatology service.');
  await expect(status).not.toContainText('preparing your request');
  expect(problems, 'errors in the patient’s pages').toEqual([]);
  await context.close();

  // The GP's list says the patient has finished, not that the draft was started.
  await signInAsReferrer(page);
  await page.goto('/requests');
  const row = page.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('Patient finished their part');
  await expect(row).not.toContainText('Draft started');

  // And the GP has an email that names the request and links to it, with nothing clinical or personal in it.
  const mail = await emailWithSubject(`Telederm ${reference}: the patient has finished their part`);
  expect(mail.to).toMatchObject({ value: [{ address: referrerEmail }] });
  expect(mail.text).not.toContain(patientFamilyName);
  expect(mail.text).not.toContain('Pink scaly patch');
  const requestLink = /https?:\/\/\S+\/requests\/[0-9a-f-]{36}/.exec(mail.text ?? '')?.[0];
  expect(requestLink).toBe(`${baseURL}/requests/${id}`);
  await page.goto(requestLink!);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Request ${reference}`);
  await referrer.context.dispose();
});
