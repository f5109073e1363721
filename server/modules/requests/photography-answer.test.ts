import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, completeHistory, patientDetails, type Call } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type TestApp } from '../../testing/test-app.ts';

/**
 * Issue 20: who takes the photographs is asked, never assumed (the NHS service manual advises against pre-selected
 * radios). A draft has no answer until the referrer gives one, and is not submitted without it.
 */
let t: TestApp;
let serviceId: string;
let gp: Call;

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  serviceId = service.id;
  const user = await buildUser(t.db.pool, { organisationId: practice.id, roles: ['referrer'] });
  gp = caller(t.app, await signInAs(t.app, user.email, user.password));
});
afterAll(async () => t.close());

/** A draft complete in every other way: question, history, a lesion and consent. */
async function draftWithoutPhotographyAnswer(create: Record<string, unknown> = {}) {
  const patient = (await gp('POST', '/api/patients', patientDetails())).json();
  const created = await gp('POST', '/api/requests', {
    patientId: patient.id,
    kind: 'referral',
    urgency: 'routine',
    serviceId,
    ...create,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const saved = await gp('PATCH', `/api/requests/${id}`, {
    version: 1,
    clinicalQuestion: 'Is this a seborrhoeic keratosis?',
    history: completeHistory,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  await gp('POST', `/api/requests/${id}/lesions`, {
    bodySite: 'forearm_front',
    laterality: 'left',
    description: 'Brown warty plaque',
  });
  await gp('POST', `/api/requests/${id}/consent`, { referralAndImageSharing: true, method: 'verbal' });
  return id;
}

describe('who takes the photographs', () => {
  it('has no answer on a new draft, and the draft is not submitted until it has one', async () => {
    const id = await draftWithoutPhotographyAnswer();
    const draft = (await gp('GET', `/api/requests/${id}`)).json();
    expect(draft.photography).toBeNull();

    const refused = await gp('POST', `/api/requests/${id}/submit`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'photography', message: 'Choose who will take the photographs' }]);
    expect((await gp('GET', `/api/requests/${id}`)).json().state).toBe('draft');

    const answered = await gp('PATCH', `/api/requests/${id}`, { version: draft.version, photography: 'clinic' });
    expect(answered.statusCode, answered.body).toBe(200);
    const submitted = await gp('POST', `/api/requests/${id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((await gp('GET', `/api/requests/${id}`)).json()).toMatchObject({
      photography: 'clinic',
      state: 'awaiting_images',
    });
  });

  it('can be given when the draft is started, and only as one of the two choices', async () => {
    const id = await draftWithoutPhotographyAnswer({ photography: 'referrer' });
    expect((await gp('GET', `/api/requests/${id}`)).json().photography).toBe('referrer');
    expect((await gp('POST', `/api/requests/${id}/submit`)).statusCode).toBe(200);

    const patient = (await gp('POST', '/api/patients', patientDetails())).json();
    const wrong = await gp('POST', '/api/requests', {
      patientId: patient.id,
      kind: 'referral',
      serviceId,
      photography: 'anyone',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ field: 'photography', message: 'Choose who will take the photographs' }]);
  });
});
