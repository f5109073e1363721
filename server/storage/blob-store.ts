import type { Readable } from 'node:stream';

/**
 * Where photographs (and later letters) are kept: the local filesystem in the
 * embedded default, S3-compatible object storage in production. Keys are made
 * by the server ("images/<uuid>/original"), never from a user's file name.
 */
export type BlobStore = {
  readonly describe: string;
  /** Stores the whole body under the key; no reader ever sees a partial object. */
  put(key: string, body: Buffer | Readable, options: { contentType: string }): Promise<{ bytes: number }>;
  /** Reads an object, or a byte range of it (inclusive end, as in HTTP). */
  get(key: string, range?: { start: number; end: number }): Promise<Readable>;
  stat(key: string): Promise<{ bytes: number } | null>;
  delete(key: string): Promise<void>;
  /** Every key under a prefix, for the orphan check. */
  list(prefix: string): AsyncIterable<string>;
  /**
   * Removes what writers that died mid-write left behind (temporary files of
   * processes no longer running); returns how many. A store whose writes are
   * atomic by nature (S3) has nothing to sweep.
   */
  sweepAbandoned(): Promise<number>;
};

export class BlobNotFoundError extends Error {
  override name = 'BlobNotFoundError';
}

/** Keys are server-made; this refuses anything else before it reaches a path or a bucket. */
export function assertSafeKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9/_.-]{0,300}$/.test(key) || key.includes('..') || key.endsWith('/')) {
    throw new Error(`unsafe storage key: ${JSON.stringify(key)}`);
  }
}
