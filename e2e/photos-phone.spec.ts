import { seriousViolations } from './axe.ts';
import { expect, screenshotPath, test } from './fixtures.ts';
import {
  addLesionFromList,
  answerHistory,
  chooseRequestType,
  enterPatientDetails,
  findPatient,
  newTestPatient,
  recordConsent,
  signInAsReferrer,
} from './intake-steps.ts';
import {
  attachPhotos,
  blurredPhoto,
  expectThumbnails,
  fixturePhoto,
  limitUploads,
  photoList,
  photoRow,
} from './photo-steps.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

test('on a phone, photographs added after submission: a file that is not a photo is refused in words, an upload can be cancelled, and when every lesion has one the request is ready for review', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const patient = newTestPatient('Phone');
  await signInAsReferrer(page);
  await findPatient(page, patient);
  await enterPatientDetails(page, patient);
  await chooseRequestType(page);
  await recordConsent(page);
  await answerHistory(page);
  await addLesionFromList(page, 'Shin', 'Right', 'Scaly pink plaque');
  await addLesionFromList(page, 'Nose', null, 'Crusted papule');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('main')).toContainText('Lesions 1, 2 have no photographs');
  await page.getByRole('button', { name: 'Submit request' }).click();
  await expect(page.getByRole('main')).toContainText('Its status is Awaiting images');
  await page.getByRole('link', { name: 'Add the photographs' }).click();
  await expect(page.getByRole('heading', { name: 'Photographs', level: 2 })).toBeVisible();

  // On a phone the camera can be opened straight from the page.
  await expect(page.getByText('Take photo of lesion 1')).toBeVisible();
  await expect(page.getByLabel('Take photo of lesion 1')).toHaveAttribute('capture', 'environment');

  const blurred = await blurredPhoto('Portrait_2.jpg', 'IMG_0412.jpg');
  const notAPhoto = { name: 'referral-letter.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.4\n%…\n') };
  await attachPhotos(page, 1, 'Close-up', [blurred, notAPhoto]);
  await expect(photoRow(page, 1, notAPhoto.name)).toContainText('This file is not a photo we can accept');
  await expect(photoRow(page, 1, blurred.name)).toContainText('This photo looks blurred');
  await expectThumbnails(photoList(page, 1), 1);
  await photoList(page, 1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('photos-uploader-phone') });
  await page.getByText('Take photo of lesion 1').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('photos-uploader-phone-camera') });

  await page.getByRole('button', { name: 'I have added all the photographs' }).click();
  await expect(page.getByRole('alert')).toContainText('Add at least one photograph of lesion 2 first.');

  // A photo chosen before its view is not sent: the view is asked for first.
  await page.getByLabel('Take photo of lesion 2').setInputFiles(fixturePhoto('Landscape_4.jpg'));
  await expect(page.getByText('Select which view the photos show, then choose them again')).toBeVisible();
  await expect(photoList(page, 2)).toHaveCount(0);

  await limitUploads(page, 20 * 1024);
  await attachPhotos(page, 2, 'Regional', [fixturePhoto('Landscape_3.jpg')]);
  await expect(page.getByRole('progressbar', { name: 'Uploading Landscape_3.jpg' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel upload of Landscape_3.jpg' }).click();
  await expect(photoRow(page, 2, 'Landscape_3.jpg')).toContainText('Upload cancelled');
  await expect(page.getByRole('status').filter({ hasText: 'cancelled' })).toHaveText(
    'Upload of Landscape_3.jpg cancelled',
  );

  await limitUploads(page, -1);
  await page.getByLabel('Take photo of lesion 2').setInputFiles(fixturePhoto('Landscape_4.jpg'));
  await expectThumbnails(photoList(page, 2), 1);
  await page.screenshot({ path: screenshotPath('photos-request-phone'), fullPage: true });
  expect(await seriousViolations(page), 'accessibility of the request page while adding photographs').toEqual([]);
  expect(await horizontalOverflow(page)).toBe(false);

  await page.getByRole('button', { name: 'I have added all the photographs' }).click();
  await expect(page.getByRole('alert')).toContainText('The request is ready for review.');
  await expect(page.getByText('Ready for review', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'I have added all the photographs' })).toHaveCount(0);
  await expect(page.getByLabel('Choose photographs of lesion 1')).toHaveCount(0);
});

function horizontalOverflow(page: import('@playwright/test').Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth');
}
