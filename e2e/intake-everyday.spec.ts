import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { e2eOrigin } from './environment.ts';
import { expect, screenshotPath, test } from './fixtures.ts';
import {
  addLesionFromList,
  answerHistory,
  choosePhotography,
  chooseRequestType,
  enterPatientDetails,
  findPatient,
  newTestPatient,
  recordConsent,
  referrerEmail,
  signInAsReferrer,
} from './intake-steps.ts';
import { uniqueNhsNumber } from './nhs-numbers.ts';
import { patientLinkSentTo } from './patient-mail.ts';
import { enterDateOfBirth, openLinkOnPhone, uniquePatientEmail } from './patient-steps.ts';
import { attachPhotos, expectThumbnails, fixturePhoto, photoList } from './photo-steps.ts';
import { apiSignIn } from './review-seed.ts';
import { consultantEmail, openWorklist, seedCase, worklistRow } from './review-steps.ts';

/** Issue 20, "Requests": the rough edges a GP met on the way through a request, each smoothed. */

const phoneSize = { width: 390, height: 844 };

/** A screenshot of the page as it is, on a desktop and on a phone, with no serious accessibility finding on either. */
async function lookAt(page: Page, name: string): Promise<void> {
  const desktop = page.viewportSize();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
  await page.setViewportSize(phoneSize);
  await page.screenshot({ path: screenshotPath(`${name}-phone`), fullPage: true });
  if (desktop) await page.setViewportSize(desktop);
}

const errorSummary = (page: Page) => page.locator('.nhsuk-error-summary');

test('the patient’s details: every problem is listed in one error summary, not a round at a time', async ({ page }) => {
  const patient = newTestPatient('Oneround');
  await signInAsReferrer(page);
  await findPatient(page, patient);

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(errorSummary(page).getByRole('listitem')).toHaveText([
    "Enter the patient's first name",
    "Enter the patient's last name",
    "Enter the patient's date of birth",
    "Select the patient's sex",
    'Enter a postcode',
  ]);
  await expect(errorSummary(page)).toBeFocused();

  // Names and sex put right, the date and the postcode still wrong: both are named together, nothing else.
  await page.getByLabel('First name').fill(patient.givenName);
  await page.getByLabel('Last name').fill(patient.familyName);
  await page.getByRole('group', { name: 'Sex' }).getByLabel('Female').check();
  const dateOfBirth = page.getByRole('group', { name: 'Date of birth' });
  await dateOfBirth.getByLabel('Day').fill('30');
  await dateOfBirth.getByLabel('Month').fill('2');
  await dateOfBirth.getByLabel('Year').fill('1961');
  await page.getByLabel('Postcode').fill('NV2');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(errorSummary(page).getByRole('listitem')).toHaveText([
    'Date of birth must be a real date',
    'Enter a real postcode, like NV1 4DE',
  ]);
  await expect(page.locator('#dateOfBirth-error')).toContainText('Date of birth must be a real date');
  await expect(page.locator('#postcode-error')).toContainText('Enter a real postcode, like NV1 4DE');
  await lookAt(page, 'issue20-patient-details-errors');
  await errorSummary(page).getByRole('link', { name: 'Enter a real postcode, like NV1 4DE' }).click();
  await expect(page.getByLabel('Postcode')).toBeFocused();

  await dateOfBirth.getByLabel('Day').fill('14');
  await dateOfBirth.getByLabel('Month').fill('3');
  await page.getByLabel('Postcode').fill('NV2 7RP');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('About the request');
});

