import { formatLondonTime } from '../shared/london-time.ts';
import {
  advanceServiceClock,
  bookFromQueue,
  clerkEmail,
  followServiceClock,
  menuLink,
  photographerEmail,
  seedClinicReferral,
  seedSessionToday,
  sessionLaterToday,
  signInAs,
  uniqueSiteName,
} from './clinic-steps.ts';
import { expect, screenshotPath, test } from './fixtures.ts';
import { referrerEmail } from './intake-steps.ts';
import { uniquePatientEmail } from './patient-steps.ts';
import { apiSignIn } from './review-seed.ts';
import { readDownload } from './review-steps.ts';

const adminEmail = 'admin@northvale.example';

type LiveAppointment = { id: string; startsAt: string; didNotAttendFrom: string };

/** The request's booked appointment, as the service gives it to the booking clerk. */
async function liveAppointment(baseURL: string, requestId: string): Promise<LiveAppointment> {
  const clerk = await apiSignIn(baseURL, clerkEmail);
  try {
    const { appointments } = await clerk.call<{ appointments: (LiveAppointment & { status: string })[] }>(
      'GET',
      `/api/requests/${requestId}/appointments`,
    );
    const live = appointments.find((a) => a.status === 'booked');
    if (!live) throw new Error(`request ${requestId} has no booked appointment`);
    return live;
  } finally {
    await clerk.context.dispose();
  }
}

/** What the service answers a clerk who records a did-not-attend through the API: the refusal, or null. */
async function didNotAttendRefusal(baseURL: string, appointmentId: string): Promise<string | null> {
  const clerk = await apiSignIn(baseURL, clerkEmail);
  try {
    return await clerk.call('POST', `/api/appointments/${appointmentId}/did-not-attend`).then(
      () => null,
      (error: Error) => error.message,
    );
  } finally {
    await clerk.context.dispose();
  }
}

/** Sets the demo service's allowance for a late arrival, as its admin; answers the one it had. */
async function setGraceMinutes(baseURL: string, minutes: number): Promise<number> {
  const admin = await apiSignIn(baseURL, adminEmail);
  try {
    const { organisations } = await admin.call<{ organisations: { id: string; kind: string }[] }>(
      'GET',
      '/api/organisations',
    );
    const service = organisations.find((o) => o.kind === 'dermatology_service');
    if (!service) throw new Error('the demo admin has no dermatology service');
    const settingsPath = `/api/services/${service.id}/settings`;
    const settings = await admin.call<{ didNotAttendGraceMinutes: number }>('GET', settingsPath);
    await admin.call('PUT', settingsPath, { ...settings, didNotAttendGraceMinutes: minutes });
    return settings.didNotAttendGraceMinutes;
  } finally {
    await admin.context.dispose();
  }
}

/** "2:05pm", as the pages write a time. */
const pageTime = (at: string) => formatLondonTime(at, '12-hour');

const refusedUntil = /409 .*can be recorded as did not attend from \w+ \d+ \w+ \d{4} at \d{2}:\d{2} \(London time\)/;

