import { demoUsers } from './demo-users.ts';
import { expect, screenshotPath, test } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import {
  answerHistory,
  chooseRequestType,
  enterPatientDetails,
  findPatient,
  newTestPatient,
  recordConsent,
  signInAsReferrer,
  submitFromLesions,
} from './intake-steps.ts';
import { patientLinkSentTo } from './patient-mail.ts';
import { draftWithPatientContacts, enterDateOfBirth, openLinkOnPhone, uniquePatientEmail } from './patient-steps.ts';
import { attachPhotos, expectThumbnails, fixturePhoto, photoList, photoRow } from './photo-steps.ts';
import { apiSignIn } from './review-seed.ts';

const consultantEmail = demoUsers.find((user) => user.role === 'consultant')!.email;

test('a referrer removes a wrong photograph before sending, giving the reason; it leaves the list, and the dermatologist never sees it', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const right = fixturePhoto('Landscape_1.jpg');
  const wrong = fixturePhoto('Portrait_1.jpg');
  const patient = newTestPatient('Removal');
  await signInAsReferrer(page);
  await findPatient(page, patient);
  await enterPatientDetails(page, patient);
  await chooseRequestType(page);
  await recordConsent(page);
  await answerHistory(page);

  // The form asks about hair on a hair-bearing site (an armpit, an eyebrow), and not elsewhere.
  await page.getByRole('link', { name: 'Add a lesion' }).click();
  const hair = page.getByLabel('The lesion is in hair that photographs cannot see through');
  for (const region of ['Armpit, left', 'Eyebrow, right']) {
    await page.getByRole('button', { name: region, exact: true }).click();
    await expect(page.getByText(`Body site: ${region}`)).toBeVisible();
    await expect(hair).toBeVisible();
  }
  await page.getByRole('button', { name: 'Forearm (front), left', exact: true }).click();
  await expect(hair).toHaveCount(0);
  await page.getByLabel('Description', { exact: true }).fill('Pigmented macule, irregular border');
  await page.getByRole('button', { name: 'Save lesion' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lesions');

  await attachPhotos(page, 1, 'Regional', [right]);
  await attachPhotos(page, 1, 'Close-up', [wrong]);
  const list = photoList(page, 1);
  await expectThumbnails(list, 2);

  await photoRow(page, 1, wrong.name)
    .getByRole('link', { name: `Remove close-up photograph of lesion 1, ${wrong.name}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Remove this photograph');
  await expect(
    page.getByRole('img', { name: new RegExp(`Close-up photograph of lesion 1.*${wrong.name}`) }),
  ).toBeVisible();

  // No reason: the error summary says so, and its link leads to the box.
  await page.getByRole('button', { name: 'Remove photograph' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('Give a reason for removing the photograph');
  await expect(page).toHaveTitle(/^Error: /);
  await summary.getByRole('link', { name: 'Give a reason for removing the photograph' }).click();
  await expect(page.getByLabel('Why are you removing it?')).toBeFocused();
  await page.screenshot({ path: screenshotPath('photo-removal-error'), fullPage: true });
  expect(await seriousViolations(page), 'accessibility of the removal page with its error').toEqual([]);

  await page.getByLabel('Why are you removing it?').fill('It shows the other forearm');
  await page.getByRole('button', { name: 'Remove photograph' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lesions');
  await expect(page.getByRole('alert')).toContainText('Photograph removed: close-up photograph of lesion 1');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(photoRow(page, 1, right.name)).toBeVisible();
  await expect(list).not.toContainText(wrong.name);
  await page.screenshot({ path: screenshotPath('photo-removal-done'), fullPage: true });

  await submitFromLesions(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  await expect(page.getByRole('main')).toContainText('Its status is Ready for review');
  await page.getByRole('link', { name: 'View the request' }).click();
  const shown = photoList(page, 1);
  await expectThumbnails(shown, 1);
  // Ready for review: what the dermatologist may see stays in front of them.
  await expect(shown.getByRole('link', { name: /^Remove/ })).toHaveCount(0);

  const requestId = /\/requests\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const consultant = await apiSignIn(baseURL!, consultantEmail);
  const { images } = await consultant.call<{ images: { filename: string }[] }>(
    'GET',
    `/api/requests/${requestId}/images`,
  );
  expect(images.map((image) => image.filename)).toEqual([right.name]);
  await consultant.context.dispose();
});

test('consent the patient gives through their secure link is shown to the GP as given that way, not as verbal', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const email = uniquePatientEmail();
  const { referrer, id, dateOfBirth } = await draftWithPatientContacts(baseURL!, email);
  await referrer.call('POST', `/api/requests/${id}/patient-links`, { channel: 'email' });
  const phone = await openLinkOnPhone(browser, await patientLinkSentTo(email));
  await enterDateOfBirth(phone.page, dateOfBirth);
  await phone.page.getByRole('link', { name: 'Give your consent' }).click();
  await phone.page.getByLabel(/I agree to my photos and answers being shared/).check();
  await phone.page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(phone.page.locator('#before-consent-status')).toHaveText('Completed');
  await phone.context.close();

  await signInAsReferrer(page);
  await page.goto(`/requests/${id}`);
  const consent = page.locator('.nhsuk-summary-list__row').filter({ hasText: 'How and when' });
  await expect(consent).toContainText('Given by the patient through their secure link');
  await expect(consent).not.toContainText('Verbally');
  await expect(consent).not.toContainText('recorded by');

  // On the draft's consent page the referrer is told whose consent it is, and is not shown it as theirs.
  await page.goto(`/requests/${id}/edit/consent`);
  await expect(page.getByRole('main')).toContainText('The patient gave consent through their secure link on');
  await expect(page.getByLabel('Verbally')).not.toBeChecked();
  await expect(page.getByLabel('In writing')).not.toBeChecked();
  expect(phone.problems).toEqual([]);
  await referrer.context.dispose();
});