test('who takes the photographs is asked, not pre-selected; a clinic draft says the clinic takes them', async ({
  page,
}) => {
  const patient = newTestPatient('Clinicdraft');
  await signInAsReferrer(page);
  await findPatient(page, patient);
  await enterPatientDetails(page, patient);

  const question = page.getByRole('group', { name: 'Who will take the photographs?' });
  await expect(question.getByRole('radio')).toHaveCount(2);
  for (const radio of await question.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await page.getByLabel('Referral for triage').check();
  await page.getByLabel('Routine').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(errorSummary(page).getByRole('listitem')).toHaveText(['Choose who will take the photographs']);
  await expect(page.locator('#photography-error')).toContainText('Choose who will take the photographs');
  await lookAt(page, 'issue20-photography-question-error');
  await errorSummary(page).getByRole('link', { name: 'Choose who will take the photographs' }).click();
  await expect(question.getByRole('radio').first()).toBeFocused();

  await choosePhotography(page, 'clinic');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Record the patient’s consent');
  await recordConsent(page);
  await answerHistory(page);

  const main = page.getByRole('main');
  await expect(main).toContainText('You do not need to add photographs.');
  await addLesionFromList(page, 'Shin', 'Right', 'Pigmented macule with an irregular border');
  await expect(main).toContainText(
    'it books the patient into a community photography clinic, where a medical photographer takes the photographs of each lesion at the appointment',
  );
  await expect(main).not.toContainText('Add photographs of each lesion');
  await expect(page.getByLabel('Choose photographs of lesion 1')).toHaveCount(0);
  await lookAt(page, 'issue20-clinic-draft-lesions');
});

test('a draft with no answer about the photographs is not sent: check your answers says so and leads to the question', async ({
  page,
}) => {
  const referrer = await apiSignIn(e2eOrigin, referrerEmail);
  const { organisations } = await referrer.call<{ organisations: { id: string; kind: string }[] }>(
    'GET',
    '/api/organisations',
  );
  const patient = await referrer.call<{ id: string }>('POST', '/api/patients', {
    nhsNumber: uniqueNhsNumber(),
    givenName: 'Alex',
    familyName: 'Unanswered',
    dateOfBirth: '1961-03-14',
    sex: 'female',
    address: '4 Mill Lane, Northam',
    postcode: 'NV2 7RP',
  });
  // Made as an older client would, without saying who takes the photographs.
  const { id } = await referrer.call<{ id: string }>('POST', '/api/requests', {
    patientId: patient.id,
    kind: 'referral',
    urgency: 'routine',
    serviceId: organisations.find((o) => o.kind === 'dermatology_service')!.id,
  });
  await referrer.call('PATCH', `/api/requests/${id}`, {
    version: 1,
    clinicalQuestion: 'Changing pigmented lesion: please advise on management.',
    history: {
      durationValue: 3,
      durationUnit: 'months',
      itch: true,
      bleeding: false,
      pain: false,
      immunosuppressed: false,
      transplant: false,
      previousSkinCancer: [],
      underHospitalConsultant: false,
      needsTertiaryCare: false,
      suspectedCancer: [],
    },
  });
  await referrer.call('POST', `/api/requests/${id}/lesions`, {
    bodySite: 'forearm_front',
    laterality: 'left',
    description: 'Brown warty plaque',
  });
  await referrer.call('POST', `/api/requests/${id}/consent`, { referralAndImageSharing: true, method: 'verbal' });
  await referrer.context.dispose();

  await signInAsReferrer(page);
  await page.goto(`/requests/${id}/edit/check`);
  const photographs = page.locator('.nhsuk-summary-list__row').filter({ hasText: 'Who takes them' });
  await expect(photographs).toContainText('Not answered');
  await page.getByRole('button', { name: 'Submit request' }).click();
  await expect(errorSummary(page)).toContainText('The request is not complete');
  await expect(errorSummary(page).getByRole('listitem')).toHaveText(['Choose who will take the photographs']);
  await errorSummary(page).getByRole('link', { name: 'Choose who will take the photographs' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('About the request');
  await choosePhotography(page, 'referrer');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Check your answers before sending the request');
  await expect(photographs).toContainText('The referrer or the patient uploads them');
  await page.getByRole('button', { name: 'Submit request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
});

test('a draft without consent offers the patient link right there; the patient consents on their phone and the GP sends the request', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = uniquePatientEmail();
  const patient = newTestPatient('Linkconsent');
  await signInAsReferrer(page);
  await findPatient(page, patient);
  await page.getByLabel('Email address (optional)').fill(email);
  await enterPatientDetails(page, patient);
  await chooseRequestType(page);

  const byLink = page.getByRole('region', { name: 'If the patient is not with you' });
  await expect(byLink).toContainText('On their phone they can give their consent, send their own photographs');
  await byLink.getByRole('button', { name: 'Send link' }).click();
  await expect(byLink.locator('.nhsuk-error-summary')).toContainText('Choose text message or email');
  await byLink.getByLabel('By email').check();
  await byLink.getByRole('button', { name: 'Send link' }).click();
  await expect(byLink.getByRole('alert')).toContainText('A secure link was sent to the patient by email.');
  await lookAt(page, 'issue20-consent-by-link');
  await byLink.getByRole('link', { name: 'Continue without recording consent' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Clinical question and history');
  await answerHistory(page);
  await addLesionFromList(page, 'Shin', 'Right', 'Scaly pink plaque');
  await page.getByRole('button', { name: 'Continue' }).click();
  const consentRow = page
    .locator('.nhsuk-summary-list__row')
    .filter({ has: page.locator('dt', { hasText: /^Consent$/ }) });
  await expect(consentRow).toContainText('Not given yet: the patient was sent a secure link to give it');

  // The patient gives consent from the email, on their phone.
  const phone = await openLinkOnPhone(browser, await patientLinkSentTo(email));
  await enterDateOfBirth(phone.page, '1961-03-14');
  await phone.page.getByRole('link', { name: 'Give your consent' }).click();
  await phone.page.getByLabel(/I agree to my photos and answers being shared/).check();
  await phone.page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(phone.page.locator('#before-consent-status')).toHaveText('Completed');
  expect(phone.problems).toEqual([]);
  await phone.context.close();

  await page.reload();
  const howAndWhen = page.locator('.nhsuk-summary-list__row').filter({ hasText: 'How and when' });
  await expect(howAndWhen).toContainText('Given by the patient through their secure link');
  await page.getByRole('button', { name: 'Submit request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
});

test('asked about another lesion, the GP adds it and its photograph with the answer, and the consultant sees it in review', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const seeded = await seedCase({ familyName: 'Secondlesion' });
  const consultant = await apiSignIn(e2eOrigin, consultantEmail);
  await consultant.call('POST', `/api/requests/${seeded.id}/claim`);
  await consultant.call('POST', `/api/requests/${seeded.id}/messages`, {
    kind: 'question',
    body: 'Is there a similar lesion on the legs? If so, please add it with a photograph.',
  });
  await consultant.context.dispose();

  await signInAsReferrer(page);
  await page.goto(`/requests/${seeded.id}`);
  const answer = page.getByRole('region', { name: 'Answer the dermatologist' });
  await answer.getByRole('button', { name: 'Add a lesion' }).click();
  const lesionForm = answer.getByRole('form', { name: 'Add a lesion' });
  await lesionForm.getByRole('button', { name: 'Save lesion' }).click();
  await expect(lesionForm.locator('.nhsuk-error-summary').getByRole('listitem')).toHaveText([
    'Choose where the lesion is on the body map',
    'Describe the lesion',
  ]);
  await lesionForm.getByLabel('Body site').selectOption({ label: 'Shin' });
  await lesionForm.getByRole('group', { name: 'Which side?' }).getByLabel('Right').check();
  await lesionForm.getByLabel('Description', { exact: true }).fill('Second pigmented macule on the right shin');
  await lookAt(page, 'issue20-answer-add-lesion');
  await lesionForm.getByRole('button', { name: 'Save lesion' }).click();
  await expect(answer.getByRole('alert')).toContainText('Lesion 2 (Shin, right) was added.');
  const photographs = page.getByRole('region', { name: 'Photographs' });
  await expect(photographs.getByRole('heading', { name: 'Lesion 2: Shin, right' })).toBeVisible();

  // The answer waits for a photograph of the lesion added to it.
  await answer.getByLabel('Your answer').fill('Yes, on the right shin: added as lesion 2 with a close-up.');
  await answer.getByRole('button', { name: 'Send answer' }).click();
  await expect(answer.locator('.nhsuk-error-summary')).toContainText(
    'Add a photograph of lesion 2 before you send your answer',
  );
  await attachPhotos(page, 2, 'Close-up', [fixturePhoto('Portrait_3.jpg')]);
  await expectThumbnails(photoList(page, 2), 1);
  await lookAt(page, 'issue20-answer-with-lesion');
  await answer.getByRole('button', { name: 'Send answer' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your answer has been sent' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Answer the dermatologist' })).toHaveCount(0);

  // Back in review with the answer: the consultant sees the new lesion and its photograph.
  const consultantContext = await browser.newContext();
  const consultantPage = await consultantContext.newPage();
  await openWorklist(consultantPage);
  await worklistRow(consultantPage, seeded.reference)
    .getByRole('button', { name: `Review ${seeded.reference}` })
    .click();
  await expect(consultantPage.getByRole('heading', { level: 1 })).toContainText(`Case ${seeded.reference}`);
  await expect(consultantPage.getByText('Lesion 2: Shin, right').first()).toBeVisible();
  await expect(consultantPage.getByRole('button', { name: /^Show Close-up photograph 1 of lesion 2/ })).toBeVisible();
  await expect(consultantPage.getByRole('main')).toContainText('Yes, on the right shin: added as lesion 2');
  await consultantContext.close();
});
