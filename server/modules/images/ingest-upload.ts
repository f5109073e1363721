import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { withTransaction } from '../../db/database.ts';
import { AppError, notFound, type ErrorCode } from '../../http/errors.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import { inspectImage } from './image-processing.ts';
import { findImageByUpload, findImageBySha, insertImage, type ImageRow } from './images.repository.ts';
import { enqueueImageProcessing } from './process-image-job.ts';
import { enforceUploadLimits } from './upload-limits.ts';
import { uploadMetadata, type Uploader, type UploadStore } from './upload-server.ts';

const statusCodes: Record<number, ErrorCode> = {
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
};

/**
 * Turns a finished resumable upload into an image of the request: the type is
 * decided by decoding the content; a refused file is deleted and nothing is
 * stored. Safe to call again after a crash or a lost answer: the same upload
 * finds the image it already made, and the original's key is the upload's, so
 * a retry overwrites rather than orphans it.
 */
export async function ingestUpload(options: {
  services: Services;
  blobs: BlobStore;
  uploads: UploadStore;
  uploader: Uploader;
  auditActor: AuditActor;
  uploadId: string;
}): Promise<ImageRow> {
  const { services, blobs, uploads, uploader, uploadId } = options;
  const existing = await findImageByUpload(services.pool, uploadId);
  if (existing && existing.ownerId !== uploader.ownerId) throw notFound('upload');
  if (existing) {
    await uploads.store.remove(uploadId).catch(() => {});
    return existing;
  }
  const upload = await uploads.store.getUpload(uploadId).catch(() => null);
  if (!upload || upload.metadata?.['ownerId'] !== uploader.ownerId) throw notFound('upload');
  if (upload.size === undefined || upload.offset < upload.size) {
    throw new AppError('conflict', 'This photo has not finished uploading yet.');
  }
  const meta = uploadMetadata.parse(upload.metadata);
  const file = path.join(uploads.directory, uploadId);
  const discard = () => uploads.store.remove(uploadId).catch(() => {});

  const inspection = await inspectImage(file);
  if (!inspection.ok) {
    await discard();
    throw new AppError(statusCodes[inspection.status] ?? 'unprocessable', inspection.message);
  }
  const sha256 = await sha256Of(file);
  const duplicate = await findImageBySha(services.pool, meta.requestId, sha256);
  if (duplicate) {
    await discard();
    throw new AppError('conflict', 'This photo is already attached to this request.');
  }

  const originalKey = `images/${uploadId}/original`;
  const { bytes } = await blobs.put(originalKey, fs.createReadStream(file), {
    contentType: `image/${inspection.format}`,
  });
  const at = services.clock.now();
  const imageId = await withTransaction(services.pool, async (tx) => {
    const request = await uploader.requestFor(tx, meta.requestId, meta.lesionId, { lock: true });
    await enforceUploadLimits(tx, {
      requestId: request.id,
      userId: uploader.userId,
      at,
      limits: services.config.uploads,
      committing: true,
    });
    const id = await insertImage(tx, {
      uploadId,
      requestId: request.id,
      lesionId: meta.lesionId,
      view: meta.view,
      originalKey,
      originalBytes: bytes,
      originalSha256: sha256,
      originalFormat: inspection.format,
      originalFilename: cleanFilename(meta.filename),
      width: inspection.width,
      height: inspection.height,
      capturedAt: inspection.capturedAt,
      ownerId: uploader.ownerId,
      capturedBy: uploader.userId,
      capturedByLabel: uploader.label,
      deviceMake: inspection.deviceMake,
      deviceModel: inspection.deviceModel,
      at,
    });
    await enqueueImageProcessing(tx, services.jobs.boss, id);
    await appendAuditEvent(tx, options.auditActor, at, {
      action: 'image.received',
      recordType: 'image',
      recordId: id,
      patientId: request.patientId,
      detail: { bytes, format: inspection.format, view: meta.view },
    });
    return id;
  }).catch(async (error: unknown) => {
    // Refused at the last check (a limit reached meanwhile): nothing of the photo is kept.
    if (error instanceof AppError) await Promise.all([blobs.delete(originalKey).catch(() => {}), discard()]);
    throw error;
  });
  await discard();
  return (await findImageByUpload(services.pool, uploadId)) ?? Promise.reject(new Error(`image ${imageId} vanished`));
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/** Kept for display only: control characters, direction overrides and paths removed, length capped. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return [...base]
    .filter((c) => !isInvisibleOrControl(c))
    .join('')
    .trim()
    .slice(0, 120);
}

/** Control characters and the bidirectional marks that can disguise a name (e.g. "gpj.exe" shown as "exe.jpg"). */
function isInvisibleOrControl(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (
    code < 0x20 ||
    code === 0x7f ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}
