import type { PgBoss } from 'pg-boss';
import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import type { Config } from '../../config.ts';
import { withTransaction, type Tx } from '../../db/database.ts';
import type { Worker } from '../../jobs/queue.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { deepZoomFromPixels, makeDeepZoom, processImage } from './image-processing.ts';
import { findImage, markFailed, markProcessed, type Derivatives } from './images.repository.ts';

const queue = 'image-processing';

const jobOptions = { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 };

/** Queued in the transaction that records the upload, so an image is never left without its job. */
export async function enqueueImageProcessing(tx: Tx, boss: PgBoss, imageId: string) {
  await boss.send(
    queue,
    { imageId },
    { ...jobOptions, db: { executeSql: (text: string, values?: unknown[]) => tx.query(text, values as unknown[]) } },
  );
}

/**
 * Builds an image's derivatives and quality check. Idempotent: an image
 * already processed is left alone, and derivative keys are fixed, so a job
 * retried after a crash overwrites what the first attempt half-wrote.
 */
export function imageProcessingWorker(deps: {
  pool: pg.Pool;
  clock: Clock;
  blobs: BlobStore;
  config: Pick<Config, 'uploads'>;
}): Worker {
  return {
    queue,
    pollingIntervalSeconds: 0.5,
    concurrency: 2,
    /**
     * A process killed while processing leaves its job active until it expires
     * (minutes). Queue the images still processing again at start: the job is
     * idempotent, so one that another worker is finishing is merely skipped.
     */
    async onStart(boss) {
      const { rows } = await deps.pool.query<{ id: string }>("SELECT id FROM images WHERE state = 'processing'");
      for (const row of rows) await boss.send(queue, { imageId: row.id }, jobOptions);
    },
    async handle(data) {
      const { imageId } = data as { imageId: string };
      // A photo removed while it was processing is still finished: it is kept for the record, though shown to no one.
      const image = await findImage(deps.pool, imageId, { includeRemoved: true });
      if (!image || image.state !== 'processing') return;
      const original = Buffer.concat(
        await Array.fromAsync((await deps.blobs.get(image.originalKey)) as AsyncIterable<Buffer>),
      );
      const result = await processImage(original, { maxPixels: deps.config.uploads.maxPixels });
      const at = deps.clock.now();
      if (!result.ok) {
        await markFailed(deps.pool, image.id, result.message, at);
        return;
      }
      const base = image.originalKey.replace(/\/original$/, '');
      const derivatives: Derivatives = {};
      for (const name of ['viewing', 'eref', 'thumbnail'] as const) {
        const made = result.derivatives[name];
        const key = `${base}/${name}.jpg`;
        await deps.blobs.put(key, made.buffer, { contentType: made.contentType });
        derivatives[name] = {
          key,
          bytes: made.bytes,
          width: made.width,
          height: made.height,
          contentType: made.contentType,
        };
      }
      if (Math.max(result.width, result.height) >= deepZoomFromPixels) {
        // Very large photographs are also cut into tiles, so zooming in fetches only what is on screen.
        const pyramid = await makeDeepZoom(result.derivatives.viewing.buffer);
        for (const tile of pyramid.tiles) {
          await deps.blobs.put(`${base}/tiles/${tile.path}`, tile.buffer, { contentType: 'image/jpeg' });
        }
        derivatives.deepZoom = {
          prefix: `${base}/tiles/`,
          width: pyramid.width,
          height: pyramid.height,
          tileSize: pyramid.tileSize,
          overlap: pyramid.overlap,
          tiles: pyramid.tiles.length,
        };
      }
      await withTransaction(deps.pool, async (tx) => {
        await markProcessed(tx, image.id, {
          width: result.width,
          height: result.height,
          perceptualHash: result.perceptualHash ?? null,
          quality: result.quality,
          derivatives,
          at,
        });
        const { rows } = await tx.query<{ patient_id: string }>('SELECT patient_id FROM requests WHERE id = $1', [
          image.requestId,
        ]);
        await appendAuditEvent(
          tx,
          { userId: null, organisationId: null, label: 'system: image processing', clientAddress: '' },
          at,
          {
            action: 'image.processed',
            recordType: 'image',
            recordId: image.id,
            patientId: rows[0]!.patient_id,
            detail: { warnings: result.quality.warnings.map((w) => w.code) },
          },
        );
      });
    },
  };
}
