import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { openWorklist, previewAndSign, seedCase, worklistRow } from './review-steps.ts';

test('a case the consultant signed stays in their recent cases, linked, after it leaves the worklist', async ({
  page,
}) => {
  const seeded = await seedCase({ familyName: 'Historique' });
  await openWorklist(page);
  await worklistRow(page, seeded.reference)
    .getByRole('button', { name: `Review ${seeded.reference}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(seeded.reference);
  await page.getByRole('button', { name: 'Seborrhoeic keratosis' }).click();
  await page.getByLabel('Discharge to GP with advice and plan').check();
  await previewAndSign(page);
  await expect(page.getByRole('alert')).toContainText('Outcome signed');

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Worklist' }).click();
  // Both tables have loaded (the summary says how many wait; the recent cases list the signed one) before the
  // worklist's own table is searched for the case: the row under "Your recent cases" is not a worklist row.
  await expect(page.getByText(/waiting for review/).first()).toBeVisible();
  const history = page.getByRole('region', { name: 'Your recent cases' });
  await expect(history.getByRole('row').filter({ hasText: seeded.reference })).toHaveCount(1);
  const waiting = page.getByRole('table', { name: /Cases waiting for review/ });
  await expect(waiting.getByRole('row').filter({ hasText: seeded.reference })).toHaveCount(0);
  await page.getByRole('link', { name: /Outcome recorded/ }).click();
  const row = history.getByRole('row').filter({ hasText: seeded.reference });
  await expect(row).toContainText('You signed the outcome');
  await expect(row).toContainText('Historique');
  expect(await seriousViolations(page), 'accessibility of the worklist with recent cases').toEqual([]);
  await row.getByRole('link', { name: seeded.reference }).click();
  await expect(page).toHaveURL(`/requests/${seeded.id}`);
});
