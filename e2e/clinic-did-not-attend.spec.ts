import {
  bookFromQueue,
  clerkEmail,
  menuLink,
  seedClinicReferral,
  seedSessionToday,
  sessionLaterToday,
  signInAs,
  uniqueSiteName,
} from './clinic-steps.ts';
import { expect, screenshotPath, test } from './fixtures.ts';
import { referrerEmail } from './intake-steps.ts';
import { uniquePatientEmail } from './patient-steps.ts';
import { readDownload } from './review-steps.ts';

test('a patient who does not attend is offered one more appointment under the service’s default rule; after a second missed appointment the request goes back to the referrer with a letter', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const times = sessionLaterToday({ minutesAhead: 10, slots: 3, slotMinutes: 15 });
  test.skip(!times, 'Too late in the day in London for a clinic session later today');
  if (!times) return;
  const siteName = uniqueSiteName('Millbrook');
  await seedSessionToday(baseURL!, { siteName, postcode: 'NV2 7RS', times });
  const referral = await seedClinicReferral(baseURL!, { familyName: 'Absentia', email: uniquePatientEmail() });

  // Booked, then marked as did not attend on the day: the default rule offers another appointment.
  await signInAs(page, clerkEmail);
  await bookFromQueue(page, { reference: referral.reference, siteName });
  await page.getByRole('link', { name: 'Did not attend' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Record that the patient did not attend');
  await page.screenshot({ path: screenshotPath('clinic-did-not-attend-confirm'), fullPage: true });
  await page.getByRole('button', { name: 'Record did not attend' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Offered another appointment: the request is back in the booking queue',
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Book an appointment');
  await expect(page.getByRole('table', { name: 'Appointments for this request' })).toContainText('Did not attend');
  await page.screenshot({ path: screenshotPath('clinic-did-not-attend-offered'), fullPage: true });

  // Back in the queue, with the missed appointment counted; booked again and missed again, it is returned.
  await menuLink(page, 'Booking').click();
  const queued = page.getByRole('row').filter({ hasText: referral.reference });
  await expect(queued).toContainText('Once');
  await expect(queued).toContainText('Did not attend');
  await bookFromQueue(page, { reference: referral.reference, siteName });
  await page.getByRole('link', { name: 'Did not attend' }).click();
  await page.getByRole('button', { name: 'Record did not attend' }).click();
  await expect(page.getByRole('alert')).toContainText('Returned to the referrer with a letter');
  await expect(page.getByRole('main')).toContainText('This request is not waiting for an appointment');
  await menuLink(page, 'Booking').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Booking queue');
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
});
