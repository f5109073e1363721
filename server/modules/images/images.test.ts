import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest } from '../../testing/intake.ts';
import { as, buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { createUpload, sendChunk, uploadPhoto } from '../../testing/tus.ts';
import { verifyStorage } from '../../storage/verify-storage.ts';
import { testImages } from '../../testing/test-images.ts';
import { imageProcessingWorker } from './process-image-job.ts';
import { exifOrientationFixtures } from '../../../test/fixtures/photographs.ts';

const fixtures = exifOrientationFixtures;
let t: TestApp;
let gp: SignedIn;
let otherGp: SignedIn;
let consultant: SignedIn;
let serviceId: string;
let photo: Buffer;

beforeAll(async () => {
  t = await buildTestApp({ MAX_IMAGES_PER_REQUEST: '4' }, { workers: (deps) => [imageProcessingWorker(deps)] });
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
  gp = await signIn(practice.id, 'referrer');
  otherGp = await signIn(otherPractice.id, 'referrer');
  consultant = await signIn(service.id, 'consultant');
  photo = await fs.readFile(path.join(fixtures, 'Landscape_6.jpg'));
});
afterAll(() => t.close());

/** Waits for the job queue to finish processing an image (bounded; no fixed sleep). */
async function processed(requestId: string, imageId: string, user = gp) {
  return vi.waitFor(
    async () => {
      const list = await caller(t.app, user)('GET', `/api/requests/${requestId}/images`);
      const image = list.json().images.find((i: { id: string }) => i.id === imageId);
      expect(image?.state, 'image still processing').not.toBe('processing');
      return image;
    },
    { timeout: 20_000, interval: 50 },
  );
}

/** Rows, originals and partial uploads: derivatives of earlier tests' images may still be landing. */
async function storedCounts() {
  const rows = (await t.db.pool.query('SELECT count(*)::int AS n FROM images')).rows[0].n as number;
  const files = (await Array.fromAsync(t.services.blobs.list('images/'))).filter((key) =>
    key.endsWith('/original'),
  ).length;
  const partial = await fs.readdir(path.join(t.config.dataDir, 'uploads')).catch(() => []);
  return { rows, files, partial: partial.filter((f) => !f.endsWith('.json')).length };
}

describe('photograph upload', () => {
  it('takes a photo in resumable chunks, answers at once, then shows its thumbnail and derivatives', async () => {
    const { id, lesionIds } = await draftRequest(t.app, gp, serviceId);
    const { image } = await uploadPhoto(t.app, gp, { requestId: id, lesionId: lesionIds[0]!, bytes: photo, chunks: 3 });
    expect(image!.statusCode).toBe(201);
    expect(image!.json()).toMatchObject({
      state: 'processing',
      view: 'close_up',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const ready = await processed(id, image!.json().id);
    expect(ready.state).toBe('ready');
    expect(ready.width).toBeGreaterThan(ready.height);

    const thumbnail = await t.app.inject({ url: ready.urls.thumbnail, headers: as(gp) });
    expect(thumbnail.statusCode).toBe(200);
    expect(thumbnail.headers['content-type']).toMatch(/^image\/(jpeg|webp)$/);
    expect(thumbnail.headers['x-content-type-options']).toBe('nosniff');
    // Patient data: never kept by the browser's disk cache or a proxy (SECURITY.md).
    expect(thumbnail.headers['cache-control']).toBe('no-store');
    expect(thumbnail.headers['content-disposition']).toMatch(
      /^inline; filename="TD-[0-9A-Z]{6}-close_up-thumbnail-[0-9a-f]{8}\.(jpg|webp)"$/,
    );

    const viewing = await t.app.inject({ url: ready.urls.viewing, headers: as(consultant) });
    expect(viewing.statusCode).toBe(404); // a draft is the practice's alone
    const ranged = await t.app.inject({ url: ready.urls.viewing, headers: { ...as(gp), range: 'bytes=0-99' } });
    expect(ranged.statusCode).toBe(206);
    expect(ranged.rawPayload.length).toBe(100);
    expect(ranged.headers['content-range']).toMatch(/^bytes 0-99\/\d+$/);
    const download = await t.app.inject({ url: `${ready.urls.eref}?download=1`, headers: as(gp) });
    expect(download.headers['content-disposition']).toMatch(/^attachment; /);
    expect(download.rawPayload.length).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it('moves a submitted request with a photograph for every lesion straight to ready for review', async () => {
    const { id, lesionIds } = await draftRequest(t.app, gp, serviceId, { lesions: 2 });
    const other = await fs.readFile(path.join(fixtures, 'Portrait_3.jpg'));
    await uploadPhoto(t.app, gp, { requestId: id, lesionId: lesionIds[0]!, bytes: photo });
    await uploadPhoto(t.app, gp, { requestId: id, lesionId: lesionIds[1]!, bytes: other, view: 'regional' });
    const submitted = await caller(t.app, gp)('POST', `/api/requests/${id}/submit`);
    expect(submitted.json()).toMatchObject({ state: 'ready_for_review', dueAt: expect.any(String) });
  });

  it('lets the referrer say the photographs are complete once every lesion has one', async () => {
    const { id, lesionIds } = await draftRequest(t.app, gp, serviceId, { lesions: 1 });
    expect((await caller(t.app, gp)('POST', `/api/requests/${id}/submit`)).json().state).toBe('awaiting_images');
    const early = await caller(t.app, gp)('POST', `/api/requests/${id}/images-complete`);
    expect(early.statusCode).toBe(400);
    expect(early.json().detail).toMatch(/at least one photograph of lesion 1/);
    await uploadPhoto(t.app, gp, { requestId: id, lesionId: lesionIds[0]!, bytes: photo });
    const done = await caller(t.app, gp)('POST', `/api/requests/${id}/images-complete`);
    expect(done.json().state).toBe('ready_for_review');
  });
});

describe('very large photographs', () => {
  it('are cut into Deep Zoom tiles that only those who may see the request can fetch', async () => {
    const { id, lesionIds } = await draftRequest(t.app, gp, serviceId);
    const large = await testImages.resize(photo, 4000, 3000);
    const { image } = await uploadPhoto(t.app, gp, { requestId: id, lesionId: lesionIds[0]!, bytes: large });
    const ready = await processed(id, image!.json().id);
    expect(ready.deepZoom).toMatchObject({ width: 4000, height: 3000, tileSize: 510, overlap: 1 });
    const topLevel = Math.ceil(Math.log2(4000)); // the level at full resolution
    const tile = await t.app.inject({ url: `${ready.deepZoom.tilesUrl}${topLevel}/0_0.jpg`, headers: as(gp) });
    expect(tile.statusCode).toBe(200);
    expect(tile.headers['content-type']).toBe('image/jpeg');
    expect(tile.headers['cache-control']).toBe('no-store');
    expect(tile.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(
      (await t.app.inject({ url: `${ready.deepZoom.tilesUrl}${topLevel}/0_0.jpg`, headers: as(otherGp) })).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ url: `${ready.deepZoom.tilesUrl}${topLevel}/99_99.jpg`, headers: as(gp) })).statusCode,
    ).toBe(404);
    const small = (await caller(t.app, gp)('GET', `/api/requests/${id}/images`)).json().images;
    expect(small).toHaveLength(1);
  });
});

describe('what is refused, with nothing stored', () => {
  const refusedCases: [string, () => Buffer, number, RegExp][] = [
    ['a PDF named .jpg', () => Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'), 415, /JPEG, PNG, WebP/],
    ['HTML', () => Buffer.from('<!doctype html><script>alert(1)</script>'), 415, /JPEG, PNG, WebP/],
    [
      'SVG',
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      415,
      /JPEG, PNG, WebP/,
    ],
    ['a truncated JPEG', () => photo.subarray(0, Math.floor(photo.length / 2)), 422, /damaged or incomplete/],
  ];

  it.each(refusedCases)('%s', async (_name, bytes, status, message) => {
    const { id, lesionIds } = await draftRequest(t.app, gp, serviceId);
    const before = await storedCounts();
    const { image } = await uploadPhoto(t.app, gp, {
      requestId: id,
      lesionId: lesionIds[0]!,
      bytes: bytes(),
      filename: 'photo.jpg',
    });
    expect(image!.statusCode).toBe(status);
    expect(image!.json().detail).toMatch(message);
    expect(await storedCounts()).toEqual(before);
  });

  it('a file over the size limit, before its body is read', async () => {
    const { id, lesionIds } = await draftRequest(t.app, gp, serviceId);
    const { response } = await createUpload(
      t.app,
      gp,
      { requestId: id, lesionId: lesionIds[0]!, view: 'regional' },
      26 * 1024 * 1024,
    );
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      status: 413,
      code: 'payload_too_large',
      detail: expect.stringMatching(/larger than 25 MB/),
    });
  });

  it.each([
    [
      'invalid upload-metadata',
      { 'upload-metadata': 'requestId ###', 'upload-length': '10' },
      /Invalid upload-metadata/,
    ],
    ['metadata that names no request', { 'upload-metadata': 'nothing', 'upload-length': '10' }, /Say which request/],
    ['no Tus-Resumable header', { 'tus-resumable': undefined, 'upload-length': '10' }, /Tus-Resumable Required/],
  ])('%s, as problem details like every other refusal', async (_name, headers, detail) => {
    const base = { ...as(gp), 'tus-resumable': '1.0.0' };
    const merged = Object.fromEntries(
      Object.entries({ ...base, ...headers }).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    const response = await t.app.inject({ method: 'POST', url: '/api/uploads', headers: merged });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: response.statusCode, detail: expect.stringMatching(detail) });
  });

  it('the same photograph twice on one request', async () => {
    const { id, lesionIds } = await draftRequest(t.app, gp, serviceId);
    expect(
      (await uploadPhoto(t.app, gp, { requestId: id, lesionId: lesionIds[0]!, bytes: photo })).image!.statusCode,
    ).toBe(201);
    const again = await uploadPhoto(t.app, gp, {
      requestId: id,
      lesionId: lesionIds[0]!,
      bytes: photo,
      view: 'regional',
    });
    expect(again.image!.statusCode).toBe(409);
    expect(again.image!.json().detail).toMatch(/already attached/);
  });

  it('more photographs than a request may hold, with a clear message', async () => {
    const { id, lesionIds } = await draftRequest(t.app, gp, serviceId);
    const names = ['Landscape_1', 'Landscape_2', 'Landscape_3', 'Landscape_4'];
    for (const name of names) {
      const bytes = await fs.readFile(path.join(fixtures, `${name}.jpg`));
      expect((await uploadPhoto(t.app, gp, { requestId: id, lesionId: lesionIds[0]!, bytes })).image!.statusCode).toBe(
        201,
      );
    }
    const { created } = await uploadPhoto(t.app, gp, {
      requestId: id,
      lesionId: lesionIds[0]!,
      bytes: await fs.readFile(path.join(fixtures, 'Landscape_5.jpg')),
    });
    expect(created.statusCode).toBe(422);
    expect(created.json().detail).toMatch(/already has 4 photographs/);
  });

  it('a hostile file name is kept only as text and never names anything served', async () => {
    const { id, lesionIds } = await draftRequest(t.app, gp, serviceId);
    const hostile = `../../etc/\u202Egpj.exe<script>alert(1)</script>${'x'.repeat(300)}`;
    const { image } = await uploadPhoto(t.app, gp, {
      requestId: id,
      lesionId: lesionIds[0]!,
      bytes: photo,
      filename: hostile,
    });
    const body = image!.json();
    expect(body.filename).not.toMatch(/[\u202E/]|\.\./);
    expect(body.filename.length).toBeLessThanOrEqual(120);
    const ready = await processed(id, body.id);
    const served = await t.app.inject({ url: ready.urls.viewing, headers: as(gp) });
    expect(served.headers['content-disposition']).not.toContain('script');
  });
});

describe('who may upload and see photographs', () => {
  it('another practice can neither add to a request, nor touch an upload, nor see an image', async () => {
    const { id, lesionIds } = await draftRequest(t.app, gp, serviceId);
    const intrusion = await createUpload(
      t.app,
      otherGp,
      { requestId: id, lesionId: lesionIds[0]!, view: 'regional' },
      100,
    );
    expect(intrusion.response.statusCode).toBe(404);
    const { uploadId } = await createUpload(
      t.app,
      gp,
      { requestId: id, lesionId: lesionIds[0]!, view: 'regional' },
      photo.length,
    );
    expect((await sendChunk(t.app, otherGp, uploadId!, 0, photo)).statusCode).toBe(404);
    const claimed = await t.app.inject({
      method: 'POST',
      url: '/api/images',
      headers: as(otherGp),
      payload: { uploadId },
    });
    expect(claimed.statusCode).toBe(404);
    await sendChunk(t.app, gp, uploadId!, 0, photo);
    const mine = await t.app.inject({ method: 'POST', url: '/api/images', headers: as(gp), payload: { uploadId } });
    const ready = await processed(id, mine.json().id);
    expect((await t.app.inject({ url: ready.urls.thumbnail, headers: as(otherGp) })).statusCode).toBe(404);
    expect((await caller(t.app, otherGp)('GET', `/api/requests/${id}/images`)).statusCode).toBe(404);
  });

  it('asking for the same upload twice returns the one image (safe to retry)', async () => {
    const { id, lesionIds } = await draftRequest(t.app, gp, serviceId);
    const { uploadId, image } = await uploadPhoto(t.app, gp, {
      requestId: id,
      lesionId: lesionIds[0]!,
      bytes: await fs.readFile(path.join(fixtures, 'Portrait_7.jpg')),
    });
    const again = await t.app.inject({ method: 'POST', url: '/api/images', headers: as(gp), payload: { uploadId } });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(image!.json().id);
  });

  it('leaves storage consistent: every file has its row and every row its files', async () => {
    const rows = await t.db.pool.query<{ id: string; request_id: string }>(
      "SELECT id, request_id FROM images WHERE state = 'processing'",
    );
    for (const row of rows.rows) await processed(row.request_id, row.id);
    const report = await verifyStorage(t.db.pool, t.services.blobs);
    expect(report).toMatchObject({ ok: true, orphanBlobs: [], missingBlobs: [] });
    expect(report.rows).toBeGreaterThan(5);
  });
});
