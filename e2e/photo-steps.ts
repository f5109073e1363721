import fs from 'node:fs';
import type { CDPSession, Locator, Page } from '@playwright/test';
import { testImages } from '../server/testing/test-images.ts';
import { expect } from './fixtures.ts';
import { fixturePhotoPath } from '../test/fixtures/photographs.ts';

/** A file as setInputFiles takes it. */
export type PhotoFile = { name: string; mimeType: string; buffer: Buffer };

/** One of the real phone photographs (1800×1200, sharp and well exposed). */
export function fixturePhoto(name: string): PhotoFile {
  return { name, mimeType: 'image/jpeg', buffer: fs.readFileSync(fixturePhotoPath(name)) };
}

/**
 * A blurred copy of a fixture, made now. Sigma 4 brings its focus measure well under the service's threshold
 * (image-quality.ts), so it warns; built through the test-image builders (server/testing/test-images.ts).
 */
export async function blurredPhoto(from: string, name: string): Promise<PhotoFile> {
  const source = fs.readFileSync(fixturePhotoPath(from));
  return { name, mimeType: 'image/jpeg', buffer: await testImages.blur(source, 4) };
}

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Uploads crawl at this many bytes a second, as on a poor mobile connection, so that each photo's progress can be
 * watched (-1 lifts the limit). Chromium's own network throttling, not a pause in the test.
 */
export async function limitUploads(page: Page, bytesPerSecond: number): Promise<void> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    sessions.set(page, cdp);
  }
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: bytesPerSecond < 0 ? 0 : 40,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
}

/**
 * Records, for each progress bar the page shows, every value it takes (keyed by its label), however briefly it is on
 * screen. Read with progressSeen().
 */
export async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const seen = (window.progressSeen = {});
    const record = () => {
      for (const bar of document.querySelectorAll('progress')) {
        const label = bar.labels[0]?.textContent.trim() ?? bar.id;
        const values = (seen[label] ??= []);
        if (values.at(-1) !== bar.value) values.push(bar.value);
      }
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true, childList: true, attributes: true, characterData: true,
    });
  })()`);
}

export function progressSeen(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate<Record<string, number[]>>('window.progressSeen');
}

/** Chooses the view for a lesion's next photographs, then the files, as a referrer would. */
export async function attachPhotos(
  page: Page,
  lesionNumber: number,
  view: 'Regional' | 'Close-up' | 'Dermoscopic',
  files: PhotoFile[],
): Promise<void> {
  const views = page.getByRole('group', { name: `Lesion ${lesionNumber}: Which view are you adding?` });
  await views.getByLabel(view, { exact: true }).check();
  await page.getByLabel(`Choose photographs of lesion ${lesionNumber}`).setInputFiles(files);
}

export function photoList(page: Page, lesionNumber: number): Locator {
  return page.getByRole('list', { name: `Photographs of lesion ${lesionNumber}` });
}

/** The list item of the photo with this file name. */
export function photoRow(page: Page, lesionNumber: number, filename: string): Locator {
  return photoList(page, lesionNumber).getByRole('listitem').filter({ hasText: filename });
}

/** Every thumbnail in the list has arrived and been decoded: an image that is broken or not yet loaded has no width. */
export async function expectThumbnails(list: Locator, count: number): Promise<void> {
  const thumbnails = list.getByRole('img');
  await expect(thumbnails).toHaveCount(count);
  await expect
    .poll(
      async () =>
        Math.min(
          ...(await thumbnails.evaluateAll((images: { naturalWidth: number }[]) =>
            images.map((image) => image.naturalWidth),
          )),
        ),
      { message: 'every thumbnail has loaded' },
    )
    .toBeGreaterThan(0);
}
