import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { assertSafeKey, BlobNotFoundError, type BlobStore } from './blob-store.ts';

export type S3Options = {
  bucket: string;
  prefix: string;
  endpoint?: string | undefined;
  region: string;
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  forcePathStyle: boolean;
};

/**
 * Blobs in an S3-compatible bucket. A PUT is atomic in S3: an object appears
 * whole or not at all. Bodies are at most 25 MB (the upload limit), so they
 * are buffered and sent in one request with their length.
 */
export function s3BlobStore(options: S3Options): BlobStore {
  const client = new S3Client({
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.accessKeyId && options.secretAccessKey
      ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
      : {}),
  });
  const keyOf = (key: string) => {
    assertSafeKey(key);
    return `${options.prefix}${key}`;
  };
  return {
    describe: `S3 bucket ${options.bucket}${options.endpoint ? ` at ${options.endpoint}` : ''}`,
    async put(key, body, { contentType }) {
      const buffer = Buffer.isBuffer(body) ? body : Buffer.concat(await Array.fromAsync(body as AsyncIterable<Buffer>));
      await client.send(
        new PutObjectCommand({ Bucket: options.bucket, Key: keyOf(key), Body: buffer, ContentType: contentType }),
      );
      return { bytes: buffer.length };
    },
    async get(key, range) {
      try {
        const result = await client.send(
          new GetObjectCommand({
            Bucket: options.bucket,
            Key: keyOf(key),
            ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
          }),
        );
        return result.Body as Readable;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey')
          throw new BlobNotFoundError(key);
        throw error;
      }
    },
    async stat(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: options.bucket, Key: keyOf(key) }));
        return { bytes: head.ContentLength ?? 0 };
      } catch (error) {
        if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound') return null;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: keyOf(key) }));
    },
    sweepAbandoned() {
      return Promise.resolve(0);
    },
    async *list(prefix) {
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: options.bucket,
            Prefix: `${options.prefix}${prefix}`,
            ContinuationToken: token,
          }),
        );
        for (const item of page.Contents ?? []) if (item.Key) yield item.Key.slice(options.prefix.length);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
  };
}
