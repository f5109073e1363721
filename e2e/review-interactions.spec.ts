import { expect, screenshotPath, test } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import {
  consultantName,
  interactionCounter,
  openWorklist,
  previewAndSign,
  seedCase,
  worklistRow,
} from './review-steps.ts';

test('from the worklist, a routine "discharge with advice" outcome with a template plan takes at most 6 interactions', async ({
  page,
}) => {
  const routine = await seedCase({ familyName: 'Quickcase' });
  await openWorklist(page);
  const act = interactionCounter(page);

  await act.click(worklistRow(page, routine.reference).getByRole('button', { name: `Review ${routine.reference}` }));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(routine.reference);
  await act.click(page.getByRole('button', { name: 'Seborrhoeic keratosis' }));
  await act.click(page.getByLabel('Discharge to GP with advice and plan'));
  await previewAndSign(page, (target) => act.click(target));

  await expect(page.getByRole('alert')).toContainText(`Outcome signed by ${consultantName}, GMC 4567890`);
  expect(act.count, 'clicks and key presses from the worklist to a signed outcome').toBeLessThanOrEqual(6);
  console.log(`Interactions from the worklist to a signed discharge: ${act.count}`);

  // What was signed is the template, unchanged, under the coded diagnosis.
  const { diagnoses } = (await (await page.request.get('/api/diagnoses')).json()) as {
    diagnoses: { code: string; planTemplate: string }[];
  };
  const template = diagnoses.find((d) => d.code === '394726009')!.planTemplate;
  const signed = page.getByRole('region', { name: 'Outcome from the dermatologist' });
  await expect(signed).toContainText('Discharge to GP with advice and plan');
  await expect(signed).toContainText('SNOMED CT 394726009');
  await expect(signed).toContainText(template.split('\n')[0]!);
  await expect(signed.getByRole('link', { name: /Download the clinical letter/ })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('heading', { level: 1 }).focus();
  await page.screenshot({ path: screenshotPath('review-signed-desktop'), fullPage: true });
  expect(await seriousViolations(page), 'accessibility of the signed outcome').toEqual([]);

  // A signed outcome is never edited: an addendum is a new signed entry.
  await page.getByLabel('Addendum', { exact: true }).fill('Seen again in photographs: no change to the plan.');
  await page.getByRole('button', { name: 'Add addendum' }).click();
  await expect(signed).toContainText('Addendum 1');
  await expect(signed).toContainText('Seen again in photographs: no change to the plan.');
  await expect(page.getByRole('textbox', { name: 'Management plan' })).toHaveCount(0);
});
