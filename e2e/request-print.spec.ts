import { extractText, getDocumentProxy } from 'unpdf';
import { demoPassword } from './demo-users.ts';
import { expect, signIn, test } from './fixtures.ts';
import { referrerEmail } from './intake-steps.ts';
import { seedCase } from './review-steps.ts';

test('a request prints as what it says: the request, photographs and timeline, without menus, search or buttons', async ({
  page,
}) => {
  const seeded = await seedCase({ familyName: 'Printable' });
  await page.goto('/sign-in');
  await signIn(page, referrerEmail, demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Signed in as');
  await page.goto(`/requests/${seeded.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(seeded.reference);
  await expect(page.getByRole('button', { name: 'Print this request' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Timeline and conversation' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
  await expect(page.getByRole('searchbox')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this request' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const text = (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(
    /\s+/g,
    ' ',
  );
  expect(text).toContain(`Request ${seeded.reference}`);
  expect(text).toContain('Printable');
  expect(text).toContain('Timeline and conversation');
  expect(text).not.toContain('Print this request');
  expect(text).not.toContain('Sign out');
});
