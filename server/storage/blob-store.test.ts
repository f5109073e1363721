import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobNotFoundError, type BlobStore } from './blob-store.ts';
import { isTemporaryBlob, localBlobStore } from './local-blob-store.ts';
import { s3BlobStore } from './s3-blob-store.ts';

const text = async (stream: Readable) =>
  Buffer.concat(await Array.fromAsync(stream as AsyncIterable<Buffer>)).toString();

let tmp: string;
let s3server: S3rver;
const stores: Record<string, BlobStore> = {};

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'telederm-blobs-'));
  stores['local files'] = localBlobStore(path.join(tmp, 'files'));
  // An S3-compatible server on loopback, started by the test itself.
  s3server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(tmp, 's3'),
    configureBuckets: [{ name: 'telederm-test', configs: [] }],
  });
  const { port } = await s3server.run();
  stores['S3'] = s3BlobStore({
    bucket: 'telederm-test',
    prefix: 'photos/',
    endpoint: `http://127.0.0.1:${port}`,
    region: 'eu-west-2',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  });
});
afterAll(async () => {
  await s3server?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe.each(['local files', 'S3'])('blob store on %s', (name) => {
  const store = () => stores[name]!;

  it('stores, reads back, ranges, lists and deletes', async () => {
    await store().put('images/a1/original', Buffer.from('0123456789'), { contentType: 'image/jpeg' });
    await store().put('images/a1/thumbnail', Readable.from([Buffer.from('thumb')]), { contentType: 'image/jpeg' });
    expect(await text(await store().get('images/a1/original'))).toBe('0123456789');
    expect(await text(await store().get('images/a1/original', { start: 2, end: 5 }))).toBe('2345');
    expect(await store().stat('images/a1/original')).toEqual({ bytes: 10 });
    expect((await Array.fromAsync(store().list('images/a1/'))).sort()).toEqual([
      'images/a1/original',
      'images/a1/thumbnail',
    ]);
    await store().delete('images/a1/original');
    expect(await store().stat('images/a1/original')).toBeNull();
    await expect(store().get('images/a1/original')).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it('refuses keys that could escape the store', async () => {
    for (const key of ['../etc/passwd', '/abs', 'images/../../x', 'Images/Upper', 'a\u0000b', 'images/']) {
      await expect(store().put(key, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toThrow(
        /unsafe storage key/,
      );
    }
  });
});

describe('local blob store', () => {
  it('sweeps the temporary files of writers that died, and leaves live ones', async () => {
    const store = stores['local files']!;
    const dir = path.join(tmp, 'files', 'images', 'c3');
    await fs.mkdir(dir, { recursive: true });
    const dead = path.join(dir, 'viewing.jpg.2147483646-abcdef.partial');
    const live = path.join(dir, `viewing.jpg.${process.pid}-abcdef.partial`);
    await fs.writeFile(dead, 'half a photo');
    await fs.writeFile(live, 'a photo being written');
    expect(await store.sweepAbandoned()).toBe(1);
    await expect(fs.access(dead)).rejects.toThrow();
    await expect(fs.access(live)).resolves.toBeUndefined();
    await fs.rm(live);
  });

  it('never shows a partial file: a failed write leaves nothing under the key', async () => {
    const store = stores['local files']!;
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1024, 1));
        this.destroy(new Error('connection lost'));
      },
    });
    await expect(store.put('images/b2/original', failing, { contentType: 'image/jpeg' })).rejects.toThrow(
      'connection lost',
    );
    expect(await store.stat('images/b2/original')).toBeNull();
    const left = await Array.fromAsync(store.list('images/b2/'));
    expect(left.filter((key) => !isTemporaryBlob(key))).toEqual([]);
    expect(left).toEqual([]);
  });
});
