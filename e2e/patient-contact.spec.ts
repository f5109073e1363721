import { seriousViolations } from './axe.ts';
import { demoPassword } from './demo-users.ts';
import { expect, signIn, test } from './fixtures.ts';
import { referrerEmail } from './intake-steps.ts';
import { patientLinkSentTo } from './patient-mail.ts';
import { draftWithPatientContacts } from './patient-steps.ts';

test('a GP whose patient has no email adds one from the request page, and the link can then go by email', async ({
  page,
  baseURL,
}) => {
  const { referrer, id } = await draftWithPatientContacts(baseURL!, `contact-${Date.now()}@example.com`);
  const { patient } = await referrer.call<{ patient: { id: string } }>('GET', `/api/requests/${id}`);
  await referrer.call('PATCH', `/api/patients/${patient.id}/contact`, { email: '' });
  await referrer.context.dispose();

  await page.goto('/sign-in');
  await signIn(page, referrerEmail, demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Signed in as');
  await page.goto(`/requests/${id}`);
  await page.getByRole('link', { name: 'Change the patient’s mobile number or email address' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Change the patient’s contact details');
  await expect(page.getByLabel('Email address (optional)')).toHaveValue('');

  await page.getByLabel('Email address (optional)').fill('not an address');
  await page.getByLabel('Postcode').fill('nowhere');
  await page.getByRole('button', { name: 'Save contact details' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('link')).toHaveCount(2);
  expect(await seriousViolations(page), 'accessibility of the contact page with errors').toEqual([]);

  const address = `robin-${Date.now()}@example.com`;
  await page.getByLabel('Email address (optional)').fill(address);
  await page.getByLabel('Postcode').fill('NV3 1QS');
  await page.getByRole('button', { name: 'Save contact details' }).click();
  await expect(page).toHaveURL(`/requests/${id}`);

  // The link now goes by email, to the address just added.
  await page.getByLabel('By email').check();
  await page.getByRole('button', { name: /^Send link$|^Send a new link$/ }).click();
  expect(await patientLinkSentTo(address)).toMatch(/\/p\/[A-Za-z0-9_-]{43}/);
});
