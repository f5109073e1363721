import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePhotoPath } from '../../../test/fixtures/photographs.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest, markImagesComplete, type Call } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { uploadPhoto } from '../../testing/tus.ts';

/**
 * Issue 20: when the dermatologist asks about another site or lesion, the referrer adds it (and its photographs) as
 * part of their answer, and it goes back to review with the answer. Nothing else about the lesions changes once the
 * request is submitted, and each call writes its one audit row.
 */
let t: TestApp;
let serviceId: string;
let gpSession: SignedIn;
let gp: Call;
let otherGp: Call;
let consultant: Call;

const secondLesion = {
  bodySite: 'shin',
  laterality: 'right',
  description: 'Second pigmented macule, found on examination',
  sizeMm: 5,
};

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  const otherPractice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  await linkOrganisations(t.db.pool, service.id, otherPractice.id);
  serviceId = service.id;
  const signIn = async (organisationId: string, role: 'referrer' | 'consultant') => {
    const user = await buildUser(t.db.pool, { organisationId, roles: [role] });
    return signInAs(t.app, user.email, user.password);
  };
  gpSession = await signIn(practice.id, 'referrer');
  gp = caller(t.app, gpSession);
  otherGp = caller(t.app, await signIn(otherPractice.id, 'referrer'));
  consultant = caller(t.app, await signIn(service.id, 'consultant'));
});
afterAll(async () => t.close());

/** Moves the service's clock on a little, as time passes between one person's action and the next. */
const later = () => t.clock.set(new Date(t.clock.now().getTime() + 60_000).toISOString());

/** A submitted case with one photographed lesion, claimed by the consultant; `ask` leaves it waiting for an answer. */
async function caseInReview(options: { ask?: boolean } = {}) {
  const { id, lesionIds } = await draftRequest(t.app, gpSession, serviceId);
  expect((await gp('POST', `/api/requests/${id}/submit`)).statusCode).toBe(200);
  await photograph(id, lesionIds[0]!);
  await markImagesComplete(t.db.pool, id, t.clock.now());
  expect((await consultant('POST', `/api/requests/${id}/claim`)).statusCode).toBe(200);
  if (options.ask ?? true) {
    const asked = await consultant('POST', `/api/requests/${id}/messages`, {
      kind: 'question',
      body: 'Is there a similar lesion on the leg? Please add it with photographs.',
    });
    expect(asked.statusCode).toBe(201);
    later();
  }
  return { id, firstLesionId: lesionIds[0]! };
}

/** One of the fixture photographs (the service refuses the same photo twice on one request). */
async function photograph(requestId: string, lesionId: string, file = 'Landscape_1.jpg') {
  const bytes = await fs.readFile(fixturePhotoPath(file));
  const uploaded = await uploadPhoto(t.app, gpSession, { requestId, lesionId, bytes });
  expect(uploaded.image?.statusCode, uploaded.image?.body).toBe(201);
}

/** The audit rows one call writes. */
async function auditedBy<T>(call: () => Promise<T>): Promise<{ result: T; actions: string[] }> {
  const seq = async () =>
    (await t.db.pool.query<{ seq: string }>('SELECT coalesce(max(seq), 0)::text AS seq FROM audit_events')).rows[0]!
      .seq;
  const before = await seq();
  const result = await call();
  const { rows } = await t.db.pool.query<{ action: string }>(
    'SELECT action FROM audit_events WHERE seq > $1 ORDER BY seq',
    [before],
  );
  return { result, actions: rows.map((r) => r.action) };
}

describe('a lesion added with the answer to the dermatologist’s question', () => {
  it('is added while the question waits, audited once, and goes back to review with the answer once photographed', async () => {
    const { id } = await caseInReview();

    const { result: added, actions } = await auditedBy(() => gp('POST', `/api/requests/${id}/lesions`, secondLesion));
    expect(added.statusCode, added.body).toBe(201);
    expect(actions).toEqual(['lesion.added']);
    const lesionId = added.json().id as string;

    // Not seen without a photograph: the answer waits for one, and says which lesion lacks it.
    const early = await gp('POST', `/api/requests/${id}/messages`, { kind: 'answer', body: 'Yes: added as lesion 2.' });
    expect(early.statusCode).toBe(400);
    expect(early.json().detail).toContain('Add a photograph of lesion 2 before you send your answer');
    expect((await gp('GET', `/api/requests/${id}`)).json().state).toBe('information_requested');

    await photograph(id, lesionId, 'Portrait_1.jpg');
    const answered = await gp('POST', `/api/requests/${id}/messages`, { kind: 'answer', body: 'Yes: lesion 2.' });
    expect(answered.statusCode, answered.body).toBe(201);

    const seen = (await consultant('GET', `/api/requests/${id}`)).json();
    expect(seen.state).toBe('ready_for_review');
    expect(seen.lesions.map((l: { description: string }) => l.description)).toEqual([
      'Brown warty plaque 1',
      secondLesion.description,
    ]);
    expect(seen.lesions[1].bodySiteLabel).toBe('Shin, right');
    const { images } = (await consultant('GET', `/api/requests/${id}/images`)).json();
    expect(images.filter((image: { lesionId: string }) => image.lesionId === lesionId)).toHaveLength(1);
  });

  it('is refused before the question and after the answer, and nothing else about the lesions changes', async () => {
    const { id, firstLesionId } = await caseInReview({ ask: false });
    const inReview = await gp('POST', `/api/requests/${id}/lesions`, secondLesion);
    expect(inReview.statusCode).toBe(409);
    expect(inReview.json().detail).toContain('while the dermatologist is waiting for your answer');

    await consultant('POST', `/api/requests/${id}/messages`, { kind: 'question', body: 'Any itch?' });
    later();
    // What the dermatologist may have seen stays as it was.
    const changed = await gp('PUT', `/api/requests/${id}/lesions/${firstLesionId}`, secondLesion);
    expect(changed.statusCode).toBe(409);
    expect((await gp('DELETE', `/api/requests/${id}/lesions/${firstLesionId}`)).statusCode).toBe(409);

    expect((await gp('POST', `/api/requests/${id}/messages`, { kind: 'answer', body: 'No itch.' })).statusCode).toBe(
      201,
    );
    expect((await gp('POST', `/api/requests/${id}/lesions`, secondLesion)).statusCode).toBe(409);
    expect((await gp('GET', `/api/requests/${id}`)).json().lesions).toHaveLength(1);
  });

  it('is refused when hair hides it (hazard H16), and to anyone but the referring practice', async () => {
    const { id } = await caseInReview();
    const hidden = await gp('POST', `/api/requests/${id}/lesions`, {
      bodySite: 'scalp',
      laterality: 'midline',
      description: 'Scaly patch under the hair',
      obscuredByHair: true,
    });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().errors).toEqual([
      { field: 'obscuredByHair', message: expect.stringContaining('cannot assess a lesion hidden by hair') },
    ]);
    expect((await otherGp('POST', `/api/requests/${id}/lesions`, secondLesion)).statusCode).toBe(404);
    expect((await consultant('POST', `/api/requests/${id}/lesions`, secondLesion)).statusCode).toBe(403);
    expect((await gp('GET', `/api/requests/${id}`)).json().lesions).toHaveLength(1);
  });

  it('leaves an answer that adds no lesion as it was', async () => {
    const { id } = await caseInReview();
    const answered = await gp('POST', `/api/requests/${id}/messages`, { kind: 'answer', body: 'No other lesions.' });
    expect(answered.statusCode, answered.body).toBe(201);
    expect((await consultant('GET', `/api/requests/${id}`)).json().state).toBe('ready_for_review');
  });
});
