import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import {
  apiBookEarliest,
  appointmentEmailTo,
  bookFromQueue,
  clerkEmail,
  followServiceClock,
  menuLink,
  phoneScreenshots,
  photographerEmail,
  seedClinicReferral,
  seedSessionToday,
  sessionLaterToday,
  signInAs,
  slotAt,
  uniqueSiteName,
} from './clinic-steps.ts';
import { expect, screenshotPath, test } from './fixtures.ts';
import {
  addLesionFromList,
  answerHistory,
  enterPatientDetails,
  findPatient,
  newTestPatient,
  recordConsent,
  signInAsReferrer,
} from './intake-steps.ts';
import { enterDateOfBirth, openLinkOnPhone, uniquePatientEmail } from './patient-steps.ts';
import { fixturePhoto } from './photo-steps.ts';
import { consultantEmail, worklistRow } from './review-steps.ts';

test('a GP refers a patient to a photography clinic; a clerk sets up a session and books them from the queue; the patient gets the letter by email and moves the appointment; on the day the photographer takes the photographs and the case reaches the consultant', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await followServiceClock(page, baseURL!);
  const times = await sessionLaterToday(baseURL!, { slots: 4, slotMinutes: 15 });
  const email = uniquePatientEmail();
  const patient = newTestPatient('Clinicford');
  const patientName = `${patient.givenName} ${patient.familyName}`;
  const siteName = uniqueSiteName('Quayside');

  // The GP asks for the photographs to be taken at a clinic; nothing is uploaded, and the service accepts it.
  await signInAsReferrer(page);
  await findPatient(page, patient);
  await page.getByLabel('Email address (optional)').fill(email);
  await enterPatientDetails(page, patient);
  await page.getByLabel('Referral for triage').check();
  await page.getByLabel('Routine').check();
  const photography = page.getByRole('group', { name: 'Who will take the photographs?' });
  // Asked, never assumed: neither answer is chosen until the GP chooses one.
  await expect(photography.getByLabel('I will (or the patient will, using a secure link)')).not.toBeChecked();
  await expect(photography.getByLabel('Book the patient into a community photography clinic')).not.toBeChecked();
  await photography.getByLabel('Book the patient into a community photography clinic').check();
  await page.screenshot({ path: screenshotPath('clinic-draft-photography'), fullPage: true });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Record the patient’s consent');
  await recordConsent(page);
  await answerHistory(page);
  // No size recorded, so the clinic takes a dermoscopic view as well.
  await addLesionFromList(page, 'Shin', 'Right', 'Pigmented lesion with an irregular border');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Check your answers before sending the request');
  await expect(page.getByRole('main')).toContainText('A community photography clinic takes them');
  await expect(page.getByRole('main')).toContainText('books the patient into a community photography clinic');
  await page.getByRole('button', { name: 'Submit request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  await expect(page.getByRole('main')).toContainText('has accepted the request');
  const requestId = /\/requests\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
  const reference = (await page.locator('.nhsuk-panel strong').textContent())!.trim();

  // The booking clerk adds a site and a session later today at it.
  await signInAs(page, clerkEmail);
  await menuLink(page, 'Clinics').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clinics');
  await expect(page.getByRole('list', { name: 'Clinic appointments in the last 30 days' })).toContainText('Booked');
  await checkPage(page, 'clinic-overview');
  await page.getByRole('link', { name: 'Add a site' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a clinic site');
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the name of the site');
  await page.getByLabel('Name of the site').fill(siteName);
  await page.getByLabel('Address').fill('Quayside Health Centre\n2 Quay Street, Northam');
  await page.getByLabel('Postcode').fill('nv2 7rq');
  await page.getByLabel('Accessibility').fill('Step-free entrance. Hearing loop at reception.');
  await page.getByLabel('Opening hours').fill('Monday to Saturday, 8am to 8pm');
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect(page.getByRole('alert')).toContainText(`${siteName} was added`);
  await expect(page.getByRole('heading', { level: 3, name: siteName })).toBeVisible();

  await page.getByRole('link', { name: 'Add a session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a session');
  await page.getByLabel('Site').selectOption({ label: `${siteName}, NV2 7RQ` });
  const date = page.getByRole('group', { name: 'Date' });
  await date.getByLabel('Day').fill(times.day);
  await date.getByLabel('Month').fill(times.month);
  await date.getByLabel('Year').fill(times.year);
  await page.getByLabel('Start time').fill(times.start);
  await page.getByLabel('End time').fill(times.end);
  await page.getByLabel('Length of each appointment, in minutes').fill(String(times.slotMinutes));
  await checkPage(page, 'clinic-add-session');
  await page.getByRole('button', { name: 'Add session' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose at least one photographer');
  await checkPage(page, 'clinic-add-session-error');
  await page.getByRole('group', { name: 'Photographers' }).getByLabel('Jo Harper').check();
  await page.getByRole('button', { name: 'Add session' }).click();
  await expect(page.getByRole('alert')).toContainText('Session added');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(siteName);
  const slots = page.getByRole('table', { name: 'Appointments' }).getByRole('row');
  await expect(slots).toHaveCount(5);
  await expect(page.getByRole('main')).toContainText('0 of 4 booked');
  await checkPage(page, 'clinic-session');

  // Books the patient from the booking queue.
  await menuLink(page, 'Booking').click();
  const queued = page.getByRole('row').filter({ hasText: reference });
  await expect(queued).toContainText(patientName);
  await expect(queued).toContainText('NV2 7RP');
  await expect(queued).toContainText('Riverside Medical Practice');
  await expect(queued).toContainText('Not booked before');
  await checkPage(page, 'clinic-booking-queue');
  await phoneScreenshots(browser, page, [
    { path: '/clinics', heading: 'Clinics', name: 'clinic-overview-phone' },
    { path: '/booking', heading: 'Booking queue', name: 'clinic-booking-queue-phone' },
    { path: `/booking/${requestId}`, heading: 'Book an appointment', name: 'clinic-book-phone' },
    { path: '/clinics/sessions/new', heading: 'Add a session', name: 'clinic-add-session-phone' },
  ]);
  await queued.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Book an appointment');
  await expect(page.getByRole('main')).toContainText('Near the patient (same postcode district)');
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose an appointment');
  await checkPage(page, 'clinic-book-error');
  await page.goto('/clinics');
  await bookFromQueue(page, { reference, siteName });
  await expect(page.locator('.nhsuk-panel')).toContainText(siteName);
  await expect(page.locator('.nhsuk-panel')).toContainText('A letter has been sent to the patient');
  await expect(page.getByRole('region', { name: 'Current appointment' })).toContainText(siteName);
  await checkPage(page, 'clinic-booked');
  await phoneScreenshots(browser, page, [
    { path: `/booking/${requestId}`, heading: 'Appointment booked', name: 'clinic-booked-phone' },
  ]);

  // The patient's email carries the appointment letter, a PDF naming the site, and a link to their appointment.
  const mail = await appointmentEmailTo(email);
  expect(mail.pdf.contentType).toBe('application/pdf');
  expect(mail.pdf.isPdf).toBe(true);
  expect(mail.pdf.text).toContain(siteName);
  expect(mail.link).not.toBeNull();

  // On their phone the patient confirms their date of birth and moves the appointment to a later time.
  const { context, page: phone, problems } = await openLinkOnPhone(browser, mail.link!);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Confirm your date of birth');
  await enterDateOfBirth(phone, '1961-03-14');
  await expect(phone.getByRole('heading', { level: 1 })).not.toHaveText('Confirm your date of birth');
  await phone.goto('/patient/appointment');
  await expect(phone.getByRole('heading', { name: 'Change or cancel your appointment' })).toBeVisible();
  const later = phone.locator('.nhsuk-radios__item').filter({ hasText: siteName }).last();
  await later.getByRole('radio').check();
  await phone.getByRole('button', { name: 'Move my appointment' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Your appointment has been moved');
  expect(problems).toEqual([]);
  await context.close();

  // The clerk sees the move on the request.
  await page.goto(`/requests/${requestId}`);
  const appointments = page.getByRole('region', { name: 'Appointments' });
  await expect(appointments).toContainText('Moved');
  await expect(appointments).toContainText('Booked');
  await expect(appointments.getByRole('link', { name: 'Change the appointment' })).toBeVisible();

  // On the day the photographer opens the clinic list, marks the patient arrived and takes the three views.
  await signInAs(page, photographerEmail);
  await menuLink(page, 'Clinic list').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clinic list');
  await page.getByRole('link', { name: patientName }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(patientName);
  await page.getByRole('button', { name: 'Mark as arrived' }).click();
  await expect(page.getByRole('alert')).toContainText('is marked as arrived');
  await page.getByLabel('Regional photograph').setInputFiles(fixturePhoto('Landscape_1.jpg'));
  await page.getByLabel('Close-up photograph').setInputFiles(fixturePhoto('Portrait_1.jpg'));
  await page.getByLabel('Dermoscopic photograph').setInputFiles(fixturePhoto('Landscape_2.jpg'));
  const views = page.getByRole('list', { name: 'Views of lesion 1' });
  await expect(views.getByText('Done')).toHaveCount(3, { timeout: 30_000 });
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
  await page.getByRole('button', { name: 'Capture complete: send for review' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sent for consultant review');
  const due = /respond by (\d{1,2} \w+ \d{4})/.exec((await page.getByRole('main').textContent()) ?? '')?.[1];
  expect(due).toBeTruthy();

  // The consultant's worklist has the case, due by that date.
  await signInAs(page, consultantEmail);
  await menuLink(page, 'Worklist').click();
  await expect(worklistRow(page, reference)).toContainText(due!);
});

/** No serious accessibility finding, and a screenshot to look at. */
async function checkPage(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
}

test('cancelling a clinic session warns that patients will be told, then lists its patients to book again', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await followServiceClock(page, baseURL!);
  const times = await sessionLaterToday(baseURL!, { slots: 2, slotMinutes: 20 });
  const siteName = uniqueSiteName('Weirside');
  const { sessionId } = await seedSessionToday(baseURL!, { siteName, postcode: 'NV2 7RT', times });
  const referral = await seedClinicReferral(baseURL!, { familyName: 'Sessionless', email: uniquePatientEmail() });

  await signInAs(page, clerkEmail);
  await bookFromQueue(page, { reference: referral.reference, siteName });
  // The clerk moves it to the session's other slot first.
  await page.getByRole('link', { name: 'Move appointment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Move the appointment');
  await expect(slotAt(page, siteName)).toHaveCount(1);
  await slotAt(page, siteName).check();
  await page.getByRole('group', { name: 'How should the patient be told?' }).getByLabel('Email').check();
  await page.getByRole('button', { name: 'Move appointment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appointment moved');
  await expect(page.getByRole('table', { name: 'Appointments for this request' })).toContainText('Moved');
  await page.goto(`/clinics/sessions/${sessionId}`);
  await expect(page.getByRole('table', { name: 'Appointments' })).toContainText(referral.patientName);
  const cancelling = page.getByRole('region', { name: 'Cancel this session' });
  await expect(cancelling).toContainText('Patients will be told');
  await cancelling.getByRole('button', { name: 'Cancel this session' }).click();
  await expect(page.getByRole('alert')).toContainText('Say why the session is being cancelled');
  await cancelling.getByLabel('Why is the session being cancelled?').fill('The photographer is ill');
  await cancelling.getByRole('button', { name: 'Cancel this session' }).click();
  await expect(page.getByRole('alert')).toContainText('Session cancelled. The patients have been told.');
  const rebook = page.getByRole('region', { name: 'Patients to rebook' });
  await expect(page.getByRole('main')).toContainText('The photographer is ill');
  await checkPage(page, 'clinic-session-cancelled');
  await rebook.getByRole('link', { name: `Book ${referral.patientName} again` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Book an appointment');
  await expect(page.getByRole('table', { name: 'Appointments for this request' })).toContainText('Cancelled');
  await expect(slotAt(page, siteName)).toHaveCount(0);

  // Booked elsewhere, then cancelled by the clerk: back in the queue.
  await page.getByRole('radio').first().check();
  const told = page.getByRole('group', { name: 'How should the patient be told?' });
  await told.getByLabel('Text message').check();
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await expect(page.getByRole('alert')).toContainText('The patient has no mobile number on record');
  await told.getByLabel('Email').check();
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appointment booked');
  await page.getByRole('link', { name: 'Cancel appointment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cancel the appointment');
  await page.getByLabel('Why is the appointment being cancelled?').fill('The patient phoned: away that week');
  await page.getByRole('button', { name: 'Cancel appointment' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Appointment cancelled: the request is back in the booking queue',
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Book an appointment');
});

test('a slot another clerk took a moment ago is refused in words, and the offers are read again', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await followServiceClock(page, baseURL!);
  const times = await sessionLaterToday(baseURL!, { slots: 2, slotMinutes: 20 });
  const siteName = uniqueSiteName('Ferryside');
  await seedSessionToday(baseURL!, { siteName, postcode: 'NV2 7RU', times });
  const first = await seedClinicReferral(baseURL!, { familyName: 'Firstcome', email: uniquePatientEmail() });
  const second = await seedClinicReferral(baseURL!, { familyName: 'Secondcome', email: uniquePatientEmail() });

  await signInAs(page, clerkEmail);
  await page.goto(`/booking/${first.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Book an appointment');
  await expect(slotAt(page, siteName)).toHaveCount(2);
  await slotAt(page, siteName).first().check();
  await page.getByRole('group', { name: 'How should the patient be told?' }).getByLabel('Email').check();
  // Meanwhile another clerk books that slot for someone else.
  await apiBookEarliest(baseURL!, { requestId: second.id, siteName });
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await expect(page.getByRole('alert')).toContainText('Someone booked this slot a moment ago. Choose another.');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Book an appointment');
  await expect(slotAt(page, siteName)).toHaveCount(1);
  await checkPage(page, 'clinic-slot-taken');
  await slotAt(page, siteName).check();
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appointment booked');
});
