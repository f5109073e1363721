import fs from 'node:fs';
import path from 'node:path';
import { request as playwrightRequest, type Browser, type Page } from '@playwright/test';
import { simpleParser } from 'mailparser';
import { extractText, getDocumentProxy } from 'unpdf';
import { atLondonTime, formatLondonTime, londonDate, londonParts } from '../shared/london-time.ts';
import { demoPassword } from './demo-users.ts';
import { expect, screenshotPath, signIn, signOut } from './fixtures.ts';
import { referrerEmail } from './intake-steps.ts';
import { mailDir } from './mail-sink.ts';
import { uniqueNhsNumber } from './nhs-numbers.ts';
import { phone } from './patient-steps.ts';
import { apiSignIn } from './review-seed.ts';

export const clerkEmail = 'clerk@northvale.example';
export const photographerEmail = 'photographer@northgate.example';

/** A name no other test gives its site, so each test finds its own offers among everyone's. */
export const uniqueSiteName = (what: string) => `${what} Clinic ${Math.floor(Math.random() * 1e6)}`;

/**
 * The service's time. The e2e server's clock is shifted to clinic hours (e2e/environment.ts) and the
 * did-not-attend spec moves it forward, so every time a spec works out comes from here, never from this process.
 */
export async function serviceNow(baseURL: string): Promise<Date> {
  const context = await playwrightRequest.newContext({ baseURL });
  try {
    const response = await context.get('/api/test-clock');
    if (!response.ok()) throw new Error(`GET /api/test-clock: ${response.status()} ${await response.text()}`);
    return new Date(((await response.json()) as { now: string }).now);
  } finally {
    await context.dispose();
  }
}

/**
 * Sets the browser's clock to the service's before the page loads anything, so that what the pages work out from
 * "now" (today's clinic list, whether a session is over, whether a did-not-attend can be recorded yet) agrees
 * with the service. The browser's time then passes as the service's does.
 */
export async function followServiceClock(page: Page, baseURL: string): Promise<void> {
  await page.clock.install({ time: await serviceNow(baseURL) });
}

/**
 * Moves the service's clock forward to `at` (to the next whole minute at or after it), and the page's with it,
 * firing the page's timers that fall due on the way. The test server's clock is shared by every spec running at
 * the same time: moves are small (minutes), and the clinic specs book their sessions an hour ahead so that they
 * outlast them.
 */
export async function advanceServiceClock(page: Page, baseURL: string, at: Date): Promise<Date> {
  const minutes = Math.max(0, Math.ceil((at.getTime() - (await serviceNow(baseURL)).getTime()) / 60_000));
  const clerk = await apiSignIn(baseURL, clerkEmail);
  try {
    const moved = await clerk.call<{ now: string }>('POST', '/api/test-clock/advance', { minutes });
    await page.clock.fastForward(minutes * 60_000);
    return new Date(moved.now);
  } finally {
    await clerk.context.dispose();
  }
}

/** How far ahead of the service's time the clinic specs other than did-not-attend start their sessions. */
export const clinicLeadMinutes = 60;

/**
 * A session later today in London by the service's clock, so that the photographer's list for today holds it and
 * every slot is still open to book: starting on the next five minutes at least `minutesAhead` from the service's
 * time, `slots` slots of `slotMinutes`. The service's day starts at 09:00 (e2e/environment.ts), so the session
 * fits in it unless the suite has run for over half a day, which is an error rather than a reason to skip.
 */
export async function sessionLaterToday(
  baseURL: string,
  options: { minutesAhead?: number; slots?: number; slotMinutes?: number } = {},
) {
  const { minutesAhead = clinicLeadMinutes, slots = 4, slotMinutes = 15 } = options;
  const serviceTime = await serviceNow(baseURL);
  const parts = londonParts(serviceTime);
  const now = parts.hour * 60 + parts.minute;
  const start = Math.ceil((now + minutesAhead) / 5) * 5;
  const end = start + slots * slotMinutes;
  if (end > 23 * 60 + 55) throw new Error(`the service's clock is at ${formatLondonTime(serviceTime)}: too late`);
  const clock = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const date = londonDate(serviceTime);
  return {
    date,
    day: String(parts.day),
    month: String(parts.month),
    year: String(parts.year),
    start: clock(start),
    end: clock(end),
    slotMinutes,
    /** The first slot's start, as an instant. */
    startsAt: atLondonTime(date, clock(start)),
  };
}
export type SessionTimes = Awaited<ReturnType<typeof sessionLaterToday>>;

/** Signs out whoever is signed in (if anyone) and signs in as someone else, landing on their home page. */
export async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/');
  // The home page when signed in, the sign-in page when not: either way a heading, once the session is known.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (await page.getByRole('navigation', { name: 'Account' }).isVisible()) {
    await signOut(page);
    await expect(page.getByRole('navigation', { name: 'Account' })).toHaveCount(0);
  }
  await page.goto('/sign-in');
  await signIn(page, email, demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Signed in as');
}

export function menuLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name, exact: true });
}

