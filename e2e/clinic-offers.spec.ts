import type { Browser, Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import {
  apiBookEarliest,
  appointmentEmailTo,
  clerkEmail,
  demoSites,
  followServiceClock,
  isoOfDay,
  offerDates,
  phoneScreenshots,
  seedClinicReferral,
  seedSessionToday,
  serviceNow,
  sessionLaterToday,
  signInAs,
  sitesByDate,
  slotAt,
  uniqueSiteName,
} from './clinic-steps.ts';
import { expect, screenshotPath, test } from './fixtures.ts';
import { enterDateOfBirth, openLinkOnPhone, uniquePatientEmail } from './patient-steps.ts';

/**
 * Issue 20, clinic booking: the nearest site by distance (miles, from the postcode data set the demo loads from
 * server/seed/demo-postcodes.csv), every free slot a week at a time by date, and the patient's mobile number and
 * email address where the clerk chooses how to tell them. The demo's two sites are 9 miles apart: Easton
 * (NV6 3DB) and Northgate (NV3 1NG); a patient at NV6 3DA lives 0.1 miles from Easton.
 */

/** No serious accessibility finding, and a screenshot to look at. */
async function checkPage(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
}

/** What a radio's label says, hidden words and all: what a screen reader announces for it. */
async function labelOf(page: Page, radio: Locator): Promise<string> {
  const id = await radio.getAttribute('id');
  return ((await page.locator(`label[for="${id}"]`).textContent()) ?? '').trim();
}

/** A "1:30pm" in minutes after midnight, to compare times as the page writes them. */
function minutesOf(time: string): number {
  const [, hours, minutes, half] = /^(\d{1,2}):(\d{2})(am|pm)/.exec(time) ?? [];
  if (!hours) throw new Error(`not a time: ${time}`);
  return (Number(hours) % 12) * 60 + Number(minutes) + (half === 'pm' ? 720 : 0);
}

/** The first date of the week on which both demo sites have free times, with its sites in page order. */
async function dateWithBothDemoSites(page: Page) {
  const both = (await sitesByDate(page)).find(
    (day) => day.sites.includes(demoSites.easton) && day.sites.includes(demoSites.northgate),
  );
  expect(both, 'a date with free times at both demo sites').toBeDefined();
  return both!;
}

/** A site's block of times on the first date it has any: its name, distance, address and radios. */
const siteBlock = (page: Page, site: string) =>
  page
    .locator('.app-offer-site')
    .filter({ has: page.getByRole('heading', { level: 4, name: site, exact: true }) })
    .first();

/** Every date heading of the page falls in the week from `monday`, and the dates come in order. */
async function expectDatesInWeek(page: Page, monday: string) {
  const dates = (await offerDates(page)).map(isoOfDay);
  expect(dates.length).toBeGreaterThan(0);
  expect(dates).toEqual([...new Set(dates)].sort());
  const sunday = new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
  for (const date of dates) expect(date >= monday && date <= sunday, `${date} in the week of ${monday}`).toBe(true);
}

async function desktopScreenshotOf(browser: Browser, phone: Page, path: string, name: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies(await phone.context().cookies());
  const page = await context.newPage();
  try {
    await page.goto(path);
    await expect(page.getByRole('group', { name: /^Choose a new time/ })).toBeVisible();
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
  } finally {
    await context.close();
  }
}

test('the clerk sees where each message would go, the nearest site first in miles on each date, and books a time in a later week', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await followServiceClock(page, baseURL!);
  const email = uniquePatientEmail();
  const referral = await seedClinicReferral(baseURL!, {
    familyName: 'Eastonby',
    email,
    postcode: 'NV6 3DA',
    mobile: '07700 900456',
  });

  await signInAs(page, clerkEmail);
  await page.goto(`/booking/${referral.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Book an appointment');
  // The patient's mobile number and email address, where the clerk chooses how to tell them.
  const told = page.getByRole('group', { name: 'How should the patient be told?' });
  await expect(told).toContainText(`To ${email}, with the appointment letter attached`);
  await expect(told).toContainText('To 07700 900456');

  // Easton, 0.1 miles from NV6 3DA, before Northgate, 9 miles away, on every date that has both.
  const offers = page.getByRole('group', { name: /^Open appointments at the clinic sites: / });
  await expect(offers).toBeVisible();
  const day = await dateWithBothDemoSites(page);
  expect(day.sites.indexOf(demoSites.easton)).toBeLessThan(day.sites.indexOf(demoSites.northgate));
  await expect(siteBlock(page, demoSites.easton)).toContainText(
    '0.1 miles from the patient’s postcode, in a straight line',
  );
  await expect(siteBlock(page, demoSites.easton)).toContainText('Near the patient (same postcode district)');
  await expect(siteBlock(page, demoSites.northgate)).toContainText(
    '9 miles from the patient’s postcode, in a straight line',
  );
  await expect(page.getByText('Distance not known')).toHaveCount(0);
  // Each radio says its time, date and site to a screen reader; each site's times come earliest first.
  const labels = await siteBlock(page, demoSites.easton).locator('label').allTextContents();
  expect(labels.length).toBeGreaterThan(1);
  for (const label of labels) {
    expect(label).toMatch(/^\d{1,2}:\d{2}[ap]m to \d{1,2}:\d{2}[ap]m on \w+day \d{1,2} \w+ \d{4} at Easton/);
  }
  const starts = labels.map(minutesOf);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));

  // Every week with free times is listed; the first is shown, and its dates come in order.
  const weeks = page.getByRole('navigation', { name: 'Choose a week' }).getByRole('link');
  expect(await weeks.count()).toBeGreaterThanOrEqual(2);
  await expect(weeks.first()).toHaveAttribute('aria-current', 'true');
  await checkPage(page, 'clinic-offers-by-distance');
  await phoneScreenshots(browser, page, [
    {
      path: `/booking/${referral.id}`,
      heading: 'Book an appointment',
      name: 'clinic-offers-by-distance-phone',
      ready: (phone) => expect(phone.getByRole('group', { name: /^Open appointments/ })).toBeVisible(),
    },
  ]);
  const firstWeekDates = await offerDates(page);

  // A later week: only its dates, in order, and the week is in the address for Back and for sharing.
  const second = (await weeks.nth(1).textContent())!.trim();
  await weeks.nth(1).click();
  await expect(page).toHaveURL(/[?&]week=\d{4}-\d{2}-\d{2}/);
  await expect(page.getByRole('group', { name: `Open appointments at the clinic sites: ${second}` })).toBeVisible();
  await expect(weeks.nth(1)).toHaveAttribute('aria-current', 'true');
  await expectDatesInWeek(page, new URL(page.url()).searchParams.get('week')!);
  expect(await offerDates(page)).not.toContain(firstWeekDates[0]);

  const chosen = slotAt(page, demoSites.easton).first();
  const chosenLabel = await labelOf(page, chosen);
  const chosenDay = /on (\w+day \d{1,2} \w+ \d{4}) at /.exec(chosenLabel)?.[1];
  expect(chosenDay).toBeTruthy();
  await chosen.check();
  await told.getByLabel('Text message').check();
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appointment booked');
  await expect(page.locator('.nhsuk-panel')).toContainText(`${chosenDay} at`);
  await expect(page.locator('.nhsuk-panel')).toContainText(demoSites.easton);
  await expect(page.locator('.nhsuk-panel')).toContainText('by text message');

  // Moving it keeps the clerk on the move form from week to week.
  await page.getByRole('link', { name: 'Move appointment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Move the appointment');
  await page.getByRole('navigation', { name: 'Choose a week' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/action=move/);
  await expect(page).toHaveURL(/[?&]week=\d{4}-\d{2}-\d{2}/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Move the appointment');
  await expect(slotAt(page, demoSites.northgate).first()).toBeVisible();
});

test('for a postcode the postcode data lacks, the page says the distance is not known and puts sites in the patient’s district first', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await followServiceClock(page, baseURL!);
  const times = await sessionLaterToday(baseURL!, { slots: 2, slotMinutes: 20 });
  const siteName = uniqueSiteName('Weirbank');
  await seedSessionToday(baseURL!, { siteName, postcode: 'NV2 7RT', times });
  // NV2 9XX is a postcode the service accepts, but not in the demo's postcode data.
  const referral = await seedClinicReferral(baseURL!, {
    familyName: 'Nowhereton',
    email: uniquePatientEmail(),
    postcode: 'NV2 9XX',
  });

  await signInAs(page, clerkEmail);
  await page.goto(`/booking/${referral.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Book an appointment');
  await expect(page.getByRole('main')).toContainText(
    'Distance not known for this postcode (NV2 9XX); sites in the same district first.',
  );
  await expect(page.getByRole('group', { name: /^Open appointments at the clinic sites: / })).toBeVisible();
  await expect(page.getByText(/miles from the patient/)).toHaveCount(0);
  // Today: the NV2 site before the demo's NV3 and NV6 sites, which are only in the same area.
  const today = (await sitesByDate(page)).find((day) => day.sites.includes(siteName));
  expect(today, `today's times at ${siteName}`).toBeDefined();
  for (const demo of [demoSites.northgate, demoSites.easton].filter((site) => today!.sites.includes(site))) {
    expect(today!.sites.indexOf(siteName)).toBeLessThan(today!.sites.indexOf(demo));
  }
  await expect(siteBlock(page, siteName)).toContainText('Near the patient (same postcode district)');
  await expect(siteBlock(page, demoSites.northgate)).toContainText('Nearby');
  // The patient has no mobile number: the clerk can see that text message will not work.
  await expect(page.getByRole('group', { name: 'How should the patient be told?' })).toContainText(
    'No mobile number on the patient’s record',
  );
  await checkPage(page, 'clinic-offers-distance-not-known');
});

test('the patient sees every free time by date, nearest first with the miles from their postcode, and moves to a later week on their phone', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await followServiceClock(page, baseURL!);
  const email = uniquePatientEmail();
  const referral = await seedClinicReferral(baseURL!, { familyName: 'Weekmover', email, postcode: 'NV6 3DA' });
  const booked = await apiBookEarliest(baseURL!, { requestId: referral.id, siteName: demoSites.easton });
  const mail = await appointmentEmailTo(email);
  expect(mail.link).not.toBeNull();

  const { context, page: phone, problems } = await openLinkOnPhone(browser, mail.link!);
  await phone.clock.install({ time: await serviceNow(baseURL!) });
  await enterDateOfBirth(phone, '1966-05-02');
  await expect(phone.getByRole('heading', { level: 1 })).not.toHaveText('Confirm your date of birth');
  await phone.goto('/patient/appointment');
  await expect(phone.getByRole('heading', { name: 'Change or cancel your appointment' })).toBeVisible();
  const choice = phone.getByRole('group', { name: /^Choose a new time: / });
  await expect(choice).toBeVisible();

  const day = await dateWithBothDemoSites(phone);
  expect(day.sites.indexOf(demoSites.easton)).toBeLessThan(day.sites.indexOf(demoSites.northgate));
  await expect(siteBlock(phone, demoSites.easton)).toContainText('0.1 miles from your postcode, in a straight line');
  await expect(siteBlock(phone, demoSites.easton)).toContainText('In your postcode district');
  await expect(siteBlock(phone, demoSites.northgate)).toContainText('9 miles from your postcode');
  const dates = (await offerDates(phone)).map(isoOfDay);
  expect(dates).toEqual([...new Set(dates)].sort());
  // Their own time is not offered back to them.
  await expect(phone.locator(`input[value="${booked.slotId}"]`)).toHaveCount(0);
  await checkPage(phone, 'patient-appointment-weeks-phone');
  await desktopScreenshotOf(browser, phone, '/patient/appointment', 'patient-appointment-weeks');

  // A time chosen in the first week is let go once another week is shown: moving then asks for a time.
  await phone.getByRole('radio').first().check();
  const weeks = phone.getByRole('navigation', { name: 'Choose a week' }).getByRole('link');
  expect(await weeks.count()).toBeGreaterThanOrEqual(2);
  const second = (await weeks.nth(1).textContent())!.trim();
  await weeks.nth(1).click();
  await expect(phone.getByRole('group', { name: `Choose a new time: ${second}` })).toBeVisible();
  await phone.getByRole('button', { name: 'Move my appointment' }).click();
  await expect(phone.getByRole('alert')).toContainText('Choose a new time for your appointment');
  await expect(phone.getByRole('heading', { level: 1 })).not.toHaveText('Your appointment has been moved');
  await expectDatesInWeek(phone, new URL(phone.url()).searchParams.get('week')!);
  const later = phone.getByRole('radio', { name: / at Northgate Health Centre$/ }).first();
  const label = await labelOf(phone, later);
  const [, time, date] = /^(\d{1,2}:\d{2}[ap]m) to .* on (\w+day \d{1,2} \w+ \d{4}) at /.exec(label) ?? [];
  expect(date, label).toBeTruthy();
  await later.check();
  await phone.getByRole('button', { name: 'Move my appointment' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Your appointment has been moved');
  await expect(phone.getByRole('main')).toContainText(demoSites.northgate);
  await expect(phone.getByRole('main')).toContainText(time!);
  expect(problems).toEqual([]);
  await context.close();
});

test('the service admin can save the demo’s Easton site as it is: its postcode is valid and the postcode data locates it', async ({
  page,
}) => {
  await signInAs(page, 'admin@northvale.example');
  await page.goto('/clinics');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clinics');
  const card = page.locator('.nhsuk-card').filter({ has: page.getByRole('heading', { name: demoSites.easton }) });
  await expect(card).toContainText('NV6 3DB');
  await expect(card).toContainText('Shown to patients and clerks, from the postcode');
  await card.getByRole('link', { name: `Change ${demoSites.easton}` }).click();
  await expect(page.getByLabel('Postcode')).toHaveValue('NV6 3DB');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toContainText(`${demoSites.easton} was changed`);
});

test('a clerk booking a patient with no email address or mobile number is told which practice can add one', async ({
  page,
  baseURL,
}) => {
  const referral = await seedClinicReferral(baseURL!, { familyName: 'Unreachable' });
  await signInAs(page, clerkEmail);
  await page.goto(`/booking/${referral.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Book an appointment');
  const told = page.getByRole('group', { name: 'How should the patient be told?' });
  await expect(told).toContainText('No email address on the patient’s record');
  await expect(told).toContainText('No mobile number on the patient’s record');
  await expect(page.getByText(/Only their GP practice can add one: ask Riverside Medical Practice/)).toBeVisible();
});
