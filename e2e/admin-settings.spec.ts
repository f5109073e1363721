import type { Page } from '@playwright/test';
import { addWorkingDays } from '../server/working-days.ts';
import { formatLondonDate } from '../shared/london-time.ts';
import { seriousViolations } from './axe.ts';
import { menuLink, serviceNow, signInAs } from './clinic-steps.ts';
import { demoPassword } from './demo-users.ts';
import { expect, screenshotPath, signIn, test } from './fixtures.ts';
import { patientLinkSentTo } from './patient-mail.ts';
import {
  checkPage as checkPatientPage,
  draftWithPatientContacts,
  enterDateOfBirth,
  openLinkOnPhone,
  phone,
  uniquePatientEmail,
} from './patient-steps.ts';
import { apiSignIn } from './review-seed.ts';
import { consultantEmail, seedCase, worklistRow } from './review-steps.ts';

const adminEmail = 'admin@northvale.example';

type Settings = Record<string, unknown> & { referralTargetWorkingDays: number; contactTelephone: string };

/** The demo service's settings as its admin reads them, and a way to put them back. */
async function demoSettings(baseURL: string) {
  const admin = await apiSignIn(baseURL, adminEmail);
  const service = admin.session.memberships.find((m) => m.kind === 'dermatology_service');
  if (!service) throw new Error('the demo admin has no dermatology service');
  const path = `/api/services/${service.organisationId}/settings`;
  const settings = await admin.call<Settings>('GET', path);
  await admin.context.dispose();
  return {
    settings,
    async restore() {
      const again = await apiSignIn(baseURL, adminEmail);
      try {
        await again.call('PUT', path, settings);
      } finally {
        await again.context.dispose();
      }
    },
  };
}

/** "1 December 2026", as the pages write a date in London. */
const pageDate = (at: Date) => formatLondonDate(at);

/** No serious accessibility finding, and a screenshot to look at, at desktop width and on a phone. */
async function checkPage(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
  const desktop = page.viewportSize();
  await page.setViewportSize(phone.viewport);
  await page.screenshot({ path: screenshotPath(`${name}-phone`), fullPage: true });
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  expect(overflow, `${name} fits a phone's width`).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page), `accessibility of ${name} on a phone`).toEqual([]);
  if (desktop) await page.setViewportSize(desktop);
}

test('a service admin changes the routine referral target and the patients’ telephone number; the next request is due by the new target, and the patient’s page gives the new number', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // The test server is shared by the specs running beside this one: the settings are put back however it ends.
  const before = await demoSettings(baseURL!);
  const newTarget = before.settings.referralTargetWorkingDays === 6 ? 7 : 6;
  const newTelephone = `01632 960 ${String(500 + Math.floor(Math.random() * 400))}`;
  try {
    await page.goto('/sign-in');
    await signIn(page, adminEmail, demoPassword);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Signed in as');
    await menuLink(page, 'Administration').click();
    await page.getByRole('link', { name: 'Response targets and service settings' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Response targets and service settings');
    await expect(page.getByRole('main')).toContainText('North Vale Community Dermatology Service');
    await checkPage(page, 'settings-summary');

    // The routine referral target: a wrong value is refused in words, in an error summary linked to the field.
    await page.getByRole('link', { name: 'Change routine referral target' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Response targets');
    const referral = page.getByRole('group', { name: 'Referral for triage' });
    await referral.getByLabel('Routine (working days)').fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('The routine referral target must be at least 1 working day');
    // The summary takes focus, so a screen reader reads the problem first.
    await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
    await expect(page).toHaveTitle(/^Error: Response targets/);
    await checkPage(page, 'settings-targets-error');
    await summary.getByRole('link', { name: 'The routine referral target must be at least 1 working day' }).click();
    await expect(referral.getByLabel('Routine (working days)')).toBeFocused();
    await referral.getByLabel('Routine (working days)').fill(String(newTarget));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText('Response targets saved.');
    const targets = page.getByRole('main').locator('dl').first();
    await expect(targets.getByRole('definition').filter({ hasText: `${newTarget} working days` })).toBeVisible();

    // The telephone number patients are given.
    await page.getByRole('link', { name: 'Change telephone number for patients' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Contact details for patients');
    await page.getByLabel('Telephone number').fill('ring reception');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter a UK telephone number, like 01632 960 100');
    await checkPage(page, 'settings-contact-error');
    await page.getByLabel('Telephone number').fill(newTelephone);
    await page.getByLabel('When the telephone is answered (optional)').fill('Monday to Friday, 9am to 5pm');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText('Contact details for patients saved.');
    await expect(page.getByRole('main')).toContainText(newTelephone);
    await checkPage(page, 'settings-summary-saved');

    // A referrer sends a request with its photographs: its clock starts now, under the new target.
    const { reference } = await seedCase({ familyName: 'Targetson' });
    const startedAt = await serviceNow(baseURL!);
    const due = pageDate(addWorkingDays(startedAt, newTarget));
    expect(due, 'the new target gives another date than the old').not.toBe(
      pageDate(addWorkingDays(startedAt, before.settings.referralTargetWorkingDays)),
    );
    await signInAs(page, consultantEmail);
    await menuLink(page, 'Worklist').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Worklist');
    await expect(worklistRow(page, reference)).toContainText(due);

    // The patient of a request opens their link on their phone and is given the service's new number.
    const email = uniquePatientEmail();
    const { referrer, id, dateOfBirth } = await draftWithPatientContacts(baseURL!, email);
    try {
      await referrer.call('POST', `/api/requests/${id}/patient-links`, { channel: 'email' });
    } finally {
      await referrer.context.dispose();
    }
    const link = await patientLinkSentTo(email);
    const patient = await openLinkOnPhone(browser, link);
    try {
      await enterDateOfBirth(patient.page, dateOfBirth);
      await expect(patient.page.getByRole('heading', { level: 1 })).toContainText('Your skin photos and questions');
      const contact = patient.page.getByRole('region', { name: 'Contact North Vale Community Dermatology Service' });
      await expect(contact).toContainText(`Telephone: ${newTelephone}`);
      await expect(contact).toContainText('Monday to Friday, 9am to 5pm');
      await expect(contact.getByRole('link', { name: newTelephone })).toHaveAttribute(
        'href',
        `tel:${newTelephone.replace(/\s/g, '')}`,
      );
      await checkPatientPage(patient.page, 'settings-patient-contact');
      expect(patient.problems).toEqual([]);
    } finally {
      await patient.context.close();
    }
  } finally {
    await before.restore();
  }
});
