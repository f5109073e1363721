import { seriousViolations } from './axe.ts';
import { expect, screenshotPath, signIn, test } from './fixtures.ts';
import { demoPassword } from './demo-users.ts';
import { consultantName, expectPainted, openWorklist, seedCase, worklistRow } from './review-steps.ts';

test('the worklist, the case page with the viewer open and the outcome form with errors pass axe, on desktop and phone', async ({
  page,
}) => {
  // Axe runs five times over full pages, on desktop and phone: longer than the default allowance on a busy machine.
  test.setTimeout(90_000);
  const seeded = await seedCase({ urgency: 'urgent', familyName: 'Axecase' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await openWorklist(page);
  await expect(worklistRow(page, seeded.reference)).toBeVisible();
  await page.screenshot({ path: screenshotPath('review-worklist-desktop'), fullPage: true });
  expect(await seriousViolations(page), 'accessibility of the worklist').toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath('review-worklist-phone'), fullPage: true });
  expect(
    await page.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth'),
    'the worklist fits the phone',
  ).toBe(false);
  await page.setViewportSize({ width: 1440, height: 900 });

  await worklistRow(page, seeded.reference)
    .getByRole('button', { name: `Review ${seeded.reference}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(seeded.reference);
  await page.getByRole('button', { name: /^Show Close-up photograph 1 of lesion 1/ }).click();
  await expectPainted(page.getByRole('group', { name: /^Close-up photograph 1 of lesion 1/ }).getByRole('img'));
  await page.keyboard.press('?');
  await expect(page.getByText('Rotate 90 degrees', { exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath('review-case-desktop'), fullPage: true });
  expect(await seriousViolations(page), 'accessibility of the case page with the viewer open').toEqual([]);

  // The second keyboard-only pass: n moves to the next photograph, r turns it.
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('n');
  await expect(page.getByText('Photo 3 of 3')).toBeVisible();
  await page.keyboard.press('r');
  const turned = page.getByRole('group', { name: /^Dermoscopic photograph 1 of lesion 1/ }).getByRole('img');
  await expect
    .poll(() => turned.evaluate((img: { style: { transform: string } }) => img.style.transform))
    .toContain('rotate(90deg)');

  await page.getByLabel('GP to prescribe').check();
  await page.getByRole('button', { name: 'Preview the letters' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('Choose a diagnosis, or describe it in words when none fits');
  await expect(summary).toContainText('Write the management plan');
  await expect(summary).toContainText('Say what the GP should prescribe');
  await page.screenshot({ path: screenshotPath('review-outcome-errors-desktop'), fullPage: true });
  expect(await seriousViolations(page), 'accessibility of the outcome form with errors').toEqual([]);

  // A suspected cancer is flagged, with the urgent pathway one click away.
  await page.getByRole('button', { name: 'Basal cell carcinoma of skin' }).click();
  await expect(page.getByRole('heading', { name: 'Suspected skin cancer' })).toBeVisible();
  await page.getByRole('button', { name: 'Redirect to the urgent suspected cancer pathway' }).click();
  await expect(page.getByLabel('Redirect to the urgent suspected cancer pathway')).toBeChecked();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath('review-case-phone'), fullPage: true });
});

test('a service administrator sees who holds each open case and hands one back to the worklist', async ({
  page,
  browser,
}) => {
  const seeded = await seedCase({ familyName: 'Heldcase' });
  const consultant = await browser.newContext();
  const consultantPage = await consultant.newPage();
  await openWorklist(consultantPage);
  await worklistRow(consultantPage, seeded.reference)
    .getByRole('button', { name: `Review ${seeded.reference}` })
    .click();
  await expect(consultantPage.getByRole('heading', { level: 1 })).toContainText(seeded.reference);
  await consultant.close();

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/sign-in');
  await signIn(page, 'admin@northvale.example', demoPassword);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Service cases' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service cases');
  const row = page.getByRole('row').filter({ hasText: seeded.reference });
  await expect(row).toContainText(consultantName);
  await expect(row).toContainText('In review');
  await page.screenshot({ path: screenshotPath('review-service-cases-desktop'), fullPage: true });
  expect(await seriousViolations(page), 'accessibility of the service cases page').toEqual([]);

  await row.getByLabel(`Give ${seeded.reference} to`).selectOption({ label: 'Back to the worklist' });
  await row.getByRole('button', { name: `Reassign ${seeded.reference}` }).click();
  await expect(page.getByRole('alert')).toContainText(`${seeded.reference} is back on the worklist`);
  await expect(row).toContainText('Ready for review');
  await expect(row).toContainText('Nobody');
});
