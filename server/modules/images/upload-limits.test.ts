import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePhotoPath } from '../../../test/fixtures/photographs.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { draftRequest } from '../../testing/intake.ts';
import { as, buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { createUpload, sendChunk } from '../../testing/tus.ts';

/**
 * Issue 11, finding 3: the photo limits hold when uploads are created together and ingested together. The check at
 * creation only spares the sender a wasted upload; the one that holds is made where the image row is committed.
 */
let t: TestApp;
let serviceId: string;
let practiceId: string;
const photos: Buffer[] = [];

beforeAll(async () => {
  t = await buildTestApp({ MAX_IMAGES_PER_REQUEST: '3', MAX_UPLOADS_PER_USER_PER_DAY: '5' });
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  serviceId = service.id;
  practiceId = practice.id;
  for (const name of ['Landscape', 'Portrait'].flatMap((shape) => [1, 2, 3, 4].map((n) => `${shape}_${n}.jpg`))) {
    photos.push(await fs.readFile(fixturePhotoPath(name)));
  }
});
afterAll(() => t.close());

const newReferrer = async () => {
  const user = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
  return signInAs(t.app, user.email, user.password);
};

type Photo = { requestId: string; lesionId: string; bytes: Buffer };

/** Creates and sends every upload first (each passes the early check), then asks for them all to be ingested at once. */
async function createThenIngestTogether(user: SignedIn, files: Photo[]) {
  const uploadIds: string[] = [];
  for (const { requestId, lesionId, bytes } of files) {
    const metadata = { requestId, lesionId, view: 'close_up', filename: 'photo.jpg' };
    const { response, uploadId } = await createUpload(t.app, user, metadata, bytes.length);
    expect(response.statusCode, response.body).toBe(201);
    expect((await sendChunk(t.app, user, uploadId!, 0, bytes)).statusCode).toBe(204);
    uploadIds.push(uploadId!);
  }
  return Promise.all(
    uploadIds.map((uploadId) =>
      t.app.inject({ method: 'POST', url: '/api/images', headers: as(user), payload: { uploadId } }),
    ),
  );
}

const imagesOf = async (requestId: string) =>
  (await t.db.pool.query('SELECT count(*)::int AS n FROM images WHERE request_id = $1', [requestId])).rows[0].n;

describe('photo limits under concurrency', () => {
  it('a request never holds more than its limit, however many uploads were started before any finished', async () => {
    const gp = await newReferrer();
    const { id, lesionIds } = await draftRequest(t.app, gp, serviceId);
    const answers = await createThenIngestTogether(
      gp,
      photos.slice(0, 5).map((bytes) => ({ requestId: id, lesionId: lesionIds[0]!, bytes })),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([201, 201, 201, 422, 422]);
    const refused = answers.filter((answer) => answer.statusCode === 422);
    for (const answer of refused) expect(answer.json().detail).toMatch(/already has 3 photographs/);
    expect(await imagesOf(id)).toBe(3);
    // Nothing of a refused photo is kept: no original in storage without its row.
    const keys = (await Array.fromAsync(t.services.blobs.list('images/'))).filter((key) => key.endsWith('/original'));
    const rows = (await t.db.pool.query('SELECT original_key FROM images')).rows.map((row) => row.original_key);
    expect(keys.sort()).toEqual(rows.sort());
  });

  it("a referrer's daily quota holds the same way, across requests", async () => {
    const gp = await newReferrer();
    const first = await draftRequest(t.app, gp, serviceId);
    const second = await draftRequest(t.app, gp, serviceId);
    const together = await createThenIngestTogether(gp, [
      ...photos.slice(0, 3).map((bytes) => ({ requestId: first.id, lesionId: first.lesionIds[0]!, bytes })),
      ...photos.slice(3, 6).map((bytes) => ({ requestId: second.id, lesionId: second.lesionIds[0]!, bytes })),
    ]);
    // Six photos, each request within its limit of three, but five a day: one is over the quota.
    expect(together.filter((answer) => answer.statusCode === 201)).toHaveLength(5);
    const over = together.filter((answer) => answer.statusCode === 429);
    expect(over).toHaveLength(1);
    expect(over[0]!.json().detail).toMatch(/daily limit/);
  });
});
