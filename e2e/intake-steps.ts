import type { Page } from '@playwright/test';
import { demoPassword } from './demo-users.ts';
import { expect, signIn } from './fixtures.ts';
import { uniqueNhsNumber } from './nhs-numbers.ts';

/** The referrer whose practice (Riverside) North Vale Community Dermatology Service serves. */
export const referrerEmail = 'gp@riverside.example';

export type TestPatient = { nhsNumber: string; givenName: string; familyName: string };

export function newTestPatient(familyName: string): TestPatient {
  return { nhsNumber: uniqueNhsNumber(), givenName: 'Alex', familyName };
}

export async function signInAsReferrer(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await signIn(page, referrerEmail, demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Dr Amira Patel');
}

/** Starts a new request from the header, registering the patient on the way. */
export async function findPatient(page: Page, patient: TestPatient): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'New request' }).click();
  await page.getByLabel(/What is the patient.s NHS number\?/).fill(patient.nhsNumber);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Enter the patient’s details');
}

export async function enterPatientDetails(page: Page, patient: TestPatient): Promise<void> {
  await page.getByLabel('First name').fill(patient.givenName);
  await page.getByLabel('Last name').fill(patient.familyName);
  const dateOfBirth = page.getByRole('group', { name: 'Date of birth' });
  await dateOfBirth.getByLabel('Day').fill('14');
  await dateOfBirth.getByLabel('Month').fill('3');
  await dateOfBirth.getByLabel('Year').fill('1961');
  await page.getByRole('group', { name: 'Sex' }).getByLabel('Female').check();
  await page.getByLabel('Address', { exact: true }).fill('4 Mill Lane\nNortham');
  await page.getByLabel('Postcode').fill('NV2 7RP');
  await page.getByLabel('Mobile phone number (optional)').fill('07700 900 982');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('About the request');
}

export async function chooseRequestType(page: Page): Promise<void> {
  await page.getByLabel('Referral for triage').check();
  await page.getByLabel('Routine').check();
  await choosePhotography(page, 'referrer');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Record the patient’s consent');
}

/** Answers "Who will take the photographs?", which has no answer until one is chosen. */
export async function choosePhotography(page: Page, who: 'referrer' | 'clinic'): Promise<void> {
  const question = page.getByRole('group', { name: 'Who will take the photographs?' });
  await question
    .getByLabel(
      who === 'referrer'
        ? 'I will (or the patient will, using a secure link)'
        : 'Book the patient into a community photography clinic',
    )
    .check();
}

export async function recordConsent(page: Page): Promise<void> {
  await page
    .getByLabel('The patient agrees to the referral and to their photographs being shared with the dermatology service')
    .check();
  await page.getByLabel('Verbally').check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Clinical question and history');
}

/** Answers every question the service needs, suspecting no skin cancer (a suspicion is redirected at once). */
export async function answerHistory(page: Page): Promise<void> {
  await page
    .getByLabel('What is your clinical question?')
    .fill('Changing pigmented lesion: please advise on management.');
  await page.getByLabel('Number', { exact: true }).fill('3');
  await page.getByLabel('Unit', { exact: true }).selectOption('months');
  await page.getByLabel('Itch').check();
  for (const question of [
    'Is the patient immunosuppressed?',
    'Has the patient had an organ transplant?',
    'Is a hospital consultant already treating the patient for a severe inflammatory skin disease?',
    'Does the condition need care at a specialist (tertiary) centre?',
  ]) {
    await page.getByRole('group', { name: question }).getByLabel('No', { exact: true }).check();
  }
  await page.getByRole('group', { name: 'Has the patient had skin cancer before?' }).getByLabel('None').check();
  await page
    .getByRole('group', { name: 'Do you suspect skin cancer?' })
    .getByLabel('No, I do not suspect skin cancer')
    .check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lesions');
}

/** Adds a lesion by clicking its region on the body map. */
export async function addLesionOnMap(page: Page, region: string, description: string): Promise<void> {
  await page.getByRole('link', { name: /Add (a|another) lesion/ }).click();
  await page.getByRole('button', { name: region, exact: true }).click();
  await expect(page.getByText(`Body site: ${region}`)).toBeVisible();
  await page.getByLabel('Description', { exact: true }).fill(description);
  await page.getByLabel('Size in millimetres (optional)').fill('6');
  await page.getByRole('button', { name: 'Save lesion' }).click();
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(`: ${escape(region)}$`) })).toBeVisible();
}

/** Adds a lesion with the list and side buttons instead of the picture. */
export async function addLesionFromList(
  page: Page,
  site: string,
  side: 'Left' | 'Right' | 'Both sides' | null,
  description: string,
): Promise<void> {
  await page.getByRole('link', { name: /Add (a|another) lesion/ }).click();
  await page.getByLabel('Body site').selectOption({ label: site });
  if (side) await page.getByRole('group', { name: 'Which side?' }).getByLabel(side).check();
  await page.getByLabel('Description', { exact: true }).fill(description);
  await page.getByRole('button', { name: 'Save lesion' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lesions');
}

/** From the lesions page, on to check your answers and submit; returns the request's reference. */
export async function submitFromLesions(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Check your answers before sending the request');
  await page.getByRole('button', { name: 'Submit request' }).click();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
