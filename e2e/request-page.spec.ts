import { expect, screenshotPath, test } from './fixtures.ts';
import {
  addLesionFromList,
  answerHistory,
  choosePhotography,
  enterPatientDetails,
  findPatient,
  newTestPatient,
  recordConsent,
  signInAsReferrer,
  submitFromLesions,
} from './intake-steps.ts';

test('an Advice & Guidance request: conversion authorised, a note that stays plain text, then withdrawn with a reason', async ({
  page,
}) => {
  const patient = newTestPatient('Advice');
  await signInAsReferrer(page);
  await findPatient(page, patient);
  await enterPatientDetails(page, patient);

  await page.getByLabel('Advice & Guidance').check();
  await page.getByLabel('I authorise conversion to a referral').check();
  await page.getByLabel('Urgent', { exact: true }).check();
  await choosePhotography(page, 'referrer');
  await page.getByRole('button', { name: 'Continue' }).click();
  await recordConsent(page);
  await answerHistory(page);
  await addLesionFromList(page, 'Palm and fingers', 'Right', 'Vesicular rash <img src=x onerror=alert(1)>');
  await page.getByRole('button', { name: 'Continue' }).click();
  const typeRows = page.getByRole('term');
  await expect(typeRows.filter({ hasText: 'Conversion to a referral' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Authorised');
  await page.getByRole('button', { name: 'Submit request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');

  await page.getByRole('link', { name: 'View the request' }).click();
  const markup = '<b>bold?</b><script>window.injected = true</script>';
  await page.getByLabel('Your note').fill(`Patient asks about sun cream. ${markup}`);
  await page.getByRole('button', { name: 'Send note' }).click();
  await expect(page.getByRole('alert')).toContainText('Your note has been sent');
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline).toContainText(markup);
  await expect(timeline.locator('b, script')).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('Vesicular rash <img src=x onerror=alert(1)>');
  expect(await page.evaluate('window.injected')).toBeUndefined();

  await page.getByRole('link', { name: 'Withdraw request' }).click();
  await page.getByRole('button', { name: 'Withdraw request' }).click();
  await expect(page.getByRole('alert')).toContainText('Give a reason for withdrawing the request');
  await page.getByLabel('Why are you withdrawing it?').fill('Rash cleared with emollients');
  await page.screenshot({ path: screenshotPath('intake-withdraw'), fullPage: true });
  await page.getByRole('button', { name: 'Withdraw request' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Request');
  await expect(page.getByRole('definition').filter({ hasText: 'Withdrawn' }).first()).toBeVisible();
  await expect(timeline).toContainText('Rash cleared with emollients');
  await expect(page.getByRole('link', { name: 'Withdraw request' })).toHaveCount(0);
  await expect(page.getByLabel('Your note')).toHaveCount(0);
});

test('a draft left part-way is picked up again from the requests list, where it was left', async ({ page }) => {
  const patient = newTestPatient('Resume');
  await signInAsReferrer(page);
  await findPatient(page, patient);
  await enterPatientDetails(page, patient);
  await page.getByLabel('Referral for triage').check();
  await page.getByLabel('Routine').check();
  await choosePhotography(page, 'referrer');
  await page.getByRole('button', { name: 'Continue' }).click();
  await recordConsent(page);

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Requests' }).click();
  const row = page.getByRole('row').filter({ hasText: `${patient.givenName} ${patient.familyName}` });
  await expect(row.getByText('Draft', { exact: true })).toBeVisible();
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Clinical question and history');
  await answerHistory(page);
  await addLesionFromList(page, 'Nose', null, 'Crusted papule');
  await submitFromLesions(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
});