/**
 * Screenshots of pages as the signed-in person sees them on a phone: a phone-sized browser sharing their session.
 * Each page is checked to have loaded by its main heading, and by `ready` when given.
 */
export async function phoneScreenshots(
  browser: Browser,
  signedIn: Page,
  pages: { path: string; heading: string | RegExp; name: string; ready?: (page: Page) => Promise<void> }[],
): Promise<void> {
  const context = await browser.newContext(phone);
  await context.clock.install({ time: await serviceNow(new URL(signedIn.url()).origin) });
  await context.addCookies(await signedIn.context().cookies());
  const page = await context.newPage();
  try {
    for (const shot of pages) {
      await page.goto(shot.path);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(shot.heading);
      // What the page loads after its heading (the open appointments, say), when the shot is of that.
      await shot.ready?.(page);
      await page.screenshot({ path: screenshotPath(shot.name), fullPage: true });
    }
  } finally {
    await context.close();
  }
}

/** A site of the demo clinic and a session at it later today, made through the API as the booking clerk. */
export async function seedSessionToday(
  baseURL: string,
  options: { siteName: string; postcode: string; times: SessionTimes },
): Promise<{ siteId: string; sessionId: string }> {
  const clerk = await apiSignIn(baseURL, clerkEmail);
  try {
    const { photographers } = await clerk.call<{ photographers: { id: string; clinicId: string }[] }>(
      'GET',
      '/api/clinic-photographers',
    );
    const photographer = photographers[0];
    if (!photographer) throw new Error('the demo clinic has no photographer');
    const site = await clerk.call<{ id: string }>('POST', '/api/clinic-sites', {
      clinicId: photographer.clinicId,
      name: options.siteName,
      address: '40 North Gate, Northam',
      postcode: options.postcode,
      accessibility: 'Step-free entrance from the car park. Hearing loop at reception.',
      openingHours: 'Monday to Saturday, 8am to 8pm',
    });
    const { times } = options;
    const session = await clerk.call<{ id: string }>('POST', '/api/clinic-sessions', {
      siteId: site.id,
      date: times.date,
      start: times.start,
      end: times.end,
      slotMinutes: times.slotMinutes,
      photographerIds: [photographer.id],
    });
    return { siteId: site.id, sessionId: session.id };
  } finally {
    await clerk.context.dispose();
  }
}

/**
 * A referral whose photographs a community clinic takes, submitted and accepted, made through the API as the demo
 * referrer's browser would; the patient has an email address for the appointment.
 */
export async function seedClinicReferral(
  baseURL: string,
  options: { familyName: string; email?: string; postcode?: string; mobile?: string },
): Promise<{ id: string; reference: string; patientName: string }> {
  const referrer = await apiSignIn(baseURL, referrerEmail);
  const { call } = referrer;
  try {
    const { organisations } = await call<{ organisations: { id: string; kind: string }[] }>(
      'GET',
      '/api/organisations',
    );
    const service = organisations.find((o) => o.kind === 'dermatology_service')!;
    const patient = await call<{ id: string }>('POST', '/api/patients', {
      nhsNumber: uniqueNhsNumber(),
      givenName: 'Morgan',
      familyName: options.familyName,
      dateOfBirth: '1966-05-02',
      sex: 'female',
      address: '7 Quay Street, Northam',
      postcode: options.postcode ?? 'NV2 7RP',
      ...(options.email ? { email: options.email } : {}),
      ...(options.mobile ? { mobile: options.mobile } : {}),
    });
    const created = await call<{ id: string; reference: string }>('POST', '/api/requests', {
      patientId: patient.id,
      kind: 'referral',
      urgency: 'routine',
      serviceId: service.id,
    });
    await call('PATCH', `/api/requests/${created.id}`, {
      version: 1,
      photography: 'clinic',
      clinicalQuestion: 'Changing mole on the back: please assess.',
      history: {
        durationValue: 4,
        durationUnit: 'months',
        changes: 'Darker and larger',
        itch: false,
        bleeding: false,
        pain: false,
        immunosuppressed: false,
        transplant: false,
        previousSkinCancer: [],
        underHospitalConsultant: false,
        needsTertiaryCare: false,
        suspectedCancer: [],
      },
    });
    await call('POST', `/api/requests/${created.id}/lesions`, {
      bodySite: 'forearm_front',
      laterality: 'left',
      description: 'Brown macule with an irregular edge',
      sizeMm: 7,
    });
    await call('POST', `/api/requests/${created.id}/consent`, {
      referralAndImageSharing: true,
      teachingUse: false,
      method: 'verbal',
    });
    const submitted = await call<{ state: string }>('POST', `/api/requests/${created.id}/submit`);
    if (submitted.state !== 'awaiting_images') throw new Error(`the referral was not accepted: ${submitted.state}`);
    return { ...created, patientName: `Morgan ${options.familyName}` };
  } finally {
    await referrer.context.dispose();
  }
}