test('did-not-attend is neither offered nor accepted before the appointment has started and the late-arrival allowance has passed; then the default rule offers one more appointment, and after a second miss the request goes back to the referrer with a letter', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // The browser keeps the service's time, which this spec moves forward rather than wait for an appointment.
  await followServiceClock(page, baseURL!);
  // Five minutes rather than the default fifteen, so that the test server's clock, which every spec running at
  // the same time shares, moves as little as it can (about twenty minutes in all). The server tests cover 15.
  const previousGrace = await setGraceMinutes(baseURL!, 5);
  try {
    const times = await sessionLaterToday(baseURL!, { minutesAhead: 2, slots: 4, slotMinutes: 5 });
    const siteName = uniqueSiteName('Millbrook');
    await seedSessionToday(baseURL!, { siteName, postcode: 'NV2 7RS', times });
    const referral = await seedClinicReferral(baseURL!, { familyName: 'Absentia', email: uniquePatientEmail() });

    await signInAs(page, clerkEmail);
    await bookFromQueue(page, { reference: referral.reference, siteName });
    const first = await liveAppointment(baseURL!, referral.id);
    expect(first.startsAt).toBe(times.startsAt.toISOString());

    // Before the appointment the clerk is not offered it and is told from when; the service refuses it anyway.
    const current = page.getByRole('region', { name: 'Current appointment' });
    const didNotAttendLink = page.getByRole('link', { name: 'Did not attend' });
    await expect(current).toContainText(
      `If the patient does not come, you can record that they did not attend from ${pageTime(first.didNotAttendFrom)}`,
    );
    await expect(current).toContainText('5 minutes after the appointment starts');
    await expect(didNotAttendLink).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('clinic-did-not-attend-not-yet'), fullPage: true });
    expect(await didNotAttendRefusal(baseURL!, first.id)).toMatch(refusedUntil);
    await page.goto(`/booking/${referral.id}?action=did-not-attend`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Appointment booked');
    await expect(page.getByRole('button', { name: 'Record did not attend' })).toHaveCount(0);

    // The photographer's page for the patient offers arrival only, and says the same.
    await signInAs(page, photographerEmail);
    await page.goto(`/clinic-day/${first.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(referral.patientName);
    await expect(page.getByRole('button', { name: 'Mark as arrived' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Did not attend' })).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText(
      `you can mark them as did not attend from ${pageTime(first.didNotAttendFrom)}`,
    );

    // At the appointment's start: still neither, for the patient may be running late.
    await signInAs(page, clerkEmail);
    await page.goto(`/booking/${referral.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Appointment booked');
    await advanceServiceClock(page, baseURL!, new Date(first.startsAt));
    await expect(current).toContainText('5 minutes after the appointment starts');
    await expect(didNotAttendLink).toHaveCount(0);
    expect(await didNotAttendRefusal(baseURL!, first.id)).toMatch(refusedUntil);

    // Five minutes later the page offers it without being reloaded, and the default rule offers another appointment.
    await advanceServiceClock(page, baseURL!, new Date(first.didNotAttendFrom));
    await didNotAttendLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Record that the patient did not attend');
    await page.screenshot({ path: screenshotPath('clinic-did-not-attend-confirm'), fullPage: true });
    await page.getByRole('button', { name: 'Record did not attend' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Offered another appointment: the request is back in the booking queue',
    );
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Book an appointment');
    await expect(page.getByRole('table', { name: 'Appointments for this request' })).toContainText('Did not attend');
    await page.screenshot({ path: screenshotPath('clinic-did-not-attend-offered'), fullPage: true });

    // Back in the queue, with the missed appointment counted; booked again (the next slot that has not started)
    // and missed again once that one has started and its allowance passed, it is returned.
    await menuLink(page, 'Booking').click();
    const queued = page.getByRole('row').filter({ hasText: referral.reference });
    await expect(queued).toContainText('Once');
    await expect(queued).toContainText('Did not attend');
    await bookFromQueue(page, { reference: referral.reference, siteName });
    const second = await liveAppointment(baseURL!, referral.id);
    expect(Date.parse(second.startsAt)).toBeGreaterThan(Date.parse(first.didNotAttendFrom));
    await expect(didNotAttendLink).toHaveCount(0);
    await advanceServiceClock(page, baseURL!, new Date(second.didNotAttendFrom));
    await didNotAttendLink.click();
    await page.getByRole('button', { name: 'Record did not attend' }).click();
    await expect(page.getByRole('alert')).toContainText('Returned to the referrer with a letter');
    await expect(page.getByRole('main')).toContainText('This request is not waiting for an appointment');
    await menuLink(page, 'Booking').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Booking queue');
    // The queue has loaded (its summary is shown) before the referral is looked for in it.
    await expect(page.getByText(/waiting to be booked/).first()).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: referral.reference })).toHaveCount(0);

    // The referrer sees the request returned, why, and the letter.
    await signInAs(page, referrerEmail);
    await page.goto(`/requests/${referral.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Request ${referral.reference}`);
    await expect(page.getByRole('main')).toContainText('Returned to referrer');
    await expect(page.getByRole('heading', { name: 'Returned to you: the patient did not attend' })).toBeVisible();
    const letterLink = page.getByRole('link', { name: /^Download the letter/ });
    await expect(letterLink).toBeVisible({ timeout: 20_000 });
    const appointments = page.getByRole('region', { name: 'Appointments' });
    await expect(appointments.getByText('Did not attend', { exact: true })).toHaveCount(2);
    await page.screenshot({ path: screenshotPath('clinic-returned-referrer'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), letterLink.click()]);
    const letter = await readDownload(download);
    expect(letter.name).toBe(`${referral.reference}-returned-to-referrer.pdf`);
    expect(letter.text).toContain(referral.reference);
    expect(letter.text).toContain('did not attend the community photography clinic');
  } finally {
    await setGraceMinutes(baseURL!, previousGrace);
  }
});
