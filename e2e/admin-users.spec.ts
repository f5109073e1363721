import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { invitationLinkSentTo } from './admin-steps.ts';
import { seriousViolations } from './axe.ts';
import { demoPassword, demoUser } from './demo-users.ts';
import { expect, signIn, test } from './fixtures.ts';

const shots = '/tmp/shots-users';
fs.mkdirSync(shots, { recursive: true });
const phone = { width: 390, height: 844 };
const admin = demoUser('admin@northvale.example');

/** Nothing on the page reaches past the phone's screen (a responsive table's head is clipped out of sight there). */
async function fitsThePhone(page: Page, what: string) {
  const tooWide = await page.evaluate(`[...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .filter((e) => !e.closest('.nhsuk-table-responsive thead, .nhsuk-u-visually-hidden'))
    .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + String(e.className).split(' ').join('.'))`);
  expect(tooWide, `${what}: wider than the phone`).toEqual([]);
  const overflow = await page.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth');
  expect(overflow, `${what}: the page scrolls sideways`).toBe(false);
}

test('the service admin invites a consultant, who signs in through the invitation and sees the worklist; disabled, they cannot sign in', async ({
  page,
  browser,
  baseURL,
}) => {
  // Six pages checked with axe, two browsers, and an email through the real SMTP server.
  test.setTimeout(150_000);
  const email = `new-consultant-${Date.now()}@northvale.example`;
  const name = 'Dr Nadia Invited';
  const password = 'lichen planus under the dermatoscope';

  await page.goto('/sign-in');
  await signIn(page, admin.email, demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Signed in as');
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.getByRole('table', { name: /People with an account/ })).toContainText('Dr James Okafor');
  expect(await seriousViolations(page), 'accessibility of the users page').toEqual([]);

  await page.getByRole('button', { name: 'Invite a user' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invite a user' })).toBeVisible();
  // Refused in words, linked to the fields.
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the name');
  await expect(page.getByRole('alert')).toContainText('Choose at least one role');
  expect(await seriousViolations(page), 'accessibility of the invitation form with errors').toEqual([]);

  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Consultant dermatologist').check();
  await page.getByLabel('GMC number').fill('7012345');
  await page.screenshot({ path: `${shots}/invite-desktop.png`, fullPage: true });
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('alert')).toContainText(`An invitation was sent to ${email}`);
  await expect(page.getByRole('table', { name: 'Invitations not yet accepted' })).toContainText(name);
  await page.screenshot({ path: `${shots}/users-desktop.png`, fullPage: true });

  // The invited consultant, in a browser of their own, opens the link from the email.
  const link = await invitationLinkSentTo(email);
  expect(link.startsWith(baseURL!)).toBe(true);
  const theirs = await browser.newContext();
  const invitee = await theirs.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { level: 1 })).toContainText('Choose a password');
  await expect(invitee.getByText(`${admin.name} has invited you to join ${admin.organisation}`)).toBeVisible();
  // The token is off the address bar once the page has it.
  expect(new URL(invitee.url()).pathname).toBe('/invitation');
  expect(await seriousViolations(invitee), 'accessibility of the invitation page').toEqual([]);
  await invitee.getByLabel('Password', { exact: true }).fill('too short');
  await invitee.getByLabel('Enter the password again').fill('too short');
  await invitee.getByRole('button', { name: 'Save password and sign in' }).click();
  await expect(invitee.getByRole('alert')).toContainText('at least 12 characters');
  await invitee.setViewportSize(phone);
  await fitsThePhone(invitee, 'the invitation page');
  await invitee.screenshot({ path: `${shots}/invitation-phone.png`, fullPage: true });

  await invitee.getByLabel('Password', { exact: true }).fill(password);
  await invitee.getByLabel('Enter the password again').fill(password);
  await invitee.getByRole('button', { name: 'Save password and sign in' }).click();
  await expect(invitee.getByRole('heading', { level: 1 })).toContainText(`Signed in as ${name}`);
  await invitee.goto('/review');
  await expect(invitee.getByRole('heading', { level: 1, name: 'Worklist' })).toBeVisible();

  // The link worked once.
  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('This invitation link cannot be used');
  await expect(again.getByText(/already been used/)).toBeVisible();
  expect(await seriousViolations(again), 'accessibility of a used invitation link').toEqual([]);
  await again.screenshot({ path: `${shots}/invitation-used.png`, fullPage: true });

  // The admin sees when they signed in, and disables them.
  await page.goto('/admin/users');
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).not.toContainText('Never');
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(await seriousViolations(page), 'accessibility of the user page').toEqual([]);
  await page.screenshot({ path: `${shots}/user-desktop.png`, fullPage: true });
  await page.getByRole('button', { name: `Disable ${name}` }).click();
  await expect(page.getByRole('alert')).toContainText(`${name} was disabled and signed out`);

  // Their next page finds them signed out, and signing in again is refused.
  await invitee.goto('/review');
  await expect(invitee.getByRole('heading', { level: 1 })).toContainText('Sign in');
  await signIn(invitee, email, password);
  await expect(invitee.getByRole('alert')).toContainText('The email address or password is not right');
  await theirs.close();

  // On a phone, the users page fits the screen.
  await page.setViewportSize(phone);
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await fitsThePhone(page, 'the users page');
  expect(await seriousViolations(page), 'accessibility of the users page on a phone').toEqual([]);
  await page.screenshot({ path: `${shots}/users-phone.png`, fullPage: true });
});

test('an unknown invitation link says so and names no one', async ({ page }) => {
  await page.goto(`/invitation/${'x'.repeat(43)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This invitation link is not recognised');
  await expect(page.getByText(/ask the administrator who invited you/)).toBeVisible();
  expect(await seriousViolations(page), 'accessibility of an unknown invitation link').toEqual([]);
});

test('the system admin adds a practice linked to a service, and is taken to invite its first user', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/sign-in');
  await signIn(page, 'sysadmin@northvale.example', demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Signed in as');
  await page.goto('/admin/organisations');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'GP practices' })).toContainText('Riverside Medical Practice');
  expect(await seriousViolations(page), 'accessibility of the organisations page').toEqual([]);
  await page.screenshot({ path: `${shots}/organisations-desktop.png`, fullPage: true });

  await page.getByRole('button', { name: 'Add a practice or service' }).click();
  const suffix = Date.now().toString(36).toUpperCase().slice(-5);
  await page.getByLabel('GP practice').check();
  await page.getByLabel('Name', { exact: true }).fill(`Brookside Surgery ${suffix}`);
  await page.getByLabel('ODS code').fill(`B${suffix}`);
  await page.getByLabel('Telephone (optional)').fill('01632 960123');
  await page.getByLabel('North Vale Community Dermatology Service').check();
  expect(await seriousViolations(page), 'accessibility of the new organisation form').toEqual([]);
  await page.getByRole('button', { name: 'Add organisation' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Invite a user' })).toBeVisible();
  await expect(page.getByLabel('Organisation')).toHaveValue(/.+/);
  await expect(page.getByLabel('Referrer')).toBeVisible();
  await page.goto('/admin/organisations');
  await expect(page.getByRole('row').filter({ hasText: `Brookside Surgery ${suffix}` })).toContainText(
    'North Vale Community Dermatology Service',
  );
  await page.setViewportSize(phone);
  await fitsThePhone(page, 'the organisations page');
  await page.screenshot({ path: `${shots}/organisations-phone.png`, fullPage: true });
});
