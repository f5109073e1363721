import { expect, test } from './fixtures.ts';
import { patientLinkSentTo } from './patient-mail.ts';
import {
  checkPage,
  draftWithPatientContacts,
  enterDateOfBirth,
  openLinkOnPhone,
  uniquePatientEmail,
} from './patient-steps.ts';
import { blurredPhoto } from './photo-steps.ts';

test('on their phone, a patient who sends a blurred photo is told in words to take it again', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const email = uniquePatientEmail();
  const { referrer, id, dateOfBirth } = await draftWithPatientContacts(baseURL!, email);
  await referrer.call('POST', `/api/requests/${id}/patient-links`, { channel: 'email' });
  const { context, page, problems } = await openLinkOnPhone(browser, await patientLinkSentTo(email));
  await enterDateOfBirth(page, dateOfBirth);

  // Photos wait for consent.
  await expect(page.locator('#before-photos-status')).toHaveText('Cannot start yet');
  await page.getByRole('link', { name: 'Give your consent' }).click();
  await page.getByLabel(/I agree to my photos and answers being shared/).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('link', { name: 'Send your photos' }).click();

  await page.getByRole('group', { name: 'Area 1: Which photo are you adding?' }).getByLabel('Close-up').check();
  await page
    .getByLabel('Choose photos of area 1')
    .setInputFiles([await blurredPhoto('Portrait_2.jpg', 'IMG_2231.jpg')]);
  const photo = page.getByRole('list', { name: 'Photos of area 1' }).getByRole('listitem');
  await expect(photo).toContainText('This photo looks blurred');
  await expect(photo).toContainText('Please take it again and add the new photo.');
  await expect(photo.getByRole('img', { name: 'Close-up photo of area 1, IMG_2231.jpg' })).toBeVisible();
  await checkPage(page, 'patient-photos-warning');
  expect(problems).toEqual([]);
  await context.close();
  await referrer.context.dispose();
});
