import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { e2eOrigin } from './environment.ts';
import { expect, signIn, test } from './fixtures.ts';
import { referrerEmail } from './intake-steps.ts';
import { fixturePhoto } from './photo-steps.ts';
import { consultantEmail } from './review-steps.ts';
import { apiSignIn, readyCase } from './review-seed.ts';

/**
 * The staff notification centre (issue 20): a consultant asks the GP a question; the GP sees the count in the
 * header, opens Notifications, follows the link to the request, and the count goes down. A GP of their own, made for
 * the test, so that no other spec's questions move the count while this one reads it.
 */
const shots = '/tmp/shots-notifications';
fs.mkdirSync(shots, { recursive: true });

async function newGp(): Promise<{ email: string; password: string }> {
  const demoGp = await apiSignIn(e2eOrigin, referrerEmail);
  const practice = demoGp.session.memberships.find((m) => m.kind === 'gp_practice')!;
  await demoGp.context.dispose();
  const sysadmin = await apiSignIn(e2eOrigin, 'sysadmin@northvale.example');
  const email = `gp-notified-${Date.now()}-${Math.floor(Math.random() * 1e6)}@riverside.example`;
  const password = 'Seborrhoeic-keratosis-stuck-on-7';
  await sysadmin.call('POST', '/api/users', {
    email,
    displayName: 'Dr Noor Haddad',
    password,
    organisationId: practice.organisationId,
    roles: ['referrer'],
    professionalRegistration: 'GMC 7012345',
  });
  await sysadmin.context.dispose();
  return { email, password };
}

/** A case of the GP's in review, and the consultant's question about it. */
async function questionFromConsultant(gp: { email: string; password: string }) {
  const referrer = await apiSignIn(e2eOrigin, gp.email, gp.password);
  const request = await readyCase(referrer, {
    familyName: 'Notified',
    photos: [
      { file: fixturePhoto('Landscape_1.jpg'), view: 'regional' },
      { file: fixturePhoto('Portrait_1.jpg'), view: 'close_up' },
    ],
  });
  await referrer.context.dispose();
  const consultant = await apiSignIn(e2eOrigin, consultantEmail);
  await consultant.call('POST', `/api/requests/${request.id}/claim`);
  await consultant.call('POST', `/api/requests/${request.id}/messages`, {
    kind: 'question',
    body: 'Has the lesion bled or changed colour in the last month?',
  });
  await consultant.context.dispose();
  return request;
}

const header = (page: Page) => page.getByRole('navigation', { name: 'Account' });

/**
 * Resolves once the page has run the tasks queued before it (React renders and starts fetches in such tasks). Page
 * code as a string, as the DOM is not among this project's Node types.
 */
const ranPendingTasks =
  'new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = () => resolve(null); channel.port2.postMessage(null); })';
const pageWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

test('the GP sees a question in the header, opens it from Notifications, and the count goes down', async ({ page }) => {
  test.setTimeout(90_000);
  const gp = await newGp();
  const { id, reference } = await questionFromConsultant(gp);

  await page.goto('/sign-in');
  await signIn(page, gp.email, gp.password);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Dr Noor Haddad');
  const link = header(page).getByRole('link', { name: /^Notifications/ });
  await expect(link).toHaveAccessibleName('Notifications, 1 unread');
  await expect(link.getByText('1', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${shots}/desktop-header.png` });

  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notifications');
  await expect(page.getByRole('status')).toHaveText('You have 1 unread notification.');
  const item = page.getByRole('listitem').filter({ hasText: reference });
  await expect(item).toContainText('Unread');
  await expect(item).toContainText('Question for you');
  // The reference and what to do, never the patient or the question itself.
  await expect(item).not.toContainText('Notified');
  await expect(item).not.toContainText('bled');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/desktop-notifications.png`, fullPage: true });

  await item.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/requests/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  await expect(link).toHaveAccessibleName('Notifications, none unread');
  await expect(link.getByText('1', { exact: true })).toHaveCount(0);

  // Back on the list it is read; nothing left for "Mark all as read".
  await link.click();
  await expect(page.getByRole('status')).toHaveText('You have no unread notifications.');
  await expect(page.getByRole('listitem').filter({ hasText: reference })).not.toContainText('Unread');
  await expect(page.getByRole('button', { name: 'Mark all as read' })).toHaveCount(0);
});

test('the header asks again each minute only while the page is in use, so an unattended screen still times out', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const gp = await newGp();
  await page.clock.install();
  await page.goto('/sign-in');
  await signIn(page, gp.email, gp.password);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Dr Noor Haddad');
  await expect(header(page).getByRole('link', { name: /^Notifications/ })).toHaveAccessibleName(
    'Notifications, none unread',
  );
  let asked = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/notifications/count') asked += 1;
  });

  // Three minutes with nobody at the screen: no request, so nothing keeps the session alive. (What a minute's timer
  // would start has started once the page has run its pending tasks, which a message to itself waits for.)
  await page.clock.fastForward('03:00');
  for (let task = 0; task < 3; task += 1) await page.evaluate(ranPendingTasks);
  expect(asked).toBe(0);
  // Then someone presses a key: the next minute's refresh is asked for, once.
  await page.keyboard.press('Shift');
  await page.clock.fastForward('01:00');
  await expect.poll(() => asked).toBe(1);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the count fits the header, and "Mark all as read" clears it', async ({ page }) => {
    test.setTimeout(90_000);
    const gp = await newGp();
    const first = await questionFromConsultant(gp);
    const second = await questionFromConsultant(gp);

    await page.goto('/sign-in');
    await signIn(page, gp.email, gp.password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Dr Noor Haddad');
    const link = header(page).getByRole('link', { name: /^Notifications/ });
    await expect(link).toHaveAccessibleName('Notifications, 2 unread');
    await expect(link).toBeInViewport();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${shots}/phone-header.png` });

    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notifications');
    // Newest first.
    const items = page.getByRole('list', { name: 'Notifications, newest first' }).getByRole('listitem');
    await expect(items.nth(0)).toContainText(second.reference);
    await expect(items.nth(1)).toContainText(first.reference);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/phone-notifications.png`, fullPage: true });

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await expect(page.getByRole('status')).toHaveText('You have no unread notifications.');
    await expect(link).toHaveAccessibleName('Notifications, none unread');
    await expect(items.filter({ hasText: 'Unread' })).toHaveCount(0);
    await page.screenshot({ path: `${shots}/phone-all-read.png`, fullPage: true });
  });
});
