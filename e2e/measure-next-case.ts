/**
 * How long "Next case" takes to show the next case in Chromium: from the click to every thumbnail and the first
 * full-size photograph decoded and painted, with the next case fetched ahead as the case page does. Not a test:
 * a measurement of a running service, printed as p50 and p95 over 10 moves.
 *
 *   BASE_URL=http://localhost:8080 node e2e/measure-next-case.ts
 *
 * It signs in as the demo consultant, tops the worklist up with cases made as the demo referrer (each with three
 * photographs) when there are too few, moves through them, and hands every case it opened back at the end.
 */
import { chromium } from '@playwright/test';
import { demoPassword } from './demo-users.ts';
import { findChromium } from './environment.ts';
import { fixturePhoto } from './photo-steps.ts';
import { apiSignIn, readyCase } from './review-seed.ts';

const baseURL = process.env['BASE_URL'] ?? 'http://localhost:8080';
const runs = 10;
const consultant = 'consultant@northvale.example';

type Worklist = { cases: { id: string; reference: string; heldBy: { mine: boolean } | null }[] };

const api = await apiSignIn(baseURL, consultant);
const free = (list: Worklist) => list.cases.filter((c) => !c.heldBy || c.heldBy.mine);
const missing = runs + 1 - free(await api.call<Worklist>('GET', '/api/worklist')).length;
if (missing > 0) {
  console.log(`Adding ${missing} cases to the worklist…`);
  const referrer = await apiSignIn(baseURL, 'gp@riverside.example');
  for (let i = 0; i < missing; i += 1) {
    await readyCase(referrer, {
      familyName: 'Measure',
      photos: [
        { file: fixturePhoto('Landscape_1.jpg'), view: 'regional' },
        { file: fixturePhoto('Portrait_1.jpg'), view: 'close_up' },
        { file: fixturePhoto('Landscape_2.jpg'), view: 'dermoscopic' },
      ],
    });
  }
  await referrer.context.dispose();
}

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const page = await browser.newPage({ baseURL, viewport: { width: 1440, height: 900 } });
const opened: string[] = [];
try {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(consultant);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Signed in as/ }).waitFor();
  await page.goto('/review');
  await page
    .getByRole('button', { name: /^(Review|Continue) / })
    .first()
    .click();
  await page.getByRole('button', { name: /^Next case/ }).waitFor();
  // Room for every request of every run in the resource timings, which say when the pictures have been fetched.
  await page.evaluate('performance.setResourceTimingBufferSize(100000)');
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    opened.push(new URL(page.url()).pathname.split('/').pop()!);
    const next = page.getByRole('button', { name: /^Next case/ });
    const reference = /TD-\w+/.exec((await next.textContent()) ?? '')?.[0];
    if (!reference) throw new Error('the case page names no next case');
    const pictures = await picturesOf(reference);
    // As a consultant would: the case has been open long enough for the next one to be fetched ahead.
    await page.waitForFunction(fetched, pictures);
    const shown = page.evaluate(paintedAfterClick, pictures);
    await next.click();
    times.push(await shown);
    console.log(`run ${run + 1}: ${reference} in ${times.at(-1)!.toFixed(1)} ms`);
  }
  opened.push(new URL(page.url()).pathname.split('/').pop()!);
  const sorted = [...times].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  console.log(`Next case → all thumbnails and the first photograph painted, ${runs} runs:`);
  console.log(
    `  p50 ${rank(50).toFixed(1)} ms   p95 ${rank(95).toFixed(1)} ms   (min ${sorted[0]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)})`,
  );
} finally {
  for (const id of new Set(opened)) await api.call('POST', `/api/requests/${id}/release`).catch(() => {});
  await browser.close();
  await api.context.dispose();
}

type Pictures = { thumbnails: string[]; viewing: string[] };

/** The next case's thumbnails and full-size copies, by address (the viewer opens on one of the latter). */
async function picturesOf(reference: string): Promise<Pictures> {
  const { cases } = await api.call<Worklist>('GET', '/api/worklist');
  const next = cases.find((c) => c.reference === reference);
  if (!next) throw new Error(`${reference} is not on the worklist`);
  const { images } = await api.call<{ images: { urls: { thumbnail: string; viewing: string } }[] }>(
    'GET',
    `/api/requests/${next.id}/images`,
  );
  return { thumbnails: images.map((i) => i.urls.thumbnail), viewing: images.map((i) => i.urls.viewing) };
}

// The two functions below run in the page. This file is checked without the DOM's types, so they describe the
// little of it they use.
type PageGlobals = {
  performance: { now(): number; getEntriesByType(type: string): { name: string }[] };
  PerformanceObserver: new (callback: (list: { getEntries(): ElementTiming[] }) => void) => {
    observe(options: { type: string }): void;
    disconnect(): void;
  };
  document: { addEventListener(type: string, listener: (event: { target: unknown }) => void, options: object): void };
};
type ElementTiming = { url: string; renderTime: number; loadTime: number };

/** Every thumbnail and one full-size photograph of the next case have been fetched ahead. */
function fetched(pictures: Pictures): boolean {
  const { performance } = globalThis as unknown as PageGlobals;
  const names = performance.getEntriesByType('resource').map((entry) => entry.name);
  const has = (url: string) => names.some((name) => name.endsWith(url));
  return pictures.thumbnails.every(has) && pictures.viewing.some(has);
}

/**
 * From before the click to when every thumbnail and the first full-size photograph of the next case have been
 * painted, as Element Timing reports it (the case page marks those images with `elementtiming`).
 */
function paintedAfterClick(pictures: Pictures): Promise<number> {
  const page = globalThis as unknown as PageGlobals;
  return new Promise((resolve) => {
    let clickedAt = Infinity;
    page.document.addEventListener('click', () => (clickedAt = page.performance.now()), { capture: true, once: true });
    const painted = new Map<string, number>();
    const observer = new page.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const url = new URL(entry.url).pathname;
        const at = entry.renderTime || entry.loadTime;
        if (at > clickedAt) painted.set(url, at);
      }
      const thumbnails = pictures.thumbnails.every((url) => painted.has(url));
      const photo = pictures.viewing.find((url) => painted.has(url));
      if (!thumbnails || !photo) return;
      observer.disconnect();
      resolve(Math.max(...pictures.thumbnails.map((url) => painted.get(url)!), painted.get(photo)!) - clickedAt);
    });
    observer.observe({ type: 'element' });
  });
}
