import { seriousViolations } from './axe.ts';
import { demoPassword } from './demo-users.ts';
import { expect, screenshotPath, signIn, test } from './fixtures.ts';

test('the sign-in page has no serious accessibility problems, with or without errors', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: screenshotPath('sign-in'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.screenshot({ path: screenshotPath('sign-in-errors'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});

test('the home page has no serious accessibility problems', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'consultant@northvale.example', demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Dr James Okafor');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the signed-out confirmation has no serious accessibility problems', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'clerk@northvale.example', demoPassword);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('alert')).toContainText('You have signed out');
  await page.screenshot({ path: screenshotPath('signed-out'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email address')).toBeFocused();
});

test('after a page change, focus starts at the new page heading', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'photographer@northgate.example', demoPassword);
  await expect(page.getByRole('heading', { level: 1, name: 'Signed in as Jo Harper' })).toBeFocused();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Telederm' })).toBeFocused();
});
