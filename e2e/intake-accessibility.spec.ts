import type { Page } from '@playwright/test';
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
  submitFromLesions,
} from './intake-steps.ts';

/** Screenshots the page as intake-<name>.png and checks it has no serious accessibility problem. */
async function checkPage(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: screenshotPath(`intake-${name}`), fullPage: true });
  expect(await seriousViolations(page), `accessibility of the ${name} page`).toEqual([]);
}

test('every page of a new request, the list and the request page have no serious accessibility problems', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const patient = newTestPatient('Axe');
  await signInAsReferrer(page);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'New request' }).click();
  await checkPage(page, 'patient');
  await findPatient(page, patient);
  await checkPage(page, 'patient-details');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await checkPage(page, 'patient-details-errors');
  await enterPatientDetails(page, patient);
  await checkPage(page, 'request-type');
  await chooseRequestType(page);
  await checkPage(page, 'consent');
  await recordConsent(page);
  await checkPage(page, 'history');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter your clinical question');
  await checkPage(page, 'history-errors');
  await answerHistory(page);
  await checkPage(page, 'lesions-empty');

  await page.getByRole('link', { name: 'Add a lesion' }).click();
  await page.getByRole('button', { name: 'Save lesion' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose where the lesion is on the body map');
  await checkPage(page, 'body-map-errors');
  await page.getByRole('button', { name: 'Cheek, right', exact: true }).click();
  await page.getByLabel('Description', { exact: true }).fill('Pearly papule with telangiectasia');
  await checkPage(page, 'body-map');
  await page.getByRole('button', { name: 'Save lesion' }).click();
  await addLesionFromList(page, 'Back of scalp', null, 'Scaly patch in the hair');
  await checkPage(page, 'lesions');

  await page.getByRole('button', { name: 'Continue' }).click();
  await checkPage(page, 'check-answers');
  await page.getByRole('button', { name: 'Submit request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  await checkPage(page, 'result-accepted');

  await page.getByRole('link', { name: 'View the request' }).click();
  await checkPage(page, 'request');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Requests' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await checkPage(page, 'requests-list');
});

test('the body map can be used by keyboard alone', async ({ page }) => {
  const patient = newTestPatient('Keyboard');
  await signInAsReferrer(page);
  await findPatient(page, patient);
  await enterPatientDetails(page, patient);
  await chooseRequestType(page);
  await recordConsent(page);
  await answerHistory(page);
  await page.getByRole('link', { name: 'Add a lesion' }).click();

  const knee = page.getByRole('button', { name: 'Knee, left', exact: true });
  await knee.focus();
  await page.keyboard.press('Enter');
  await expect(knee).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Body site: Knee, left')).toBeVisible();
  // The list and side buttons show the same choice, so either can correct the other.
  await expect(page.getByLabel('Body site')).toHaveValue('knee');
  await expect(page.getByRole('group', { name: 'Which side?' }).getByLabel('Left')).toBeChecked();

  const sole = page.getByRole('button', { name: 'Sole and heel, right', exact: true });
  await sole.focus();
  await page.keyboard.press(' ');
  await expect(page.getByText('Body site: Sole and heel, right')).toBeVisible();
  await expect(knee).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('group', { name: 'Which side?' }).getByLabel('Both sides').check();
  await expect(page.getByText('Body site: Sole and heel, both sides')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the body map and the requests list fit the screen', async ({ page }) => {
    // A whole request made on a phone: more than the default 30 s on a busy machine, as the journeys above.
    test.setTimeout(90_000);
    const patient = newTestPatient('Phone');
    await signInAsReferrer(page);
    await findPatient(page, patient);
    await enterPatientDetails(page, patient);
    await chooseRequestType(page);
    await recordConsent(page);
    await answerHistory(page);
    await page.getByRole('link', { name: 'Add a lesion' }).click();
    await page.getByRole('button', { name: 'Upper arm (back), right', exact: true }).tap();
    await expect(page.getByText('Body site: Upper arm (back), right')).toBeVisible();
    await page.screenshot({ path: screenshotPath('intake-mobile-body-map'), fullPage: true });
    expect(await horizontalOverflow(page)).toBe(false);
    await page.getByLabel('Description', { exact: true }).fill('Itchy red patch');
    await page.getByRole('button', { name: 'Save lesion' }).click();
    await submitFromLesions(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');

    await page.goto('/requests');
    await expect(page.getByRole('table')).toBeVisible();
    await page.screenshot({ path: screenshotPath('intake-mobile-requests-list'), fullPage: true });
    expect(await horizontalOverflow(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

function horizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth');
}
