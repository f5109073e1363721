import type { Config } from '../config.ts';
import type { BlobStore } from './blob-store.ts';
import { localBlobStore } from './local-blob-store.ts';
import { s3BlobStore } from './s3-blob-store.ts';

export function openBlobStore(storage: Config['storage']): BlobStore {
  return storage.kind === 'file' ? localBlobStore(storage.root) : s3BlobStore(storage);
}