/** Books the earliest open slot at the site for a referral, through the API, as another clerk would. */
export async function apiBookEarliest(baseURL: string, options: { requestId: string; siteName: string }) {
  const clerk = await apiSignIn(baseURL, clerkEmail);
  try {
    const { offers } = await clerk.call<{ offers: { slotId: string; startsAt: string; site: { name: string } }[] }>(
      'GET',
      `/api/requests/${options.requestId}/slot-offers`,
    );
    const earliest = offers.find((offer) => offer.site.name === options.siteName);
    if (!earliest) throw new Error(`no open slot at ${options.siteName}`);
    await clerk.call('POST', `/api/requests/${options.requestId}/appointments`, {
      slotId: earliest.slotId,
      channel: 'email',
    });
    return earliest;
  } finally {
    await clerk.context.dispose();
  }
}

/** From the booking queue, opens the referral and books the first open slot at the site, telling the patient by email. */
export async function bookFromQueue(page: Page, options: { reference: string; siteName: string }): Promise<void> {
  await menuLink(page, 'Booking').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Booking queue');
  await page.getByRole('row').filter({ hasText: options.reference }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Book an appointment');
  await slotAt(page, options.siteName).first().check();
  await page.getByRole('group', { name: 'How should the patient be told?' }).getByLabel('Email').check();
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appointment booked');
}

/** The demo clinic's two sites (server/seed/demo.ts), 9 miles apart, with sessions on ten working days. */
export const demoSites = { easton: 'Easton Community Diagnostic Centre', northgate: 'Northgate Health Centre' };

/** The week's dates in the order the booking page lists them ("Monday 7 December 2026"). */
export async function offerDates(page: Page): Promise<string[]> {
  return page.locator('.app-offer-day').getByRole('heading', { level: 3 }).allTextContents();
}

/** On each date of the week, the sites in the order the page lists them: nearest first. */
export async function sitesByDate(page: Page): Promise<{ date: string; sites: string[] }[]> {
  const days = page.locator('.app-offer-day');
  const found: { date: string; sites: string[] }[] = [];
  for (const day of await days.all()) {
    found.push({
      date: (await day.getByRole('heading', { level: 3 }).textContent())!.trim(),
      sites: (await day.getByRole('heading', { level: 4 }).allTextContents()).map((name) => name.trim()),
    });
  }
  return found;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The calendar date (`YYYY-MM-DD`) of a date heading such as "Monday 7 December 2026". */
export function isoOfDay(heading: string): string {
  const [, day, month, year] = /^\w+ (\d{1,2}) (\w+) (\d{4})$/.exec(heading.trim()) ?? [];
  const index = monthNames.indexOf(month ?? '');
  if (!day || index < 0) throw new Error(`not a date heading: ${heading}`);
  return `${year}-${String(index + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The radios of the open slots at one site, in time order. */
export function slotAt(page: Page, siteName: string) {
  return page.getByRole('radio', { name: new RegExp(` at ${escape(siteName)}$`) });
}

export type AppointmentEmail = {
  subject: string;
  link: string | null;
  /** The attachment as sent, whether its bytes are a PDF's, and its text. */
  pdf: { contentType: string; isPdf: boolean; text: string };
};

/** The newest email to this address that carries a PDF letter, once the test SMTP server has it, with its text. */
export async function appointmentEmailTo(address: string): Promise<AppointmentEmail> {
  let found: AppointmentEmail | null = null;
  await expect
    .poll(
      async () => {
        found = await newestWithPdf(address);
        return found !== null;
      },
      { message: `an email with a PDF letter to ${address}`, timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

async function newestWithPdf(address: string): Promise<AppointmentEmail | null> {
  const files = fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((f) => f.endsWith('.eml')) : [];
  for (const file of files.sort().reverse()) {
    const mail = await simpleParser(fs.readFileSync(path.join(mailDir, file)));
    const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    if (!to.some((list) => list.value.some((entry) => entry.address === address))) continue;
    const attachment = mail.attachments.find((a) => a.contentType === 'application/pdf');
    if (!attachment) continue;
    const document = await getDocumentProxy(new Uint8Array(attachment.content));
    const { text } = await extractText(document, { mergePages: true });
    const link = /https?:\/\/[^\s"<>]+\/p\/[A-Za-z0-9_-]+/.exec(mail.text ?? '')?.[0] ?? null;
    return {
      subject: mail.subject ?? '',
      link,
      pdf: {
        contentType: attachment.contentType,
        isPdf: attachment.content.subarray(0, 5).toString('latin1') === '%PDF-',
        text: text.replace(/\s+/g, ' '),
      },
    };
  }
  return null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** On the capture page, goes through the questionnaire with the patient (no answers from their link) and confirms it. */
export async function confirmQuestionnaireAtClinic(page: Page): Promise<void> {
  await page.getByLabel('Number').fill('4');
  await page.getByLabel('Days, weeks, months or years').selectOption('months');
  await page.getByLabel('It itches').check();
  await page.getByLabel('What medicines do you take?').fill('None');
  await page.getByLabel('Do you have any allergies?').fill('None');
  await page.getByRole('group', { name: 'Have you had skin cancer before?' }).getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Confirm questionnaire' }).click();
  await expect(page.getByRole('region', { name: 'Confirm questionnaire with the patient' })).toContainText(
    'Confirmed with the patient',
  );
}
