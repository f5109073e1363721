import fs from 'node:fs';
import { testImages } from '../server/testing/test-images.ts';
import { seriousViolations } from './axe.ts';
import { e2eOrigin } from './environment.ts';
import { expect, screenshotPath, test } from './fixtures.ts';
import { referrerEmail } from './intake-steps.ts';
import type { PhotoFile } from './photo-steps.ts';
import { apiSignIn, readyCase } from './review-seed.ts';
import { openWorklist, worklistRow, zoomLevel } from './review-steps.ts';
import { fixturePhotoPath } from '../test/fixtures/photographs.ts';

/** A 4000×3000 photograph, made now from a phone photograph: large enough for the service to cut into tiles. */
async function largePhoto(name: string): Promise<PhotoFile> {
  const source = fs.readFileSync(fixturePhotoPath('Landscape_1.jpg'));
  return { name, mimeType: 'image/jpeg', buffer: await testImages.resize(source, 4000, 3000) };
}

test('a very large photograph is shown from its Deep Zoom tiles, with the viewer controls working', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const referrer = await apiSignIn(e2eOrigin, referrerEmail);
  const large = await readyCase(referrer, {
    familyName: 'Largephoto',
    photos: [{ file: await largePhoto('Large_dermoscopy.jpg'), view: 'dermoscopic' }],
  }).finally(() => referrer.context.dispose());

  await openWorklist(page);
  await worklistRow(page, large.reference)
    .getByRole('button', { name: `Review ${large.reference}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Case ${large.reference}`);
  await page.getByRole('button', { name: /^Show Dermoscopic photograph 1 of lesion 1/ }).click();

  const pane = page.getByRole('group', { name: /^Dermoscopic photograph 1 of lesion 1/ });
  await expect(pane.locator('.openseadragon-canvas canvas')).toHaveCount(1);
  await expect(pane.getByText('Loading…')).toHaveCount(0);
  await expect(page.getByText('4000 × 3000 pixels')).toBeVisible();
  await expect.poll(() => zoomLevel(pane)).toBeGreaterThan(0);
  const fitted = await zoomLevel(pane);
  expect(fitted).toBeLessThan(100);

  // To actual pixels: the full-resolution level's tiles are fetched (level 12 for a 4000 px side).
  const topLevelTile = page.waitForRequest((request) => request.url().includes('/tiles/12/'));
  await page.getByRole('button', { name: 'Actual size, 100%' }).click();
  await expect.poll(() => zoomLevel(pane)).toBe(100);
  const tile = await topLevelTile;
  expect((await tile.response())?.status()).toBe(200);
  await pane.screenshot({ path: screenshotPath('review-deep-zoom-actual-pixels') });

  // Beyond, with the button and the keyboard; then back to fit.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => zoomLevel(pane)).toBe(125);
  await pane.focus();
  await page.keyboard.press('+');
  await expect.poll(() => zoomLevel(pane)).toBe(156);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('r');
  await page.getByRole('button', { name: 'Fit to the pane' }).click();
  await expect.poll(() => zoomLevel(pane)).toBeLessThan(100);

  expect(await seriousViolations(page), 'accessibility of the tiled viewer').toEqual([]);
});
