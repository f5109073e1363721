import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { openBlobStore } from '../storage/open-blob-store.ts';
import { verifyStorage } from '../storage/verify-storage.ts';
import { completeHistory, patientDetails } from '../testing/intake.ts';
import { serviceProcess, type ServiceProcess } from './service-process.ts';
import { exifOrientationFixtures } from '../../test/fixtures/photographs.ts';

/**
 * SECURITY.md, faults: the process is killed (SIGKILL) at random points of
 * uploads and of their processing; afterwards no file lacks its row, no row
 * lacks its file, and every resumed upload arrives with the SHA-256 it was
 * sent with. FAULT_KILLS sets how many kills (50 for the full run recorded
 * in docs/benchmarks.md; fewer in the everyday suite).
 */
const kills = Number(process.env['FAULT_KILLS'] ?? 8);
const fixtures = exifOrientationFixtures;
const chunkSize = 48 * 1024;

let service: ServiceProcess;
let session: { cookie: string; csrf: string };
let requestId: string;
let lesionId: string;
const sent = new Map<string, string>(); // uploadId -> sha256 of the bytes sent

async function api(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(`${service.origin}${url}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const random = (n: number) => Math.floor(Math.random() * n);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads ad-hoc JSON bodies
const json = async (response: Response | Promise<Response>): Promise<any> => (await response).json();

async function crashAndRestart() {
  await service.kill();
  await service.start();
}

/** Sends the rest of an upload from wherever the server says it stopped. */
async function resume(uploadId: string, bytes: Buffer, killAtChunk: number | null) {
  const head = await api('HEAD', `/api/uploads/${uploadId}`, undefined, { 'tus-resumable': '1.0.0' });
  expect(head.status).toBe(200);
  let offset = Number(head.headers.get('upload-offset'));
  let chunk = 0;
  while (offset < bytes.length) {
    const piece = bytes.subarray(offset, offset + chunkSize);
    const patch = fetch(`${service.origin}/api/uploads/${uploadId}`, {
      method: 'PATCH',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        'tus-resumable': '1.0.0',
        'upload-offset': String(offset),
        'content-type': 'application/offset+octet-stream',
      },
      body: piece,
    });
    if (chunk === killAtChunk) {
      // Killed with a chunk on the wire: the client sees the connection drop and resumes.
      await Promise.all([patch.catch(() => null), crashAndRestart()]);
      return resume(uploadId, bytes, null);
    }
    const response = await patch;
    expect(response.status).toBe(204);
    offset = Number(response.headers.get('upload-offset'));
    chunk += 1;
  }
}

beforeAll(async () => {
  service = await serviceProcess({ MAX_IMAGES_PER_REQUEST: '200', LOG_LEVEL: 'info' });
  await service.start();
  const signIn = await fetch(`${service.origin}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'gp@riverside.example', password: 'skin-check-demo-2026' }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  session = { cookie, csrf: (await json(signIn)).csrfToken };
  const services = (await json(api('GET', '/api/organisations'))).organisations.filter(
    (o: { kind: string }) => o.kind === 'dermatology_service',
  );
  const patient = await json(api('POST', '/api/patients', patientDetails()));
  const created = await json(
    api('POST', '/api/requests', { patientId: patient.id, kind: 'referral', serviceId: services[0].id }),
  );
  requestId = created.id;
  await api('PATCH', `/api/requests/${requestId}`, {
    version: 1,
    clinicalQuestion: 'Fault test',
    history: completeHistory,
  });
  lesionId = (
    await json(
      api('POST', `/api/requests/${requestId}/lesions`, { bodySite: 'chest', laterality: 'midline', description: 'x' }),
    )
  ).id;
}, 120_000);

afterAll(async () => {
  await service?.cleanUp();
});

describe('killed during uploads and processing', () => {
  it(`recovers from ${kills} kills: every upload arrives whole, and storage and rows agree`, async () => {
    const files = (await fs.readdir(fixtures)).filter((f) => f.endsWith('.jpg')).sort();
    for (let i = 0; i < kills; i += 1) {
      const bytes = await fs.readFile(path.join(fixtures, files[i % files.length]!));
      // The same fixture twice on one request would be a duplicate: make each upload distinct.
      const distinct = Buffer.concat([bytes, Buffer.from(`\n${i}`)]);
      const created = await api('POST', '/api/uploads', undefined, {
        'tus-resumable': '1.0.0',
        'upload-length': String(distinct.length),
        'upload-metadata': `requestId ${Buffer.from(requestId).toString('base64')},lesionId ${Buffer.from(lesionId).toString('base64')},view ${Buffer.from('close_up').toString('base64')}`,
      });
      expect(created.status).toBe(201);
      const uploadId = created.headers.get('location')!.split('/').pop()!;
      sent.set(uploadId, createHash('sha256').update(distinct).digest('hex'));

      const where = i % 3; // 0: while sending, 1: while ingesting, 2: while processing
      await resume(uploadId, distinct, where === 0 ? random(Math.ceil(distinct.length / chunkSize)) : null);
      if (where === 1) {
        const ingest = api('POST', '/api/images', { uploadId });
        await Promise.all([ingest.catch(() => null), crashAndRestart()]);
      }
      const image = await api('POST', '/api/images', { uploadId });
      expect(image.status).toBe(201);
      if (where === 2) await crashAndRestart();
    }

    // Everything settles: the restarted worker finishes the images the killed one left.
    let images: { state: string; sha256: string }[] = [];
    await expect
      .poll(
        async () => {
          images = (await json(api('GET', `/api/requests/${requestId}/images`))).images;
          return images.map((image) => image.state);
        },
        { timeout: 180_000, interval: 250 },
      )
      .toEqual(Array(kills).fill('ready'));
    expect(new Set(images.map((image) => image.sha256))).toEqual(new Set(sent.values()));

    await service.stop();
    const config = loadConfig({ DATA_DIR: service.dataDir, DATABASE_URL: service.databaseUrl ?? '' });
    const db = await openDatabase({
      databaseUrl: config.databaseUrl,
      pgliteDir: path.join(config.dataDir, 'pglite'),
      poolMax: 2,
    });
    try {
      const report = await verifyStorage(db.pool, openBlobStore(config.storage));
      expect(report).toMatchObject({ ok: true, orphanBlobs: [], missingBlobs: [], rows: kills });
    } finally {
      await db.close();
    }
    const leftovers = (await fs.readdir(path.join(service.dataDir, 'uploads')).catch(() => [])).filter(
      (f) => !f.endsWith('.json'),
    );
    expect(leftovers).toEqual([]);
  }, 600_000);
});
