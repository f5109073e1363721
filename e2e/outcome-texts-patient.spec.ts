import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { e2eOrigin } from './environment.ts';
import { expect, test } from './fixtures.ts';
import { referrerEmail } from './intake-steps.ts';
import { checkPage, enterDateOfBirth, openLinkOnPhone } from './patient-steps.ts';
import { patientLinkIn, textSentTo, uniqueMobile } from './patient-texts.ts';
import { fixturePhoto } from './photo-steps.ts';
import { apiSignIn, readyCase, type ApiUser } from './review-seed.ts';
import { consultantName, openWorklist, worklistRow } from './review-steps.ts';

const dateOfBirth = '1961-03-14';

test('when the consultant signs the outcome, the patient who gave only a mobile number is texted that their letter is ready, with a link that opens it', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const mobile = uniqueMobile();
  const familyName = 'Textedletter';
  const seeded = await seedCaseWithMobile({ mobile, familyName });

  // The consultant reviews the case and signs the outcome in the page.
  await openWorklist(page);
  await worklistRow(page, seeded.reference)
    .getByRole('button', { name: `Review ${seeded.reference}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(seeded.reference);
  await page.getByRole('button', { name: 'Seborrhoeic keratosis' }).click();
  await page.getByLabel('Discharge to GP with advice and plan').check();
  await signOutcome(page);
  await expect(page.getByRole('alert')).toContainText(`Outcome signed by ${consultantName}`);

  // The letters job texts the patient: that the letter is ready and how to read it, and nothing clinical.
  const message = await textSentTo(mobile, /letter from the skin specialist is ready/);
  expect(message.text).toContain('Your letter from the skin specialist is ready.');
  expect(message.text).toContain('You will be asked for your date of birth.');
  expect(message.text).not.toMatch(/keratosis/i);
  expect(message.text).not.toContain(familyName);
  const link = patientLinkIn(message.text);
  expect(link, 'the text gives a link to read the letter').not.toBeNull();
  expect(link!.startsWith(`${e2eOrigin}/p/`)).toBe(true);

  // The link, opened in the patient's own browser, leads to the letter once they give their date of birth.
  const phone = await openLinkOnPhone(browser, link!);
  await expect(phone.page.getByRole('heading', { level: 1 })).toHaveText('Confirm your date of birth');
  await enterDateOfBirth(phone.page, dateOfBirth);
  await expect(phone.page.locator('#after-letter-status')).toHaveText('Ready to read');
  await phone.page.getByRole('link', { name: 'Your letter from the dermatologist' }).click();
  await checkPage(phone.page, 'outcome-texts-patient-letter');
  const letterLink = phone.page.getByRole('link', { name: 'Open your letter (PDF)' });
  const letter = await phone.context.request.get((await letterLink.getAttribute('href'))!);
  expect(letter.headers()['content-type']).toBe('application/pdf');
  const pdf = await letter.body();
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The patient's own letter, in plain English: not the referrer's, nor another patient's.
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  expect(text.replace(/\s+/g, ' ')).toContain('Your skin photographs: what the dermatologist said');
  expect(text).toContain(familyName);
  expect(phone.problems, 'errors in the patient’s pages').toEqual([]);
  await phone.context.close();
});

/**
 * Signs the outcome from the review page. Where the page first shows the letters to check, it confirms them: the
 * consultant's "Confirm and sign" after a preview.
 */
async function signOutcome(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Sign outcome|Preview)/ }).click();
  const signed = page.getByRole('alert').filter({ hasText: 'Outcome signed by' });
  const confirm = page.getByRole('button', { name: /^Confirm and sign/ });
  await expect(signed.or(confirm)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
}

/**
 * A case ready for review as seedCase makes it (review-steps.ts), for a patient who gave their practice a mobile
 * number and no email address, so the service texts them. readyCase registers the patient without contacts; the
 * mobile number is added to that one call.
 */
async function seedCaseWithMobile(options: { mobile: string; familyName: string }) {
  const referrer = await apiSignIn(e2eOrigin, referrerEmail);
  const withMobile: ApiUser = {
    ...referrer,
    call: <T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown) =>
      referrer.call<T>(
        method,
        path,
        method === 'POST' && path === '/api/patients' ? { ...(body as object), mobile: options.mobile } : body,
      ),
  };
  try {
    return await readyCase(withMobile, {
      familyName: options.familyName,
      dateOfBirth,
      photos: [
        { file: fixturePhoto('Landscape_1.jpg'), view: 'regional' },
        { file: fixturePhoto('Portrait_1.jpg'), view: 'close_up' },
      ],
    });
  } finally {
    await referrer.context.dispose();
  }
}
