import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { londonDate } from '../shared/london-time.ts';
import { seriousViolations } from './axe.ts';
import { serviceNow } from './clinic-steps.ts';
import { demoPassword } from './demo-users.ts';
import { expect, screenshotPath, signIn, test } from './fixtures.ts';
import { fixturePhoto } from './photo-steps.ts';
import { addConsultant, apiSignIn, readyCase, signOutcomeByApi } from './review-seed.ts';

/**
 * The service dashboard (issue 13 §2). The test makes its own cases through the API, answered by a consultant of its
 * own, and reads the dashboard for that consultant: so its figures are the test's cases alone, whatever other specs
 * add to the demo service meanwhile, and the test counts them itself from what it made.
 */

type Made = { kind: 'advice_and_guidance' | 'referral'; urgency: 'routine' | 'urgent'; category: string };
const made: Made[] = [
  { kind: 'advice_and_guidance', urgency: 'routine', category: 'discharge_with_advice' },
  { kind: 'advice_and_guidance', urgency: 'urgent', category: 'recommend_referral' },
  { kind: 'referral', urgency: 'routine', category: 'gp_to_prescribe' },
  { kind: 'referral', urgency: 'urgent', category: 'routine_face_to_face' },
];

const percent = (part: number, whole: number) => `${Math.round((1000 * part) / whole) / 10}%`;
const monthName = (month: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** The cells of the row of a table, by the table's caption and the row's heading. */
async function rowOf(page: Page, caption: string, heading: string): Promise<string[]> {
  const row = page.getByRole('table', { name: caption }).getByRole('row', { name: heading, exact: false });
  await expect(row).toHaveCount(1);
  return (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
}

test('the service administrator opens the dashboard from their home page, and its figures for this month are the cases the test made', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const name = `Dr Dana Dashboard ${Date.now()}`;
  const own = await addConsultant(baseURL!, name);
  const consultant = await apiSignIn(baseURL!, own.email, own.password);
  const referrer = await apiSignIn(baseURL!, 'gp@riverside.example');
  const { diagnoses } = await consultant.call<{ diagnoses: { code: string; cancer: boolean }[] }>(
    'GET',
    '/api/diagnoses',
  );
  const benign = diagnoses.find((d) => !d.cancer)!;
  for (const [index, c] of made.entries()) {
    const { id } = await readyCase(referrer, {
      kind: c.kind,
      urgency: c.urgency,
      familyName: `Dashboard${index}`,
      photos: [{ file: fixturePhoto('Landscape_1.jpg'), view: 'close_up' }],
    });
    const { version } = await consultant.call<{ version: number }>('POST', `/api/requests/${id}/claim`);
    await signOutcomeByApi(consultant, id, {
      version,
      category: c.category,
      diagnosisCode: benign.code,
      plan: 'Plan written by the dashboard test.',
      planConfirmed: true,
      ...(c.category === 'gp_to_prescribe' ? { medicines: [{ name: 'Emollient', directions: 'Twice daily' }] } : {}),
    });
  }
  await referrer.context.dispose();
  await consultant.context.dispose();

  // The test's own count. Every case was made and answered within the hour, so within its target, in 0 working days.
  const month = londonDate(await serviceNow(baseURL!)).slice(0, 7);
  const count = (test: (c: Made) => boolean) => made.filter(test).length;
  const advice = made.filter((c) => c.kind === 'advice_and_guidance');
  const byTheGp = (c: Made) => ['discharge_with_advice', 'gp_to_prescribe'].includes(c.category);

  await page.goto('/sign-in');
  await signIn(page, 'admin@northvale.example', demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Helen Moss');
  await page.getByRole('link', { name: 'See the service dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Service dashboard');
  await expect(page.getByRole('table', { name: 'Requests received' })).toBeVisible();

  const filter = page.getByRole('form', { name: 'Choose the period and filters' });
  await filter.getByLabel('From').selectOption(month);
  await filter.getByLabel('To').selectOption(month);
  await filter.getByLabel('Consultant').selectOption({ label: name });
  await filter.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('#dashboard-period')).toHaveText(`${monthName(month)}: signed by ${name}`);

  expect(await rowOf(page, 'Requests received', monthName(month))).toEqual([
    String(made.length),
    String(advice.length),
    String(count((c) => c.kind === 'referral')),
    String(count((c) => c.urgency === 'routine')),
    String(count((c) => c.urgency === 'urgent')),
    String(made.length),
    percent(made.length, made.length),
  ]);
  expect(await rowOf(page, 'Requests answered, and how quickly', monthName(month))).toEqual([
    String(made.length),
    String(made.length),
    '100%',
    '0',
    '0',
  ]);
  const mix = await rowOf(page, 'Outcomes signed, by category', monthName(month));
  const categories = [
    'discharge_with_advice',
    'gp_to_prescribe',
    'routine_face_to_face',
    'urgent_face_to_face',
    'biopsy_or_excision',
    'onward_referral',
    'redirect_urgent_cancer',
    'convert_to_referral',
    'recommend_referral',
  ];
  expect(mix).toEqual([...categories.map((k) => String(count((c) => c.category === k))), String(made.length)]);
  const shares = await rowOf(page, 'Outcomes: managed without a face-to-face appointment', monthName(month));
  expect(shares.slice(0, 5)).toEqual([
    String(count(byTheGp)),
    percent(count(byTheGp), made.length),
    String(advice.length),
    String(advice.filter(byTheGp).length),
    percent(advice.filter(byTheGp).length, advice.length),
  ]);
  const figures = page.getByRole('list', { name: 'Key figures for the period' });
  await expect(figures).toContainText(`${made.length}Requests received`);
  await expect(figures).toContainText('100%Answered within target');

  // Each table comes as CSV too, with the same figures.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download this table as CSV: Requests received' }).click(),
  ]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const counts = [made.length, advice.length, made.length - advice.length]
    .concat([count((c) => c.urgency === 'routine'), count((c) => c.urgency === 'urgent'), made.length, 100])
    .join(',');
  expect(csv.split('\r\n')[1]).toBe(`"${monthName(month)}",${counts}`);

  await page.screenshot({ path: screenshotPath('dashboard'), fullPage: true });
  expect(await seriousViolations(page), 'accessibility of the dashboard').toEqual([]);

  // On a phone: everything on the screen, wide tables scrolling in their own region.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('table', { name: 'Requests received' })).toBeVisible();
  // Anything reaching past the screen's edge, other than the tables inside their scrolling regions.
  const tooWide = await page.evaluate(`[...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .filter((e) => !e.closest('.app-dashboard-table'))
    .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + String(e.className).split(' ').join('.'))`);
  expect(tooWide, 'wider than the phone').toEqual([]);
  const overflow = page.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth');
  expect(await overflow, 'the page is wider than the phone').toBe(false);
  await page.screenshot({ path: screenshotPath('dashboard-phone'), fullPage: true });
  expect(await seriousViolations(page), 'accessibility of the dashboard on a phone').toEqual([]);
});

test('a consultant reads the same dashboard, and a referrer cannot', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'consultant@northvale.example', demoPassword);
  await page.getByRole('link', { name: 'See the service dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('North Vale Community Dermatology Service');
  await expect(page.getByRole('table', { name: 'Cases open now' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to your worklist' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'gp@riverside.example', demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Dr Amira Patel');
  await expect(page.getByRole('link', { name: 'See the service dashboard' })).toHaveCount(0);
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You cannot use this page');
});
