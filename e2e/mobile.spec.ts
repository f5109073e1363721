import { demoPassword } from './demo-users.ts';
import { expect, screenshotPath, signIn, test } from './fixtures.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

test('on a phone the sign-in and home pages fit the screen', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.screenshot({ path: screenshotPath('mobile-sign-in-errors'), fullPage: true });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: screenshotPath('mobile-sign-in'), fullPage: true });
  expect(await horizontalOverflow(page)).toBe(false);

  await signIn(page, 'gp@riverside.example', demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Dr Amira Patel');
  await page.screenshot({ path: screenshotPath('mobile-home'), fullPage: true });
  expect(await horizontalOverflow(page)).toBe(false);
});

/** True when the page is wider than the screen, so the reader would have to scroll sideways. */
function horizontalOverflow(page: import('@playwright/test').Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth');
}
