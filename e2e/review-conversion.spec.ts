import { expect, screenshotPath, test } from './fixtures.ts';
import { clerkEmail, menuLink, signInAs } from './clinic-steps.ts';
import { consultantName, openWorklist, previewAndSign, seedCase, worklistRow } from './review-steps.ts';

/**
 * Hazard H9: converting authorised Advice & Guidance into a referral makes the referral, which follows the referral
 * pathway (here, with every lesion photographed, the worklist with its own due date).
 */
test('a consultant converts authorised Advice & Guidance into a referral, which then waits on the worklist', async ({
  page,
}) => {
  const advice = await seedCase({ kind: 'advice_and_guidance', familyName: 'Convertida' });
  await openWorklist(page);
  await worklistRow(page, advice.reference)
    .getByRole('button', { name: `Review ${advice.reference}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(advice.reference);
  await page.getByRole('button', { name: 'Seborrhoeic keratosis' }).click();
  await page.getByLabel('Convert to a referral (Advice & Guidance, authorised by the referrer)').check();
  await expect(page.getByRole('main')).toContainText('The referral service’s rules accept this referral');
  await page.getByLabel('Management plan').fill('Referred for assessment in the dermatology clinic.');
  // Who takes the referral's photographs is asked, not assumed.
  await page.getByRole('button', { name: 'Preview the letters' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
    'Say whether the photographs sent are enough, or a clinic takes new ones',
  );
  await page.getByLabel(/The photographs sent are enough/).check();
  await previewAndSign(page);
  await expect(page.getByRole('alert')).toContainText(`Outcome signed by ${consultantName}, GMC 4567890`);
  await page.screenshot({ path: screenshotPath('review-converted'), fullPage: true });

  // The referral exists, for the same patient, and waits for review on the worklist.
  await page.goto('/review');
  const referral = page.getByRole('row').filter({ hasText: 'Convertida' }).filter({ hasText: 'Referral' });
  await expect(referral).toHaveCount(1);
  await expect(referral).not.toContainText(advice.reference);
});

test('converting Advice & Guidance for a child into an adults-only referral is refused, with the reason, before signing', async ({
  page,
}) => {
  const advice = await seedCase({ kind: 'advice_and_guidance', familyName: 'Younger', dateOfBirth: '2016-04-02' });
  await openWorklist(page);
  await worklistRow(page, advice.reference)
    .getByRole('button', { name: `Review ${advice.reference}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(advice.reference);
  await page.getByRole('button', { name: 'Seborrhoeic keratosis' }).click();
  await page.getByLabel('Convert to a referral (Advice & Guidance, authorised by the referrer)').check();
  const refusal = page.getByRole('heading', { name: 'This request cannot be converted' });
  await expect(refusal).toBeVisible();
  await expect(page.getByRole('main')).toContainText('under 18');
  await page.screenshot({ path: screenshotPath('review-conversion-refused'), fullPage: true });
  await page.getByLabel('Management plan').fill('Referred for assessment.');
  await page.getByRole('button', { name: 'Preview the letters' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('under 18');
});

/**
 * Hazard H9: when the consultant asks for new photographs, the converted referral waits in the booking queue for a
 * community photography clinic, where the clerk finds it.
 */
test('a consultant converts Advice & Guidance into a referral for new photographs, which reaches the booking queue', async ({
  page,
}) => {
  const advice = await seedCase({ kind: 'advice_and_guidance', familyName: 'Fotografia' });
  await openWorklist(page);
  await worklistRow(page, advice.reference)
    .getByRole('button', { name: `Review ${advice.reference}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(advice.reference);
  await page.getByRole('button', { name: 'Seborrhoeic keratosis' }).click();
  await page.getByLabel('Convert to a referral (Advice & Guidance, authorised by the referrer)').check();
  await page.getByLabel(/A community photography clinic takes new photographs/).check();
  await page.getByLabel('Management plan').fill('Dermoscopy needed: please photograph at the clinic.');
  await previewAndSign(page);
  await expect(page.getByRole('alert')).toContainText(`Outcome signed by ${consultantName}, GMC 4567890`);

  // The referral is not on the worklist: it waits for its photographs, in the clerk's booking queue.
  await page.goto('/review');
  // Both tables have loaded before the worklist's own is searched (the signed request is under recent cases).
  await expect(page.getByText(/waiting for review/).first()).toBeVisible();
  const recent = page.getByRole('region', { name: 'Your recent cases' });
  await expect(recent.getByRole('row').filter({ hasText: advice.reference })).toHaveCount(1);
  const waiting = page.getByRole('table', { name: /Cases waiting for review/ });
  await expect(waiting.getByRole('row').filter({ hasText: 'Fotografia' })).toHaveCount(0);
  await signInAs(page, clerkEmail);
  await menuLink(page, 'Booking').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Booking queue');
  const queued = page.getByRole('row').filter({ hasText: 'Fotografia' });
  await expect(queued).toHaveCount(1);
  await expect(queued).not.toContainText(advice.reference);
});
