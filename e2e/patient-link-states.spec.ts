import { seriousViolations } from './axe.ts';
import { expect, signIn, test } from './fixtures.ts';
import { demoPassword } from './demo-users.ts';
import { referrerEmail } from './intake-steps.ts';
import { patientLinkSentTo } from './patient-mail.ts';
import {
  draftWithPatientContacts,
  enterDateOfBirth,
  openLinkOnPhone,
  patientFamilyName,
  uniquePatientEmail,
} from './patient-steps.ts';

const contact = 'Contact Riverside Medical Practice on 01632 960200 if you need a new link.';

test('a replaced link and a cancelled link each open a page that says what happened and whom to contact, and nothing about the patient', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const email = uniquePatientEmail();
  const { id } = await draftWithPatientContacts(baseURL!, email);
  await page.goto('/sign-in');
  await signIn(page, referrerEmail, demoPassword);
  // Wait for the sign-in to land before navigating, or the navigation can cut it off.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Dr Amira Patel');
  await page.goto(`/requests/${id}`);
  const section = page.getByRole('region', { name: 'Patient link' });
  await section.getByLabel('By email').check();
  await section.getByRole('button', { name: 'Send link' }).click();
  const first = await patientLinkSentTo(email);

  // Sending again replaces the first link.
  await expect(section.getByRole('group', { name: 'Send a new link' })).toContainText(
    'The new link replaces the one already sent',
  );
  await section.getByLabel('By email').check();
  await section.getByRole('button', { name: 'Send a new link' }).click();
  await expect(section).toContainText('A link was sent to the patient by email.');
  const second = await patientLinkSentTo(email, { after: first });
  expect(second).not.toBe(first);

  const replaced = await openLinkOnPhone(browser, first);
  expect(replaced.response?.status()).toBe(410);
  await expect(replaced.page.getByRole('heading', { level: 1 })).toHaveText('This link has been replaced');
  await expect(replaced.page.getByRole('main')).toContainText('Use the link in the most recent message.');
  await expect(replaced.page.getByRole('main')).toContainText(contact);
  await expect(replaced.page.locator('body')).not.toContainText(patientFamilyName);
  await replaced.page.screenshot({ path: 'test-results/screenshots/patient-link-replaced.png' });
  expect(await seriousViolations(replaced.page), 'accessibility of the replaced-link page').toEqual([]);
  await replaced.context.close();

  // Cancelling the link in use stops it working too.
  await section.getByRole('button', { name: 'Cancel the link' }).click();
  await expect(section).toContainText('The link was cancelled.');
  await expect(section.getByText('Cancelled', { exact: true })).toBeVisible();
  const cancelled = await openLinkOnPhone(browser, second);
  expect(cancelled.response?.status()).toBe(410);
  await expect(cancelled.page.getByRole('heading', { level: 1 })).toHaveText('This link has been cancelled');
  await expect(cancelled.page.getByRole('main')).toContainText(contact);
  await expect(cancelled.page.locator('body')).not.toContainText(patientFamilyName);
  await cancelled.context.close();
});

test('five wrong dates of birth lock the link: the patient is told whom to contact, and the link no longer opens', async ({
  browser,
  baseURL,
}) => {
  const email = uniquePatientEmail();
  const { referrer, id } = await draftWithPatientContacts(baseURL!, email);
  await referrer.call('POST', `/api/requests/${id}/patient-links`, { channel: 'email' });
  const link = await patientLinkSentTo(email);

  const { context, page, problems } = await openLinkOnPhone(browser, link);
  for (const left of ['4 more tries', '3 more tries', '2 more tries', '1 more try']) {
    await enterDateOfBirth(page, '1990-12-31');
    await expect(page.getByRole('alert')).toContainText(`You have ${left}.`);
  }
  await enterDateOfBirth(page, '1990-12-31');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has been locked');
  await expect(page.getByRole('main')).toContainText('Contact Riverside Medical Practice on 01632 960200');
  expect(await seriousViolations(page)).toEqual([]);

  const reopened = await page.goto(link);
  expect(reopened?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has been locked');
  expect(problems).toEqual([]);
  await context.close();

  const request = await referrer.call<{ patientLink: { status: string } }>('GET', `/api/requests/${id}`);
  expect(request.patientLink.status).toBe('locked');
  await referrer.context.dispose();
});

test('a link that is not recognised, and the patient pages opened without a link, say what to do', async ({
  browser,
}) => {
  const unknown = await openLinkOnPhone(browser, `/p/${'A'.repeat(43)}`);
  expect(unknown.response?.status()).toBe(404);
  await expect(unknown.page.getByRole('heading', { level: 1 })).toHaveText('This link is not recognised');

  await unknown.page.goto('/patient');
  await expect(unknown.page.getByRole('heading', { level: 1 })).toHaveText('Open the link in your message');
  await expect(unknown.page.getByRole('main')).toContainText(
    'Open the link in the message from your GP practice again.',
  );
  expect(await seriousViolations(unknown.page)).toEqual([]);
  await unknown.context.close();
});
