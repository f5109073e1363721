import type { Readable } from 'node:stream';
import { z } from 'zod';
import { actorOf, auditActorOf, inScopedTransaction, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { completeImages } from './complete-images.ts';
import { ingestUpload } from './ingest-upload.ts';
import { requestShowingImages } from './images.policy.ts';
import { findImage, listImagesOfRequest, type ImageRow } from './images.repository.ts';
import { imageSchema, removeImageBody } from './images.schemas.ts';
import { removeImage } from './remove-image.ts';
import { userUploader, type UploadServer } from './upload-server.ts';

const uploaders = ['referrer', 'photographer'] as const;
const viewers = ['referrer', 'consultant', 'booking_clerk', 'service_admin', 'photographer'] as const;

export function imagesRoutes(app: App, services: Services, deps: { blobs: BlobStore; uploads: UploadServer }) {
  const uploaderOf = (request: Parameters<typeof actorOf>[0]) => userUploader(actorOf(request));
  // tus sends the bytes of a photo as application/offset+octet-stream: leave the body to tus.
  app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));

  for (const url of ['/api/uploads', '/api/uploads/:uploadId']) {
    app.route({
      method: ['POST', 'PATCH', 'HEAD', 'DELETE'],
      url,
      config: { access: uploaders },
      schema: { hide: true },
      handler: (request, reply) => deps.uploads.handle(request, reply, uploaderOf(request)),
    });
  }

  app.post(
    '/api/images',
    {
      config: { access: uploaders },
      schema: {
        summary:
          'Add a finished resumable upload to its lesion: the content is decoded and checked; processing follows',
        tags: ['images'],
        body: z.object({ uploadId: z.string().regex(/^[0-9a-f]{32}$/, 'Not an upload id') }),
        response: {
          201: imageSchema,
          ...errorResponses,
          413: errorResponses[400],
          415: errorResponses[400],
          422: errorResponses[400],
        },
      },
    },
    async (request, reply) => {
      const image = await ingestUpload({
        services,
        blobs: deps.blobs,
        uploads: deps.uploads,
        uploader: uploaderOf(request),
        auditActor: auditActorOf(request),
        uploadId: request.body.uploadId,
      });
      return reply.status(201).send(present(image));
    },
  );

  app.get(
    '/api/requests/:requestId/images',
    {
      config: { access: viewers },
      schema: {
        summary: "A request's photographs, with their processing state and quality warnings",
        tags: ['images'],
        params: z.object({ requestId: z.uuid() }),
        response: { 200: z.object({ images: z.array(imageSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { requestId } = request.params;
      const images = await withTransaction(services.pool, async (tx) => {
        const found = await requestShowingImages(tx, actorOf(request), requestId);
        if (!found) return null;
        await appendAuditEvent(tx, auditActorOf(request), services.clock.now(), {
          action: 'image.listed',
          recordType: 'request',
          recordId: requestId,
          patientId: found.patientId,
        });
        return listImagesOfRequest(tx, requestId);
      });
      if (!images) {
        await recordDenial(services, request, 'scope', { recordType: 'request', recordId: requestId });
        throw notFound('request');
      }
      return { images: images.map(present) };
    },
  );

  app.get(
    '/api/images/:imageId/:variant',
    {
      config: { access: viewers },
      schema: {
        summary: 'A derivative of a photograph (the original is never served); supports byte ranges',
        tags: ['images'],
        params: z.object({ imageId: z.uuid(), variant: z.enum(['thumbnail', 'viewing', 'eref']) }),
        querystring: z.object({ download: z.enum(['1']).optional() }),
      },
    },
    async (request, reply) => {
      const { imageId, variant } = request.params;
      const shown = await withTransaction(services.pool, async (tx) => {
        const image = await findImage(tx, imageId);
        if (!image) return null;
        const owner = await requestShowingImages(tx, actorOf(request), image.requestId);
        if (!owner) return null;
        await appendAuditEvent(tx, auditActorOf(request), services.clock.now(), {
          action: 'image.viewed',
          recordType: 'image',
          recordId: image.id,
          patientId: owner.patientId,
          detail: { variant },
        });
        return { image, reference: owner.reference };
      });
      if (!shown) {
        await recordDenial(services, request, 'scope', { recordType: 'image', recordId: imageId });
        throw notFound('image');
      }
      const derivative = shown.image.derivatives?.[variant];
      if (shown.image.state !== 'ready' || !derivative) {
        throw new AppError(
          'not_found',
          shown.image.state === 'processing'
            ? 'This photo is still being processed.'
            : 'This photo could not be processed.',
        );
      }
      const range = parseRange(request.headers.range, derivative.bytes);
      if (range === 'unsatisfiable') {
        return reply.status(416).header('content-range', `bytes */${derivative.bytes}`).send();
      }
      const extension = derivative.contentType === 'image/webp' ? 'webp' : 'jpg';
      const filename = `${shown.reference}-${shown.image.view}-${variant}-${shown.image.id.slice(0, 8)}.${extension}`;
      const body: Readable = await deps.blobs.get(derivative.key, range ?? undefined);
      reply
        .header('content-type', derivative.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('accept-ranges', 'bytes')
        .header('content-disposition', `${request.query.download ? 'attachment' : 'inline'}; filename="${filename}"`);
      if (range) {
        reply
          .status(206)
          .header('content-range', `bytes ${range.start}-${range.end}/${derivative.bytes}`)
          .header('content-length', range.end - range.start + 1);
      } else {
        reply.header('content-length', derivative.bytes);
      }
      return reply.send(body);
    },
  );

  app.get(
    '/api/images/:imageId/tiles/:level/:tile',
    {
      config: { access: viewers },
      schema: {
        summary: 'One Deep Zoom tile of a very large photograph (the photograph itself is audited when opened)',
        tags: ['images'],
        params: z.object({
          imageId: z.uuid(),
          level: z.coerce.number().int().min(0).max(30),
          tile: z.string().regex(/^\d{1,4}_\d{1,4}\.jpg$/),
        }),
      },
    },
    async (request, reply) => {
      const { imageId, level, tile } = request.params;
      const image = await withTransaction(services.pool, async (tx) => {
        const found = await findImage(tx, imageId);
        return found && (await requestShowingImages(tx, actorOf(request), found.requestId)) ? found : null;
      });
      const deepZoom = image?.derivatives?.deepZoom;
      if (!deepZoom) {
        if (!image) await recordDenial(services, request, 'scope', { recordType: 'image', recordId: imageId });
        throw notFound('tile');
      }
      const body = await deps.blobs.get(`${deepZoom.prefix}${level}/${tile}`).catch(() => null);
      if (!body) throw notFound('tile');
      return reply.header('content-type', 'image/jpeg').header('x-content-type-options', 'nosniff').send(body);
    },
  );

  app.post(
    '/api/images/:imageId/remove',
    {
      config: { access: uploaders },
      schema: {
        summary:
          'Take a wrong or poor photograph off its request before review (409 once ready for review); nothing is deleted',
        tags: ['images'],
        params: z.object({ imageId: z.uuid() }),
        body: removeImageBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { imageId } = request.params;
      await inScopedTransaction(services, request, { recordType: 'image', recordId: imageId }, (tx) =>
        removeImage(tx, {
          actor: actorOf(request),
          auditActor: auditActorOf(request),
          at: services.clock.now(),
          imageId,
          reason: request.body.reason,
        }),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/requests/:requestId/images-complete',
    {
      config: { access: ['referrer'] },
      schema: {
        summary: 'Say every lesion has its photographs: the case becomes ready for review and its clock starts',
        tags: ['images'],
        params: z.object({ requestId: z.uuid() }),
        response: { 200: z.object({ state: z.string(), dueAt: z.date().nullable() }), ...errorResponses },
      },
    },
    async (request) => {
      const { requestId } = request.params;
      return inScopedTransaction(services, request, { recordType: 'request', recordId: requestId }, (tx) =>
        completeImages(tx, {
          actor: actorOf(request),
          auditActor: auditActorOf(request),
          at: services.clock.now(),
          requestId,
        }),
      );
    },
  );
}

function present(image: ImageRow) {
  return {
    id: image.id,
    lesionId: image.lesionId,
    view: image.view,
    state: image.state,
    width: image.width,
    height: image.height,
    capturedAt: image.capturedAt,
    capturedBy: image.capturedByLabel,
    device: [image.deviceMake, image.deviceModel].filter(Boolean).join(' ') || null,
    filename: image.originalFilename,
    bytes: image.originalBytes,
    sha256: image.originalSha256,
    warnings: image.quality?.warnings ?? [],
    failure: image.failure,
    deepZoom: image.derivatives?.deepZoom
      ? {
          width: image.derivatives.deepZoom.width,
          height: image.derivatives.deepZoom.height,
          tileSize: image.derivatives.deepZoom.tileSize,
          overlap: image.derivatives.deepZoom.overlap,
          tilesUrl: `/api/images/${image.id}/tiles/`,
        }
      : null,
    urls:
      image.state === 'ready'
        ? {
            thumbnail: `/api/images/${image.id}/thumbnail`,
            viewing: `/api/images/${image.id}/viewing`,
            eref: `/api/images/${image.id}/eref`,
          }
        : null,
  };
}

/** One byte range, as browsers and viewers ask for it; several ranges are served whole. */
function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from, to] = match;
  let start: number;
  let end: number;
  if (from === '') {
    const suffix = Number(to);
    if (!suffix) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start > end || start >= size) return 'unsatisfiable';
  return { start, end };
}
