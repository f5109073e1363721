import { seriousViolations } from './axe.ts';
import { demoPassword } from './demo-users.ts';
import { expect, screenshotPath, signIn, test } from './fixtures.ts';
import { referrerEmail } from './intake-steps.ts';
import { apiSignIn } from './review-seed.ts';
import { consultantEmail, seedCase } from './review-steps.ts';

test('the header search finds a patient by NHS number with spaces, name or reference, only where the person may see them, and links to the request', async ({
  page,
  baseURL,
}) => {
  const familyName = `Searchable${Date.now().toString(36)}`;
  const sent = await seedCase({ familyName });
  const gp = await apiSignIn(baseURL!, referrerEmail);
  const { patient } = await gp.call<{ patient: { id: string } }>('GET', `/api/requests/${sent.id}`);
  const { nhsNumber } = await gp.call<{ nhsNumber: string }>('GET', `/api/patients/${patient.id}`);
  await gp.context.dispose();
  const spaced = `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`;

  // The consultant of the service the request was sent to finds it by NHS number, as people type it.
  await page.goto('/sign-in');
  await signIn(page, consultantEmail, demoPassword);
  const box = page.getByRole('searchbox', { name: /Find a patient or request/ });
  await box.fill(spaced);
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Search results for “${spaced}”`);
  await expect(page.getByRole('status')).toHaveText('1 patient found by NHS number.');
  await expect(page.getByRole('heading', { level: 2 })).toContainText(familyName);
  expect(await seriousViolations(page), 'accessibility of the search results').toEqual([]);

  // By the start of the name, and by reference in lower case; the result links to the request.
  await box.fill(familyName.slice(0, 12).toLowerCase());
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText(familyName);
  await box.fill(sent.reference.toLowerCase());
  await box.press('Enter');
  await expect(page.getByRole('status')).toHaveText('1 patient found by request reference.');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath('search-results-phone'), fullPage: true });
  await page.getByRole('link', { name: new RegExp(sent.reference) }).click();
  await expect(page).toHaveURL(`/requests/${sent.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(sent.reference);

  // A mistyped NHS number is said to be one, in the error summary.
  await box.fill('943 476 5918');
  await box.press('Enter');
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(page).toHaveTitle(/^Error: /);
});

test('a GP of another practice finds nothing of a patient they have no part in', async ({ page, baseURL }) => {
  const familyName = `Elsewhere${Date.now().toString(36)}`;
  const sent = await seedCase({ familyName });
  await page.goto('/sign-in');
  await signIn(page, 'nurse@hillcrest.example', demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Signed in as');
  for (const q of [sent.reference, familyName]) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('status')).toContainText('No patient you may see matches');
  }
  expect(baseURL).toBeTruthy();
});
