import { e2eOrigin } from './environment.ts';
import { seriousViolations } from './axe.ts';
import { expect, screenshotPath, signIn, test } from './fixtures.ts';
import { referrerEmail } from './intake-steps.ts';
import { demoPassword } from './demo-users.ts';
import { addConsultant } from './review-seed.ts';
import {
  consultantName,
  expectPainted,
  openWorklist,
  readDownload,
  seedCase,
  worklistRow,
  zoomLevel,
} from './review-steps.ts';

test('a consultant opens the oldest urgent case, zooms into the dermoscopic photograph, compares two views, prescribes and signs; a second consultant cannot claim it meanwhile; the referrer downloads both letters', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const urgent = await seedCase({ urgency: 'urgent', familyName: 'Urgentcase' });
  const secondConsultant = await addConsultant(e2eOrigin, 'Dr Bea Second');

  await openWorklist(page);
  const row = worklistRow(page, urgent.reference);
  await expect(row).toContainText('Urgent');
  await expect(row).toContainText('Nobody');
  // Urgent cases come first: no routine case is listed above an urgent one.
  const urgency = await page
    .getByRole('row')
    .evaluateAll((rows: { textContent: string | null }[]) =>
      rows.slice(1).map((r) => (r.textContent?.includes('Urgent') ? 'urgent' : 'routine')),
    );
  expect(urgency.indexOf('routine') === -1 || urgency.lastIndexOf('urgent') < urgency.indexOf('routine')).toBe(true);
  await row.getByRole('button', { name: `Review ${urgent.reference}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Case ${urgent.reference}`);
  await expect(page.getByLabel('Patient summary')).toContainText('Alex Urgentcase');

  // Meanwhile a second consultant of the service cannot take it.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await openWorklist(otherPage, secondConsultant.email, secondConsultant.password);
  const heldRow = worklistRow(otherPage, urgent.reference);
  await expect(heldRow).toContainText(consultantName);
  await heldRow.getByRole('button', { name: `Review ${urgent.reference}` }).click();
  await expect(otherPage.getByRole('alert')).toContainText(`${consultantName} is reviewing this case.`);
  await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText('Worklist');
  await other.close();

  // Zoom into the dermoscopic photograph: to actual pixels, then beyond.
  await page.getByRole('button', { name: /^Show Dermoscopic photograph 1 of lesion 1/ }).click();
  const pane = page.getByRole('group', { name: /^Dermoscopic photograph 1 of lesion 1/ });
  const picture = pane.getByRole('img');
  await expectPainted(picture);
  const fitted = await zoomLevel(pane);
  const fittedTransform = await picture.evaluate((img: { style: { transform: string } }) => img.style.transform);
  await page.getByRole('button', { name: 'Actual size, 100%' }).click();
  expect(await zoomLevel(pane)).toBe(100);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  expect(await zoomLevel(pane)).toBe(156);
  expect(await picture.evaluate((img: { style: { transform: string } }) => img.style.transform)).not.toBe(
    fittedTransform,
  );
  expect(fitted).toBeLessThan(100);
  // The wheel zooms too, and dragging moves the picture.
  const box = (await pane.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => zoomLevel(pane)).toBeGreaterThan(156);
  const beforeDrag = await picture.evaluate((img: { style: { transform: string } }) => img.style.transform);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 4 });
  await page.mouse.up();
  expect(await picture.evaluate((img: { style: { transform: string } }) => img.style.transform)).not.toBe(beforeDrag);

  // Compare the close-up with the dermoscopic view, side by side.
  await page.getByLabel(/^Compare Close-up photograph 1 of lesion 1/).check();
  await page.getByLabel(/^Compare Dermoscopic photograph 1 of lesion 1/).check();
  const left = page.getByRole('group', { name: /^Left: Close-up photograph 1/ });
  const right = page.getByRole('group', { name: /^Right: Dermoscopic photograph 1/ });
  await expect(left).toBeVisible();
  await expect(right).toBeVisible();
  await expectPainted(left.getByRole('img'));
  await expectPainted(right.getByRole('img'));
  await page.getByRole('button', { name: 'Zoom in (right)' }).click();
  expect(await zoomLevel(right)).toBeGreaterThan(await zoomLevel(left));

  // A coded diagnosis whose template fills the plan, and GP to prescribe with its usual medicine.
  await page.getByLabel('Diagnosis', { exact: true }).fill('Actinic keratosis');
  await expect(page.getByText('Coded: SNOMED CT 201101007')).toBeVisible();
  await expect(page.getByLabel('Management plan')).toHaveValue(/actinic keratos/i);
  await page.getByLabel('GP to prescribe').check();
  await expect(page.getByLabel('Medicine', { exact: true })).toHaveValue('Fluorouracil');
  await expect(page.getByLabel('Directions')).not.toHaveValue('');

  // Before signing, the letters as they will be sent (hazard H13); a change makes them again.
  await page.getByRole('button', { name: 'Preview the letters' }).click();
  const gpLetter = page.getByRole('region', { name: 'Letter to the GP' });
  await expect(gpLetter).toContainText('Fluorouracil');
  await expect(gpLetter).toContainText('Actinic keratosis');
  await expect(gpLetter).toContainText(`${consultantName}`);
  await expect(page.getByRole('region', { name: 'Copy for the patient' })).toContainText('What happens next');
  await page.screenshot({ path: screenshotPath('review-letter-preview'), fullPage: true });
  expect(await seriousViolations(page), 'accessibility of the letter preview').toEqual([]);
  await page.getByLabel('Management plan').fill('Fluorouracil 5% cream twice daily for 3 weeks. Review in 8 weeks.');
  await expect(gpLetter).toHaveCount(0);
  await page.getByRole('button', { name: 'Preview the letters' }).click();
  await expect(gpLetter).toContainText('Review in 8 weeks.');
  await page.getByRole('button', { name: 'Confirm and sign' }).click();
  await expect(page.getByRole('alert')).toContainText(`Outcome signed by ${consultantName}, GMC 4567890`);
  await expect(page.getByRole('link', { name: /Download the clinical letter/ })).toBeVisible({ timeout: 20_000 });

  // The referrer sees the outcome and downloads both letters.
  const referrer = await browser.newContext();
  const referrerPage = await referrer.newPage();
  await referrerPage.goto('/sign-in');
  await signIn(referrerPage, referrerEmail, demoPassword);
  await expect(referrerPage.getByRole('heading', { level: 1 })).toContainText('Signed in as');
  await referrerPage.goto(`/requests/${urgent.id}`);
  const outcome = referrerPage.getByRole('region', { name: 'Outcome from the dermatologist' });
  await expect(outcome).toContainText('Actinic keratosis');
  await expect(outcome).toContainText('GP to prescribe');
  await expect(outcome).toContainText('Fluorouracil');
  await expect(outcome).toContainText(`${consultantName}, GMC 4567890`);
  for (const [link, audience] of [
    [/Download the clinical letter/, 'clinical-letter'],
    [/Download the patient.s copy/, 'patient-copy'],
  ] as const) {
    const [download] = await Promise.all([
      referrerPage.waitForEvent('download'),
      outcome.getByRole('link', { name: link }).click(),
    ]);
    const letter = await readDownload(download);
    expect(letter.name).toBe(`${urgent.reference}-${audience}.pdf`);
    expect(letter.bytes).toBeGreaterThan(1024);
    expect(letter.text).toMatch(/actinic keratosis/i);
    expect(letter.text).toContain('GMC 4567890');
  }
  await referrer.close();
});
