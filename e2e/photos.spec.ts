import { seriousViolations } from './axe.ts';
import { expect, screenshotPath, test } from './fixtures.ts';
import {
  addLesionOnMap,
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
  photoList,
  photoRow,
  progressSeen,
  limitUploads,
  watchProgress,
} from './photo-steps.ts';

const blurWarning = 'This photo looks blurred: retake it holding the camera still';

test('a referrer attaches three photographs to a lesion, watches them upload, sees a blur warning on the blurred one and the thumbnails, and the submitted request is ready for review', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const regional = fixturePhoto('Landscape_1.jpg');
  const closeUp = fixturePhoto('Portrait_1.jpg');
  const blurred = await blurredPhoto('Landscape_2.jpg', 'Blurred_close_up.jpg');
  const patient = newTestPatient('Photos');
  await signInAsReferrer(page);
  await findPatient(page, patient);
  await enterPatientDetails(page, patient);
  await chooseRequestType(page);
  await recordConsent(page);
  await answerHistory(page);
  await addLesionOnMap(page, 'Forearm (front), left', 'Pigmented macule, irregular border');
  await expect(page.getByText('Photographs are added after submission')).toHaveCount(0);

  await limitUploads(page, 160 * 1024);
  await watchProgress(page);
  await attachPhotos(page, 1, 'Regional', [regional]);
  await attachPhotos(page, 1, 'Close-up', [closeUp, blurred]);

  // Two go at once; the third waits its turn. Each shows a labelled progress bar while it uploads.
  await expect(photoRow(page, 1, blurred.name)).toContainText('Waiting to upload');
  for (const photo of [regional, closeUp, blurred]) {
    await expect(page.getByRole('progressbar', { name: `Uploading ${photo.name}` })).toBeVisible();
  }
  const list = photoList(page, 1);
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expectThumbnails(list, 3);
  await expect(page.getByRole('status')).toHaveText('Photo 3 of 3 uploaded');

  const seen = await progressSeen(page);
  for (const photo of [regional, closeUp, blurred]) {
    const values = seen[`Uploading ${photo.name}`] ?? [];
    expect(values.at(-1), `progress of ${photo.name}: ${values.join(', ')}`).toBe(100);
    expect(values.length, `progress of ${photo.name} moved by steps`).toBeGreaterThan(2);
  }

  await expect(photoRow(page, 1, blurred.name)).toContainText(blurWarning);
  await expect(photoRow(page, 1, blurred.name)).toContainText('Retake this photo');
  await expect(list.getByText(blurWarning)).toHaveCount(1);
  // The service turns each photo upright: the portrait one is taller than it is wide.
  await expect(photoRow(page, 1, regional.name)).toContainText(/Regional.*1800 × 1200 pixels/);
  await expect(photoRow(page, 1, closeUp.name)).toContainText(/Close-up.*1200 × 1800 pixels/);
  const guidance = page.getByText('How to take good photos');
  await guidance.click();
  await expect(page.getByText('Put a ruler or a coin beside the lesion')).toBeVisible();
  await guidance.blur();
  await page.screenshot({ path: screenshotPath('photos-lesions-desktop'), fullPage: true });
  expect(await seriousViolations(page), 'accessibility of the lesions page with photographs').toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath('photos-lesions-phone'), fullPage: true });
  expect(await horizontalOverflow(page)).toBe(false);
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('main')).toContainText('3 photographs');
  await page.getByRole('button', { name: 'Submit request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  await expect(page.getByRole('main')).toContainText('Its status is Ready for review');

  await page.getByRole('link', { name: 'View the request' }).click();
  const shown = photoList(page, 1);
  await expectThumbnails(shown, 3);
  await expect(shown.getByRole('link', { name: /^Close-up photograph of lesion 1, Portrait_1\.jpg/ })).toHaveAttribute(
    'href',
    /^\/api\/images\/[0-9a-f-]+\/viewing$/,
  );
  await expect(page.getByRole('button', { name: 'I have added all the photographs' })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('photos-request-desktop'), fullPage: true });
  expect(await seriousViolations(page), 'accessibility of the request page with photographs').toEqual([]);
});

function horizontalOverflow(page: import('@playwright/test').Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth');
}
