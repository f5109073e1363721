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
import { patientLinkSentTo } from './patient-mail.ts';
import { checkPage, enterDateOfBirth, openLinkOnPhone, uniquePatientEmail } from './patient-steps.ts';
import { expectThumbnails, fixturePhoto } from './photo-steps.ts';
import { apiSignIn, signOutcomeByApi } from './review-seed.ts';

test('a referrer sends a link by email; on their phone the patient confirms their date of birth, consents, sends two photos and answers the questions; after the outcome they read their letter and give feedback, which the service sees', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const email = uniquePatientEmail();
  const patient = newTestPatient('Linkfield');

  // The referrer starts a request for a patient with an email address and sends the link from the request page.
  await signInAsReferrer(page);
  await findPatient(page, patient);
  await page.getByLabel('Email address (optional)').fill(email);
  await enterPatientDetails(page, patient);
  await chooseRequestType(page);
  await recordConsent(page);
  await answerHistory(page);
  await addLesionFromList(page, 'Shin', 'Right', 'Scaly pink plaque');
  const requestId = /\/requests\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
  await page.goto(`/requests/${requestId}`);
  const linkSection = page.getByRole('region', { name: 'Patient link' });
  await expect(linkSection).toContainText('No link has been sent to the patient.');
  await linkSection.getByLabel('By email').check();
  await linkSection.getByRole('button', { name: 'Send link' }).click();
  await expect(linkSection).toContainText('A link was sent to the patient by email.');
  await expect(linkSection).toContainText(/Sent\s*Sent by email on/);

  // The patient opens it on their phone, from the email as the test SMTP server received it.
  const link = await patientLinkSentTo(email);
  const { context, page: phone, problems } = await openLinkOnPhone(browser, link);
  await expect(phone).toHaveURL(/\/patient$/);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Confirm your date of birth');
  await expect(phone.getByRole('main')).toContainText('Riverside Medical Practice sent you this link.');
  await expect(phone.getByRole('main')).not.toContainText(patient.familyName);
  await checkPage(phone, 'patient-date-of-birth');
  await enterDateOfBirth(phone, '1970-01-01');
  const summary = phone.getByRole('alert');
  await expect(summary).toContainText('The date of birth does not match our records. You have 4 more tries.');
  await checkPage(phone, 'patient-date-of-birth-error');
  await enterDateOfBirth(phone, '1961-03-14');

  await expect(phone.getByRole('heading', { level: 1 })).toContainText('Your skin photos and questions');
  await expect(phone.getByRole('main')).toContainText('Your GP practice is preparing your request.');
  await checkPage(phone, 'patient-start');

  await phone.getByRole('link', { name: 'Give your consent' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Your consent');
  await expect(phone.getByRole('main')).toContainText('North Vale Community Dermatology Service');
  await checkPage(phone, 'patient-consent');
  await phone.getByRole('button', { name: 'Save and continue' }).click();
  await expect(phone.getByRole('alert')).toContainText('Tick the box to agree before sending photos');
  await phone.getByLabel(/I agree to my photos and answers being shared/).check();
  await phone.getByRole('button', { name: 'Save and continue' }).click();
  await expect(phone.locator('#before-consent-status')).toHaveText('Completed');

  await phone.getByRole('link', { name: 'How to take good photos' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('How to take good photos');
  await checkPage(phone, 'patient-photo-guide');
  await phone.getByRole('link', { name: 'Continue to send your photos' }).click();

  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Send your photos');
  await expect(phone.getByRole('heading', { level: 2, name: /^Area 1: / })).toBeVisible();
  await expect(phone.getByRole('main')).toContainText('Scaly pink plaque');
  await checkPage(phone, 'patient-photos-empty');
  // On a phone the camera opens straight from the page (a full-page screenshot leaves this button out).
  await expect(phone.getByText('Take photo of area 1')).toBeVisible();
  await expect(phone.getByLabel('Take photo of area 1')).toHaveAttribute('capture', 'environment');
  const views = phone.getByRole('group', { name: 'Area 1: Which photo are you adding?' });
  await views.getByLabel('From further away').check();
  await phone.getByLabel('Choose photos of area 1').setInputFiles([fixturePhoto('Landscape_1.jpg')]);
  await views.getByLabel('Close-up').check();
  await phone.getByLabel('Choose photos of area 1').setInputFiles([fixturePhoto('Portrait_1.jpg')]);
  const photos = phone.getByRole('list', { name: 'Photos of area 1' });
  await expectThumbnails(photos, 2);
  await checkPage(phone, 'patient-photos');
  await phone.getByRole('link', { name: 'I have sent my photos' }).click();
  await expect(phone.locator('#before-photos-status')).toHaveText('2 photos sent');

  await phone.getByRole('link', { name: 'Answer questions about your skin' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Questions about your skin');
  await checkPage(phone, 'patient-questions');
  await phone.getByLabel('Number').fill('2');
  await phone.getByLabel('Days, weeks, months or years').selectOption('months');
  await phone.getByLabel('It itches').check();
  await expect(phone.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
  await phone.getByRole('button', { name: 'Finish' }).click();
  await expect(phone.getByRole('alert')).toContainText('List the medicines you take, or write none');
  await checkPage(phone, 'patient-questions-error');
  await phone.getByLabel('What medicines do you take?').fill('None');
  await phone.getByLabel('Do you have any allergies?').fill('Penicillin');
  await phone
    .getByRole('group', { name: 'Have you had skin cancer before?' })
    .getByLabel('No', { exact: true })
    .check();
  await phone.getByRole('button', { name: 'Finish' }).click();
  await expect(phone.locator('#before-questions-status')).toHaveText('Completed');

  // The referrer sees the patient's photos and answers, then submits the request.
  await page.reload();
  await expect(linkSection).toContainText('Completed');
  await expect(linkSection).toContainText('The patient has finished answering the questions.');
  const answers = linkSection.getByRole('region', { name: 'The patient’s answers' });
  await expect(answers).toContainText('2 months');
  await expect(answers).toContainText('Penicillin');
  await expectThumbnails(page.getByRole('list', { name: 'Photographs of lesion 1' }), 2);
  await linkSection.screenshot({ path: screenshotPath('patient-link-referrer') });
  expect(await seriousViolations(page), 'accessibility of the request page').toEqual([]);
  await page.goto(`/requests/${requestId}/edit/check`);
  await page.getByRole('button', { name: 'Submit request' }).click();
  await expect(page.getByRole('main')).toContainText(/ready for review/i);

  // A consultant records the outcome through the API.
  const consultant = await apiSignIn(baseURL!, 'consultant@northvale.example');
  const { version } = await consultant.call<{ version: number }>('POST', `/api/requests/${requestId}/claim`);
  const { diagnoses } = await consultant.call<{ diagnoses: { code: string; cancer: boolean; planTemplate: string }[] }>(
    'GET',
    '/api/diagnoses',
  );
  const benign = diagnoses.find((d) => !d.cancer)!;
  await signOutcomeByApi(consultant, requestId, {
    version,
    category: 'discharge_with_advice',
    diagnosisCode: benign.code,
    plan: benign.planTemplate,
  });
  await consultant.context.dispose();

  // The patient comes back: the dermatologist has replied, and the letter follows a moment later.
  await expect(async () => {
    await phone.reload();
    await expect(phone.locator('#after-letter-status')).toHaveText('Ready to read', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(phone.getByRole('main')).toContainText('The dermatologist has replied');
  await phone.getByRole('link', { name: 'Your letter from the dermatologist' }).click();
  await checkPage(phone, 'patient-letter');
  const letterLink = phone.getByRole('link', { name: 'Open your letter (PDF)' });
  const letter = await context.request.get((await letterLink.getAttribute('href'))!);
  expect(letter.headers()['content-type']).toBe('application/pdf');
  expect((await letter.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await phone.getByRole('link', { name: 'Tell us about your experience' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Tell us about your experience');
  await checkPage(phone, 'patient-feedback');
  const overall = phone.getByRole('group', { name: 'Overall, how was your experience of our service?' });
  await overall.getByLabel('Very good').check();
  await phone
    .getByRole('group', { name: 'I got an answer quickly enough' })
    .getByLabel('Agree', { exact: true })
    .check();
  await phone.getByLabel(/anything else you would like to tell us/).fill('Quick and easy from home.');
  await phone.getByRole('button', { name: 'Send feedback' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
  await checkPage(phone, 'patient-feedback-thank-you');
  expect(problems, 'errors in the patient’s pages').toEqual([]);
  await context.close();

  // The service's administrator sees the answer, as a chart and as a table.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await admin.goto('/sign-in');
  await admin.getByLabel('Email address').fill('admin@northvale.example');
  await admin.getByLabel('Password').fill('skin-check-demo-2026');
  await admin.getByRole('button', { name: 'Sign in' }).click();
  await admin.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Patient feedback' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toContainText('Patient feedback');
  await expect(admin.getByRole('main')).toContainText('1 response in total.');
  await expect(admin.getByRole('img', { name: /Chart of answers per month to “Overall/ })).toBeVisible();
  const table = admin.getByRole('table', {
    name: 'Answers per month: Overall, how was your experience of our service?',
  });
  await expect(table.getByRole('row', { name: /Very good/ })).toContainText('1 (100%)');
  await expect(admin.getByRole('main')).toContainText('Quick and easy from home.');
  await expect(admin.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', /\/feedback\.csv$/);
  await admin.screenshot({ path: screenshotPath('patient-feedback-results'), fullPage: true });
  expect(await seriousViolations(admin)).toEqual([]);
  await adminContext.close();
});
