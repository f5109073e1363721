import fs from 'node:fs';
import { seriousViolations } from './axe.ts';
import { demoPassword } from './demo-users.ts';
import { expect, screenshotPath, signIn, test } from './fixtures.ts';
import { referrerEmail } from './intake-steps.ts';
import { apiSignIn } from './review-seed.ts';
import { consultantEmail, consultantName, seedCase } from './review-steps.ts';

const adminEmail = 'admin@northvale.example';

test("a service administrator finds a patient by NHS number, then who read the patient's request in the audit trail, exports it and checks the chain", async ({
  page,
  baseURL,
}) => {
  const familyName = `Audited${Date.now().toString(36)}`;
  const sent = await seedCase({ familyName });
  const gp = await apiSignIn(baseURL!, referrerEmail);
  const { patient } = await gp.call<{ patient: { id: string } }>('GET', `/api/requests/${sent.id}`);
  const { nhsNumber } = await gp.call<{ nhsNumber: string }>('GET', `/api/patients/${patient.id}`);
  await gp.context.dispose();
  // The consultant reads the request: the read the administrator will find.
  const consultant = await apiSignIn(baseURL!, consultantEmail);
  await consultant.call('GET', `/api/requests/${sent.id}`);
  await consultant.context.dispose();
  const spaced = `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`;

  await page.goto('/sign-in');
  await signIn(page, adminEmail, demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Signed in as');

  // The header search finds the patient by NHS number, as people type it.
  const box = page.getByRole('searchbox', { name: /Find a patient or request/ });
  await box.fill(spaced);
  await box.press('Enter');
  await expect(page.getByRole('status')).toHaveText('1 patient found by NHS number.');
  await expect(page.getByRole('heading', { level: 2 })).toContainText(familyName);

  // Administration → Audit trail, searched by the same NHS number.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
  expect(await seriousViolations(page), 'accessibility of the administration page').toEqual([]);
  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit trail');
  await page.getByLabel('Patient’s NHS number').fill(spaced);
  await page.getByRole('button', { name: 'Search the trail' }).click();
  const rows = page.getByRole('table', { name: 'Audit events, newest first' }).getByRole('row');
  const read = rows.filter({ hasText: consultantName }).filter({ hasText: 'request.viewed' });
  await expect(read.first()).toBeVisible();
  await expect(read.first().getByRole('link', { name: sent.reference })).toHaveAttribute(
    'href',
    `/requests/${sent.id}`,
  );
  // Only what the service's own staff did: the GP who registered the patient is not in this administrator's view.
  await expect(rows.filter({ hasText: 'patient.registered' })).toHaveCount(0);
  expect(await seriousViolations(page), 'accessibility of the audit search').toEqual([]);

  // The same search as CSV.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download these events as CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toContain('"Sequence","When (UTC)","Who"');
  expect(csv).toContain(`"${sent.reference}"`);
  expect(csv).toContain('"request.viewed"');

  // A mistyped NHS number is named in the error summary, linked to its field.
  await page.getByLabel('Patient’s NHS number').fill('943 476 5918');
  await page.getByRole('button', { name: 'Search the trail' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter a valid NHS number, 10 digits');
  await page.getByRole('alert').getByRole('link', { name: 'Enter a valid NHS number, 10 digits' }).click();
  await expect(page.getByLabel('Patient’s NHS number')).toBeFocused();

  // The chain is checked on request and found unbroken.
  await page.getByRole('button', { name: 'Check the trail now' }).click();
  await expect(page.getByText(/The trail is unbroken: [\d,]+ events checked/)).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByLabel('Patient’s NHS number').fill(spaced);
  await page.getByRole('button', { name: 'Search the trail' }).click();
  await expect(read.first()).toBeVisible();
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath('audit-trail-phone'), fullPage: true });
});
