import { expect, screenshotPath, test } from './fixtures.ts';
import {
  addLesionFromList,
  addLesionOnMap,
  answerHistory,
  chooseRequestType,
  enterPatientDetails,
  findPatient,
  newTestPatient,
  recordConsent,
  signInAsReferrer,
  submitFromLesions,
} from './intake-steps.ts';
import { withWrongCheckDigit } from './nhs-numbers.ts';
import { readDownload } from './review-steps.ts';

test('a referrer creates a patient, records consent, adds two lesions on the body map, submits, and sees it awaiting images', async ({
  page,
}) => {
  const patient = newTestPatient('Journey');
  await signInAsReferrer(page);
  await findPatient(page, patient);
  await enterPatientDetails(page, patient);
  await chooseRequestType(page);
  await recordConsent(page);
  await answerHistory(page);
  await addLesionOnMap(page, 'Forearm (front), left', 'Pigmented macule, irregular border');
  await addLesionFromList(page, 'Shin', 'Right', 'Scaly pink plaque');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    'Lesion 1: Forearm (front), left',
    'Lesion 2: Shin, right',
  ]);
  await expect(page.getByText('No photographs yet')).toHaveCount(2);
  await submitFromLesions(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  const reference = (await page.locator('.nhsuk-panel__body strong').textContent())?.trim() ?? '';
  expect(reference).toMatch(/\S+/);
  await expect(page.getByRole('main')).toContainText('Awaiting images');

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Requests' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: reference }) });
  await expect(row).toContainText(`${patient.givenName} ${patient.familyName}`);
  await expect(row).toContainText(
    `${patient.nhsNumber.slice(0, 3)} ${patient.nhsNumber.slice(3, 6)} ${patient.nhsNumber.slice(6)}`,
  );
  await expect(row.getByText(/^(Awaiting images|Ready for review)$/)).toBeVisible();

  await row.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Request ${reference}`);
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Awaiting images');
});

test('a suspected melanoma is redirected the moment it is said, on the history page of an incomplete draft, with the summary PDF, and is not queued', async ({
  page,
}) => {
  const patient = newTestPatient('Melanoma');
  await signInAsReferrer(page);
  await findPatient(page, patient);
  await enterPatientDetails(page, patient);
  await chooseRequestType(page);
  // Straight to the history, with no consent, no lesions and no other answer: only the suspicion.
  const draftUrl = page.url().replace(/\/edit\/consent.*$/, '');
  await page.goto(`${draftUrl}/edit/history`);
  await page.getByRole('group', { name: 'Do you suspect skin cancer?' }).getByLabel('Melanoma').check();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // The redirect is the first thing on the page: the page heading is the warning itself.
  const main = page.getByRole('main');
  await expect(main.getByRole('heading').first()).toHaveText('Refer urgently on the suspected cancer pathway now');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Refer urgently on the suspected cancer pathway now',
  );
  await expect(main).toContainText(
    'Suspected melanoma: refer urgently on the suspected cancer pathway (two-week wait) now. This service cannot accept it.',
  );
  await expect(main).toContainText('has not been sent');
  await expect(main).not.toContainText('The request is not complete');
  await page.screenshot({ path: screenshotPath('intake-result-redirected'), fullPage: true });
  const reference = (await main.getByText(/^Reference \S+ for/).textContent())?.split(' ')[1] ?? '';

  const downloading = page.waitForEvent('download');
  await main.getByRole('link', { name: 'Download the summary for the urgent referral (PDF)' }).click();
  const summary = await readDownload(await downloading);
  expect(summary.name).toBe(`${reference}-urgent-referral-summary.pdf`);
  expect(summary.text).toContain('Summary for an urgent suspected cancer referral');
  expect(summary.text).toContain(`${patient.givenName} ${patient.familyName}`);
  expect(summary.text).toContain('Suspected melanoma: refer urgently on the suspected cancer pathway');
  expect(summary.text).toContain('NICE NG12');

  await page.getByRole('link', { name: 'Go to your requests' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: reference }) });
  await expect(row).toContainText('Redirected to urgent suspected cancer pathway');
  await expect(row).not.toContainText(/Awaiting images|Ready for review/);

  for (const queued of ['Awaiting images', 'Ready for review']) {
    await page.getByLabel('Status').selectOption({ label: queued });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/state=/);
    await expect(page.getByRole('main')).toContainText(/requests? with status|No requests/);
    await expect(page.getByRole('link', { name: reference })).toHaveCount(0);
  }
});

test('four lesions are not accepted, with the reason shown', async ({ page }) => {
  const patient = newTestPatient('Fourlesions');
  await signInAsReferrer(page);
  await findPatient(page, patient);
  await enterPatientDetails(page, patient);
  await chooseRequestType(page);
  await recordConsent(page);
  await answerHistory(page);
  await addLesionOnMap(page, 'Chest', 'Lesion one');
  await addLesionFromList(page, 'Abdomen', null, 'Lesion two');
  await addLesionFromList(page, 'Thigh (front)', 'Left', 'Lesion three');
  await addLesionFromList(page, 'Calf', 'Both sides', 'Lesion four');
  await submitFromLesions(page);

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Request not accepted');
  await expect(page.getByRole('main').getByRole('listitem').first()).toHaveText(
    'The request has more than three lesions. This service assesses up to three lesions per request.',
  );
  await page.screenshot({ path: screenshotPath('intake-result-not-accepted'), fullPage: true });
});

test('an NHS number with a wrong check digit is named in the error summary, which links to the field', async ({
  page,
}) => {
  await signInAsReferrer(page);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'New request' }).click();
  const field = page.getByLabel(/What is the patient.s NHS number\?/);
  await field.fill(withWrongCheckDigit(newTestPatient('Check').nhsNumber));
  await page.getByRole('button', { name: 'Continue' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(field).toHaveAccessibleDescription(/Error:\s+Enter a valid NHS number/);
  await summary.getByRole('link', { name: 'Enter a valid NHS number' }).click();
  await expect(field).toBeFocused();
  await page.screenshot({ path: screenshotPath('intake-patient-error'), fullPage: true });
});
