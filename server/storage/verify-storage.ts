import type { Queryable } from '../db/database.ts';
import { listImageKeys } from '../modules/images/images.repository.ts';
import type { BlobStore } from './blob-store.ts';

export type StorageReport = {
  rows: number;
  blobs: number;
  /** Stored files no row accounts for (a crash between storing and recording). */
  orphanBlobs: string[];
  /** Rows that point at a file that is not there. */
  missingBlobs: { imageId: string; key: string }[];
  ok: boolean;
};

/**
 * Compares the files in the store with the rows that name them, both ways.
 * With `repair`, orphan files are deleted (rows without files are only
 * reported: they need a person to decide).
 */
export async function verifyStorage(
  db: Queryable,
  blobs: BlobStore,
  options: { repair?: boolean } = {},
): Promise<StorageReport> {
  const images = await listImageKeys(db);
  const expected = new Set(images.flatMap((image) => image.keys));
  const knownUploads = new Set(images.map((image) => image.uploadId));
  const present = new Set<string>();
  const orphanBlobs: string[] = [];
  for await (const key of blobs.list('images/')) {
    present.add(key);
    const uploadId = key.split('/')[1] ?? '';
    // A derivative being written for a row that exists is not an orphan, even before the row lists it.
    const owned = expected.has(key) || (knownUploads.has(uploadId) && !key.endsWith('.partial'));
    if (!owned) orphanBlobs.push(key);
  }
  const missingBlobs = images.flatMap((image) =>
    image.keys.filter((key) => !present.has(key)).map((key) => ({ imageId: image.id, key })),
  );
  if (options.repair) for (const key of orphanBlobs) await blobs.delete(key);
  return {
    rows: images.length,
    blobs: present.size,
    orphanBlobs,
    missingBlobs,
    ok: orphanBlobs.length === 0 && missingBlobs.length === 0,
  };
}
