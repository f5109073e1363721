import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePhotoPath } from '../../../test/fixtures/photographs.ts';
import { verifyStorage } from '../../storage/verify-storage.ts';
import { londonDate } from '../../working-days.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest, markImagesComplete, openPatientLinkAs } from '../../testing/intake.ts';
import { as, buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { uploadPhoto } from '../../testing/tus.ts';
import { diagnoses } from '../review/diagnoses.ts';
import { imageProcessingWorker } from './process-image-job.ts';
import { signOutcome } from '../../testing/review.ts';

/**
 * Issue 12, item 6: a wrong or poor photograph can be taken off a request before its review starts. It is kept,
 * row and files (docs/retention.md), audited once with the reason, and shown to no one again: not the referrer,
 * not the consultant, not the patient; nor does it hold a place under the request's photo limit.
 */
let t: TestApp;
let gp: SignedIn;
let gpAccount: { email: string; password: string };
let otherGp: SignedIn;
let consultant: SignedIn;
let serviceId: string;
const photos: Buffer[] = [];

beforeAll(async () => {
  // No job worker: each test processes its photographs itself, so nothing lands behind its back.
  t = await buildTestApp({ MAX_IMAGES_PER_REQUEST: '2' });
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
  gpAccount = await buildUser(t.db.pool, { organisationId: practice.id, roles: ['referrer'] });
  gp = await signInAs(t.app, gpAccount.email, gpAccount.password);
  otherGp = await signIn(otherPractice.id, 'referrer');
  consultant = await signIn(service.id, 'consultant');
  for (const name of ['Landscape_1.jpg', 'Landscape_2.jpg', 'Portrait_3.jpg']) {
    photos.push(await fs.readFile(fixturePhotoPath(name)));
  }
});
afterAll(() => t.close());

const processed = (imageId: string) =>
  imageProcessingWorker({ pool: t.db.pool, clock: t.clock, blobs: t.services.blobs, config: t.config }).handle(
    { imageId },
    t.services.jobs.boss,
  );

/** A photograph of the request's first lesion, taken in and processed; returns its id. */
async function photographed(request: { id: string; lesionIds: string[] }, bytes: Buffer, user = gp) {
  const { image } = await uploadPhoto(t.app, user, { requestId: request.id, lesionId: request.lesionIds[0]!, bytes });
  if (image?.statusCode !== 201) throw new Error(`photo refused: ${image?.statusCode} ${image?.body}`);
  const id = image.json().id as string;
  await processed(id);
  return id;
}

const remove = (imageId: string, reason: unknown, user = gp) =>
  caller(t.app, user)('POST', `/api/images/${imageId}/remove`, { reason });
const listed = async (requestId: string, user = gp) =>
  ((await caller(t.app, user)('GET', `/api/requests/${requestId}/images`)).json().images as { id: string }[]).map(
    (image) => image.id,
  );
const removals = async (imageId: string) =>
  (
    await t.db.pool.query(`SELECT detail FROM audit_events WHERE action = 'image.removed' AND record_id = $1`, [
      imageId,
    ])
  ).rows.map((row) => row.detail);
const submitted = async () => {
  const request = await draftRequest(t.app, gp, serviceId);
  const response = await caller(t.app, gp)('POST', `/api/requests/${request.id}/submit`);
  expect(response.json().state).toBe('awaiting_images');
  return request;
};

describe('removing a photograph before review', () => {
  it('takes it off a draft with the reason given: hidden from every list and view, kept with its files, audited once', async () => {
    const request = await draftRequest(t.app, gp, serviceId);
    const wrong = await photographed(request, photos[0]!);
    const kept = await photographed(request, photos[1]!);
    expect(await listed(request.id)).toEqual([wrong, kept]);
    const { rows: before } = await t.db.pool.query('SELECT original_key, derivatives FROM images WHERE id = $1', [
      wrong,
    ]);

    const removed = await remove(wrong, '  The wrong patient’s arm  ');
    expect(removed.statusCode).toBe(204);
    expect(await listed(request.id)).toEqual([kept]);
    for (const variant of ['thumbnail', 'viewing', 'eref']) {
      expect((await t.app.inject({ url: `/api/images/${wrong}/${variant}`, headers: as(gp) })).statusCode).toBe(404);
    }

    const { rows } = await t.db.pool.query(
      'SELECT removed_at, removed_by, removal_reason, original_key, derivatives FROM images WHERE id = $1',
      [wrong],
    );
    expect(rows[0]).toMatchObject({
      removed_at: t.clock.now(),
      removed_by: gp.userId,
      removal_reason: 'The wrong patient’s arm',
      original_key: before[0].original_key,
      derivatives: before[0].derivatives,
    });
    const stored = await Array.fromAsync(t.services.blobs.list(`images/${before[0].original_key.split('/')[1]}/`));
    expect(stored).toEqual(expect.arrayContaining([before[0].original_key, before[0].derivatives.thumbnail.key]));
    expect((await verifyStorage(t.db.pool, t.services.blobs)).ok).toBe(true);
    expect(await removals(wrong)).toEqual([
      {
        reason: 'The wrong patient’s arm',
        requestId: request.id,
        lesionId: request.lesionIds[0],
        view: 'close_up',
        state: 'draft',
      },
    ]);

    // Gone already: a second removal finds nothing, and writes nothing.
    expect((await remove(wrong, 'Again')).statusCode).toBe(404);
    expect(await removals(wrong)).toHaveLength(1);
  });

  it('while the request awaits images: the consultant never sees it, and a lesion left without a photo needs one', async () => {
    const request = await submitted();
    const poor = await photographed(request, photos[0]!);
    expect((await remove(poor, 'Out of focus')).statusCode).toBe(204);
    const early = await caller(t.app, gp)('POST', `/api/requests/${request.id}/images-complete`);
    expect(early.statusCode).toBe(400);
    expect(early.json().detail).toMatch(/at least one photograph of lesion 1/);

    const retaken = await photographed(request, photos[1]!);
    expect((await caller(t.app, gp)('POST', `/api/requests/${request.id}/images-complete`)).json().state).toBe(
      'ready_for_review',
    );
    expect(await listed(request.id, consultant)).toEqual([retaken]);
    const opened = await t.app.inject({ url: `/api/images/${poor}/viewing`, headers: as(consultant) });
    expect(opened.statusCode).toBe(404);
    const tile = await t.app.inject({ url: `/api/images/${poor}/tiles/0/0_0.jpg`, headers: as(consultant) });
    expect(tile.statusCode).toBe(404);
  });

  it('hides a photo the patient sent through their link from the patient too', async () => {
    const request = await draftRequest(t.app, gp, serviceId);
    const patient = await openPatientLinkAs(t, gp, request.id, '1970-05-17');
    const asPatient = { cookie: patient['cookie']!, csrfToken: patient['x-csrf-token']!, userId: '' };
    const { image } = await uploadPhoto(t.app, asPatient, {
      requestId: request.id,
      lesionId: request.lesionIds[0]!,
      bytes: photos[2]!,
      endpoint: '/api/patient/uploads',
      ingest: '/api/patient/images',
    });
    const sent = image!.json().id as string;
    await processed(sent);
    const theirs = async () => (await t.app.inject({ url: '/api/patient/request', headers: patient })).json();
    expect((await theirs()).photos.map((i: { id: string }) => i.id)).toEqual([sent]);

    expect((await remove(sent, 'Shows the wrong mole')).statusCode).toBe(204);
    expect((await theirs()).photos).toEqual([]);
    const thumbnail = await t.app.inject({ url: `/api/patient/images/${sent}/thumbnail`, headers: patient });
    expect(thumbnail.statusCode).toBe(404);
    expect(await listed(request.id)).toEqual([]);
  });

  it('frees its place under the photo limit, and the same photo can be added again (to the right lesion, say)', async () => {
    const request = await draftRequest(t.app, gp, serviceId);
    const first = await photographed(request, photos[0]!);
    await photographed(request, photos[1]!);
    const full = await uploadPhoto(t.app, gp, {
      requestId: request.id,
      lesionId: request.lesionIds[0]!,
      bytes: photos[2]!,
    });
    expect(full.created.statusCode).toBe(422);
    expect((await remove(first, 'Blurred')).statusCode).toBe(204);
    const again = await photographed(request, photos[0]!);
    expect(again).not.toBe(first);
    expect(await listed(request.id)).toHaveLength(2);
  });
  it('keeps the lesion a removed photo belongs to, and says why it cannot be removed', async () => {
    const request = await draftRequest(t.app, gp, serviceId);
    expect((await remove(await photographed(request, photos[0]!), 'Wrong lesion')).statusCode).toBe(204);
    const refused = await caller(t.app, gp)('DELETE', `/api/requests/${request.id}/lesions/${request.lesionIds[0]}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/were removed but are kept in the record/);
  });
});

describe('Advice & Guidance converted into a referral', () => {
  it('takes only the photographs still shown into the referral it makes', async () => {
    const request = await draftRequest(t.app, gp, serviceId, { kind: 'advice_and_guidance' });
    const { version } = (await caller(t.app, gp)('GET', `/api/requests/${request.id}`)).json();
    await caller(t.app, gp)('PATCH', `/api/requests/${request.id}`, { version, conversionAuthorised: true });
    const wrong = await photographed(request, photos[0]!);
    const kept = await photographed(request, photos[1]!);
    expect((await remove(wrong, 'Another patient')).statusCode).toBe(204);
    expect((await caller(t.app, gp)('POST', `/api/requests/${request.id}/submit`)).json().state).toBe(
      'ready_for_review',
    );

    const claimed = (await caller(t.app, consultant)('POST', `/api/requests/${request.id}/claim`)).json();
    const signed = await signOutcome(caller(t.app, consultant), request.id, {
      version: claimed.version,
      category: 'convert_to_referral',
      diagnosisCode: diagnoses.find((d) => !d.cancer)!.code,
      plan: 'Referred for assessment.',
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const { rows } = await t.db.pool.query('SELECT id FROM requests WHERE converted_from = $1', [request.id]);
    const copied = await t.db.pool.query('SELECT original_sha256, removed_at FROM images WHERE request_id = $1', [
      rows[0].id,
    ]);
    const shas = await t.db.pool.query('SELECT id, original_sha256 FROM images WHERE id = ANY($1)', [[wrong, kept]]);
    const shaOf = (id: string) => shas.rows.find((row) => row.id === id).original_sha256;
    expect(copied.rows).toEqual([{ original_sha256: shaOf(kept), removed_at: null }]);
  });
});

describe('refused', () => {
  it('once the request is ready for review (409), changing nothing and auditing nothing', async () => {
    const request = await submitted();
    const photo = await photographed(request, photos[0]!);
    await markImagesComplete(t.db.pool, request.id, t.clock.now());
    const refused = await remove(photo, 'Not needed');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/ready for review.*dermatologist may have seen it/);
    expect(await listed(request.id, consultant)).toEqual([photo]);
    expect(await removals(photo)).toEqual([]);
  });

  it.each([
    ['no reason', ''],
    ['only spaces', '   '],
    ['a reason of more than 500 characters', 'x'.repeat(501)],
    ['no text at all', undefined],
  ])('with %s (400 naming the reason)', async (_case, reason) => {
    const request = await draftRequest(t.app, gp, serviceId);
    const photo = await photographed(request, photos[0]!);
    const refused = await remove(photo, reason);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    expect(await listed(request.id)).toEqual([photo]);
  });

  it('to another practice (404, as for nothing at all) and to a consultant (403)', async () => {
    const request = await draftRequest(t.app, gp, serviceId);
    const photo = await photographed(request, photos[0]!);
    const outsider = await remove(photo, 'Mine now', otherGp);
    expect(outsider.statusCode).toBe(404);
    expect((await remove('00000000-0000-4000-8000-000000000000', 'Nothing')).json().detail).toBe(
      outsider.json().detail,
    );
    expect((await remove(photo, 'Not the referrer', consultant)).statusCode).toBe(403);
    expect(await listed(request.id)).toEqual([photo]);
    expect(await removals(photo)).toEqual([]);
  });
});

describe('at a community photography clinic', () => {
  it('the photographer removes what the clinic took, during the appointment; the practice may remove any photo', async () => {
    const service = serviceId;
    const clinic = await buildOrganisation(t.db.pool, { kind: 'community_clinic' });
    await linkOrganisations(t.db.pool, service, clinic.id, 'clinic_provider');
    const clerkAccount = await buildUser(t.db.pool, { organisationId: service, roles: ['booking_clerk'] });
    const photographerAccount = await buildUser(t.db.pool, { organisationId: clinic.id, roles: ['photographer'] });
    const clerk = caller(t.app, await signInAs(t.app, clerkAccount.email, clerkAccount.password));
    const site = await clerk('POST', '/api/clinic-sites', {
      clinicId: clinic.id,
      name: 'Northgate Health Centre',
      address: '1 North Gate, Northam',
      postcode: 'NV1 2AB',
    });
    const session = await clerk('POST', '/api/clinic-sessions', {
      siteId: site.json().id,
      date: londonDate(new Date(t.clock.now().getTime() + 86_400_000)),
      start: '09:00',
      end: '10:00',
      slotMinutes: 20,
      photographerIds: [photographerAccount.id],
    });
    expect(session.statusCode).toBe(201);
    const slot = (await clerk('GET', `/api/clinic-sessions/${session.json().id}`)).json().slots[0];
    const request = await draftRequest(t.app, gp, serviceId, { photography: 'clinic', sizeMm: 30 });
    expect((await caller(t.app, gp)('POST', `/api/requests/${request.id}/submit`)).json().state).toBe(
      'awaiting_images',
    );
    const booked = await clerk('POST', `/api/requests/${request.id}/appointments`, {
      slotId: slot.id,
      channel: 'email',
    });
    expect(booked.statusCode).toBe(201);

    // On the day, five minutes into the appointment: everyone signs in afresh.
    t.clock.set(new Date(new Date(slot.startsAt).getTime() + 5 * 60_000));
    const photographer = await signInAs(t.app, photographerAccount.email, photographerAccount.password);
    gp = await signInAs(t.app, gpAccount.email, gpAccount.password);
    const atClinic = caller(t.app, photographer);
    expect((await atClinic('POST', `/api/clinic-appointments/${booked.json().id}/arrived`)).statusCode).toBe(200);

    const taken = await photographed(request, photos[0]!, photographer);
    const fromPractice = await photographed(request, photos[1]!);
    const refused = await remove(fromPractice, 'Not ours to keep', photographer);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/Only the referring practice/);
    expect((await remove(taken, 'Blurred by movement', photographer)).statusCode).toBe(204);
    expect((await remove(fromPractice, 'Taken before the appointment')).statusCode).toBe(204);
    const retaken = await photographed(request, photos[0]!, photographer);
    expect(await listed(request.id, photographer)).toEqual([retaken]);

    // Once the clinic has finished with the patient, its own photograph is refused with the reason, not a 403.
    await t.db.pool.query(`UPDATE appointments SET status = 'attended' WHERE id = $1`, [booked.json().id]);
    const late = await remove(retaken, 'Second thoughts', photographer);
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/clinic has sent its photographs for review/);
  });
});
