import fs from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { demoPassword } from './demo-users.ts';
import { e2eOrigin } from './environment.ts';
import { expect, signIn } from './fixtures.ts';
import { referrerEmail } from './intake-steps.ts';
import { fixturePhoto } from './photo-steps.ts';
import { apiSignIn, readyCase, type CaseOptions } from './review-seed.ts';

export const consultantEmail = 'consultant@northvale.example';
export const consultantName = 'Dr James Okafor';

/** A case ready for review with a regional, a close-up and a dermoscopic photograph of its lesion, made as the demo referrer. */
export async function seedCase(options: Omit<CaseOptions, 'photos'> = {}): Promise<{ id: string; reference: string }> {
  const referrer = await apiSignIn(e2eOrigin, referrerEmail);
  try {
    return await readyCase(referrer, {
      ...options,
      photos: [
        { file: fixturePhoto('Landscape_1.jpg'), view: 'regional' },
        { file: fixturePhoto('Portrait_1.jpg'), view: 'close_up' },
        { file: fixturePhoto('Landscape_2.jpg'), view: 'dermoscopic' },
      ],
    });
  } finally {
    await referrer.context.dispose();
  }
}

/** Signs in on the sign-in page and goes to the worklist from the header, as a consultant starts the day. */
export async function openWorklist(page: Page, email = consultantEmail, password = demoPassword): Promise<void> {
  await page.goto('/sign-in');
  await signIn(page, email, password);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Worklist' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Worklist');
}

/**
 * Signs the outcome filled in on the case page as a consultant does (hazard H13): previews the letters, sees them,
 * confirms. `click` lets an interaction counter count the two clicks.
 */
export async function previewAndSign(page: Page, click = (target: Locator) => target.click()): Promise<void> {
  await click(page.getByRole('button', { name: 'Preview the letters' }));
  await expect(page.getByRole('heading', { name: 'Check the letters before you sign' })).toBeFocused();
  await click(page.getByRole('button', { name: 'Confirm and sign' }));
}

export function worklistRow(page: Page, reference: string): Locator {
  return page.getByRole('row').filter({ hasText: reference });
}

/**
 * Clicks and key presses, counted: the limit on interactions is asserted on `count`. Every interaction
 * the test makes after creating it goes through here.
 */
export function interactionCounter(page: Page) {
  const counter = {
    count: 0,
    async click(target: Locator) {
      counter.count += 1;
      await target.click();
    },
    async press(key: string) {
      counter.count += 1;
      await page.keyboard.press(key);
    },
  };
  return counter;
}

/** The number the viewer shows as its zoom level, as a percentage of actual pixels. */
export async function zoomLevel(pane: Locator): Promise<number> {
  const text = await pane
    .locator('..')
    .getByText(/^Zoom \d+%$/)
    .textContent();
  return Number(/(\d+)%/.exec(text ?? '')?.[1]);
}

/** The picture has arrived and been decoded: a broken or unloaded image has no natural width. */
export async function expectPainted(image: Locator): Promise<void> {
  await expect
    .poll(() =>
      image.evaluate((img) => {
        const picture = img as unknown as { complete: boolean; naturalWidth: number };
        return picture.complete ? picture.naturalWidth : 0;
      }),
    )
    .toBeGreaterThan(0);
}

/** A letter the referrer downloaded: its file name, size and text. */
export async function readDownload(download: Download): Promise<{ name: string; bytes: number; text: string }> {
  const file = await download.path();
  const buffer = fs.readFileSync(file);
  const document = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(document, { mergePages: true });
  return { name: download.suggestedFilename(), bytes: buffer.length, text: text.replace(/\s+/g, ' ') };
}
