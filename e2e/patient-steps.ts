import type { Browser, Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, screenshotPath } from './fixtures.ts';
import { apiSignIn, type ApiUser } from './review-seed.ts';
import { uniqueNhsNumber } from './nhs-numbers.ts';
import { referrerEmail } from './intake-steps.ts';

/** The phone the patient opens their link on: the size of a common one, touch first. */
export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** The family name of the patients made by draftWithPatientContacts, to check no page shows it before it should. */
export const patientFamilyName = 'Quarrington';

/** An address no other test uses, so the test finds its own email at the SMTP server. */
export const uniquePatientEmail = () => `patient-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

/**
 * Opens the link from the message in a browser of the patient's own (a new context: none of the referrer's cookies),
 * on a phone. Also fails the test if the page throws or breaks the Content-Security-Policy, as the fixtures do.
 */
export async function openLinkOnPhone(browser: Browser, link: string) {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`CSP: ${message.text()}`);
    }
  });
  const response = await page.goto(link);
  return { context, page, response, problems };
}

/** Enters a date of birth (as `YYYY-MM-DD`) on the first page and continues. */
export async function enterDateOfBirth(page: Page, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  const group = page.getByRole('group', { name: 'Date of birth' });
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year!);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** No serious or critical accessibility finding on the page as it is now, and a screenshot of it to look at. */
export async function checkPage(page: Page, name: string): Promise<void> {
  // The pointer left over a link from the last step would show it hovered.
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
}

/**
 * A draft request, made through the API as the referrer's browser would, for a patient with an email address and a
 * mobile number and one lesion; the referrer stays signed in for sending links.
 */
export async function draftWithPatientContacts(
  baseURL: string,
  email: string,
): Promise<{ referrer: ApiUser; id: string; dateOfBirth: string }> {
  const referrer = await apiSignIn(baseURL, referrerEmail);
  const { call } = referrer;
  const { organisations } = await call<{ organisations: { id: string; kind: string }[] }>('GET', '/api/organisations');
  const service = organisations.find((o) => o.kind === 'dermatology_service')!;
  const dateOfBirth = '1958-07-22';
  const patient = await call<{ id: string }>('POST', '/api/patients', {
    nhsNumber: uniqueNhsNumber(),
    givenName: 'Robin',
    familyName: patientFamilyName,
    dateOfBirth,
    sex: 'male',
    address: '9 Quay Street, Northam',
    postcode: 'NV3 1QS',
    mobile: '07700 900 123',
    email,
  });
  const { id } = await call<{ id: string }>('POST', '/api/requests', {
    patientId: patient.id,
    kind: 'referral',
    urgency: 'routine',
    serviceId: service.id,
  });
  await call('POST', `/api/requests/${id}/lesions`, {
    bodySite: 'forearm_front',
    laterality: 'left',
    description: 'Pink scaly patch',
    sizeMm: 7,
  });
  return { referrer, id, dateOfBirth };
}
