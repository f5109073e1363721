import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import {
  apiBookEarliest,
  confirmQuestionnaireAtClinic,
  followServiceClock,
  menuLink,
  phoneScreenshots,
  photographerEmail,
  seedClinicReferral,
  seedSessionToday,
  sessionLaterToday,
  signInAs,
  uniqueSiteName,
} from './clinic-steps.ts';
import { expect, screenshotPath, test } from './fixtures.ts';
import { uniquePatientEmail } from './patient-steps.ts';
import { expectThumbnails, fixturePhoto } from './photo-steps.ts';
import { apiSignIn } from './review-seed.ts';
import { consultantEmail } from './review-steps.ts';

/** What one view's photographs are listed as on the capture page. */
const takenList = (page: Page, view: 'regional' | 'close-up' | 'dermoscopic') =>
  page.getByRole('list', { name: `Taken for lesion 1: ${view}` });

test('at the clinic the photographer removes a wrong photograph, giving the reason: it leaves the page and never reaches the consultant; once the capture is sent nothing can be removed', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  await followServiceClock(page, baseURL!);
  const times = await sessionLaterToday(baseURL!, { slots: 2, slotMinutes: 15 });
  const siteName = uniqueSiteName('Millpond');
  await seedSessionToday(baseURL!, { siteName, postcode: 'NV2 7RS', times });
  const referral = await seedClinicReferral(baseURL!, { familyName: 'Retaken', email: uniquePatientEmail() });
  await apiBookEarliest(baseURL!, { requestId: referral.id, siteName });
  const regional = fixturePhoto('Landscape_1.jpg');
  const wrong = fixturePhoto('Portrait_1.jpg');
  const retaken = fixturePhoto('Portrait_2.jpg');
  const dermoscopic = fixturePhoto('Landscape_2.jpg');

  await signInAs(page, photographerEmail);
  await menuLink(page, 'Clinic list').click();
  await page.getByRole('link', { name: referral.patientName }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(referral.patientName);
  const capturePath = new URL(page.url()).pathname;
  const appointmentId = capturePath.split('/').pop()!;
  await page.getByRole('button', { name: 'Mark as arrived' }).click();
  await expect(page.getByRole('alert')).toContainText('is marked as arrived');

  // Two photographs: the regional view, and a close-up of the wrong lesion.
  await page.getByLabel('Regional photograph').setInputFiles(regional);
  await page.getByLabel('Close-up photograph').setInputFiles(wrong);
  await expectThumbnails(takenList(page, 'regional'), 1);
  await expectThumbnails(takenList(page, 'close-up'), 1);
  const views = page.getByRole('list', { name: 'Views of lesion 1' });
  await expect(views.getByRole('listitem').filter({ hasText: 'Close-up' })).toContainText('Done');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath('clinic-photo-removal-capture'), fullPage: true });

  // By keyboard: the link says which photograph it removes, to a screen reader too.
  const removeWrong = takenList(page, 'close-up').getByRole('link', {
    name: `Remove close-up photograph of lesion 1, ${wrong.name}`,
  });
  await expect(takenList(page, 'regional').getByRole('link', { name: /^Remove regional photograph/ })).toBeVisible();
  await removeWrong.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Remove this photograph');
  await expect(page).toHaveURL(new RegExp(`${capturePath}\\?remove=`));
  await expect(
    page.getByRole('img', { name: `Close-up photograph of lesion 1, Forearm (front), left, ${wrong.name}` }),
  ).toBeVisible();

  // No reason: the error summary says so, and its link leads to the box.
  await page.getByRole('button', { name: 'Remove photograph' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Give a reason for removing the photograph');
  await expect(page).toHaveTitle(/^Error: /);
  await summary.getByRole('link', { name: 'Give a reason for removing the photograph' }).click();
  const reason = page.getByLabel('Why are you removing it?');
  await expect(reason).toBeFocused();
  await checkPage(page, 'clinic-photo-removal-error');
  await phoneScreenshots(browser, page, [
    { path: capturePath, heading: referral.patientName, name: 'clinic-photo-removal-capture-phone' },
    { path: page.url(), heading: 'Remove this photograph', name: 'clinic-photo-removal-phone' },
  ]);

  await reason.fill('Close-up of the mole on the other arm');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove photograph' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Back on the appointment: the photograph has gone, and its view is missing again.
  await expect(page).toHaveURL(new RegExp(`${capturePath}$`));
  await expect(page.getByRole('alert')).toContainText(
    'Photograph removed: close-up photograph of lesion 1, Forearm (front), left. The dermatologist will not see it.',
  );
  await expect(takenList(page, 'close-up')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText(wrong.name);
  await expectThumbnails(takenList(page, 'regional'), 1);
  await expect(views.getByRole('listitem').filter({ hasText: 'Close-up' })).toContainText('Missing');
  await expect(page.getByRole('region', { name: 'What is still missing' })).toContainText(
    'Lesion 1 (Forearm (front), left): close-up photograph',
  );
  await checkPage(page, 'clinic-photo-removal-done');

  // The rest of the capture, with the close-up taken again.
  await page.getByLabel('Close-up photograph').setInputFiles(retaken);
  await page.getByLabel('Dermoscopic photograph').setInputFiles(dermoscopic);
  await expect(views.getByText('Done')).toHaveCount(3, { timeout: 30_000 });
  await confirmQuestionnaireAtClinic(page);

  // The photographer starts to remove the dermoscopic view as the capture is sent from another device: the
  // service refuses, and the page gives its reason word for word.
  await takenList(page, 'dermoscopic')
    .getByRole('link', { name: `Remove dermoscopic photograph of lesion 1, ${dermoscopic.name}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Remove this photograph');
  const imageId = new URL(page.url()).searchParams.get('remove')!;
  const elsewhere = await apiSignIn(baseURL!, photographerEmail);
  await elsewhere.call('POST', `/api/clinic-appointments/${appointmentId}/complete`);
  const refusal = await elsewhere.call('POST', `/api/images/${imageId}/remove`, { reason: 'Out of focus' }).then(
    () => null,
    (error: Error) => (JSON.parse(error.message.slice(error.message.indexOf('{'))) as { detail: string }).detail,
  );
  await elsewhere.context.dispose();
  expect(refusal, 'the service refuses to remove a photograph once the capture is sent').toBeTruthy();
  await page.getByLabel('Why are you removing it?').fill('Out of focus');
  await page.getByRole('button', { name: 'Remove photograph' }).click();
  await expect(page.getByRole('alert')).toContainText(refusal!);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Remove this photograph');

  // Sent for review: the photographs are shown, and none can be removed.
  await page.goto(capturePath);
  await expect(page.getByRole('main')).toContainText('have been sent for consultant review');
  await expect(page.getByRole('main')).toContainText(dermoscopic.name);
  await expect(page.getByRole('link', { name: /^Remove/ })).toHaveCount(0);
  // Nor by its address: the page goes back to the appointment.
  await page.goto(`${capturePath}?remove=${encodeURIComponent('00000000-0000-0000-0000-000000000000')}`);
  await expect(page).toHaveURL(new RegExp(`${capturePath}$`));

  // What the consultant is given: the three views, never the removed photograph.
  const consultant = await apiSignIn(baseURL!, consultantEmail);
  const { images } = await consultant.call<{ images: { filename: string; view: string }[] }>(
    'GET',
    `/api/requests/${referral.id}/images`,
  );
  await consultant.context.dispose();
  expect(images.map((image) => `${image.view}: ${image.filename}`).sort()).toEqual([
    `close_up: ${retaken.name}`,
    `dermoscopic: ${dermoscopic.name}`,
    `regional: ${regional.name}`,
  ]);
});

/** No serious accessibility finding, and a screenshot to look at. */
async function checkPage(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
}
