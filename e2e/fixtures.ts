import { test as base, expect, type Page } from '@playwright/test';
import { chromiumMissingMessage, findChromium } from './environment.ts';

const chromiumFound = Boolean(findChromium());

type Fixtures = {
  /** Skips every test when there is no Chromium to run it in. */
  requireChromium: void;
  /** Fails the test if the page threw, or the browser refused something under the Content-Security-Policy. */
  pageProblems: void;
};

export const test = base.extend<Fixtures>({
  requireChromium: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument.
    async ({}, use, testInfo) => {
      testInfo.skip(!chromiumFound, chromiumMissingMessage);
      await use();
    },
    { auto: true },
  ],
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
          problems.push(`CSP: ${message.text()}`);
        }
      });
      await use();
      expect(problems, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Signs in through the sign-in page, starting from wherever the page is. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Sign out' }).click();
}

export function screenshotPath(name: string): string {
  return `test-results/screenshots/${name}.png`;
}
