import { apiSignIn } from './review-seed.ts';
import { expect, screenshotPath, signIn, signOut, test } from './fixtures.ts';
import { demoPassword } from './demo-users.ts';
import { enterPatientDetails, findPatient, newTestPatient, signInAsReferrer } from './intake-steps.ts';

/**
 * Issue 11: a second practice registering a patient the first practice holds gets a record of its own, told
 * nothing of the first; the first practice sees on its request that the patient registered elsewhere, and its
 * request keeps the contact details it recorded.
 */
test('another practice registering our patient learns nothing of our record; we see that they registered', async ({
  page,
  baseURL,
}) => {
  const patient = newTestPatient('Ní Bhriain');
  const riverside = await apiSignIn(baseURL!, 'gp@riverside.example');
  const { organisations } = await riverside.call<{ organisations: { id: string; kind: string }[] }>(
    'GET',
    '/api/organisations',
  );
  const service = organisations.find((o) => o.kind === 'dermatology_service')!;
  const registered = await riverside.call<{ id: string }>('POST', '/api/patients', {
    nhsNumber: patient.nhsNumber,
    givenName: patient.givenName,
    familyName: patient.familyName,
    dateOfBirth: '1961-03-14',
    sex: 'female',
    address: '2 Weir Cottages, Northam',
    postcode: 'NV3 1QS',
    email: 'siobhan.riverside@example.com',
  });
  const request = await riverside.call<{ id: string }>('POST', '/api/requests', {
    patientId: registered.id,
    kind: 'referral',
    urgency: 'routine',
    serviceId: service.id,
  });

  // Hillcrest's nurse types the same NHS number: asked for the details as for anyone new, shown none of Riverside's.
  await page.goto('/sign-in');
  await signIn(page, 'nurse@hillcrest.example', demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Sam Lewis');
  await findPatient(page, patient);
  await expect(page.getByRole('main')).not.toContainText('siobhan.riverside@example.com');
  await expect(page.getByLabel('Postcode')).toHaveValue('');
  await enterPatientDetails(page, patient);
  await signOut(page);

  // Riverside's GP sees, on their own request, that the patient registered elsewhere; their details are unchanged.
  await signInAsReferrer(page);
  await page.goto(`/requests/${request.id}`);
  const main = page.getByRole('main');
  await expect(main).toContainText('Registered with another practice');
  await expect(main).toContainText('keep the contact details your practice recorded');
  await page.screenshot({ path: screenshotPath('patient-registered-elsewhere'), fullPage: true });
  const ours = await riverside.call<{ email: string; postcode: string }>('GET', `/api/patients/${registered.id}`);
  expect(ours).toMatchObject({ email: 'siobhan.riverside@example.com', postcode: 'NV3 1QS' });
});
