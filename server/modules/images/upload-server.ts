import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server as TusServer } from '@tus/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { withTransaction } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, problemFor } from '../../http/errors.ts';
import type { Services } from '../../services.ts';
import { londonDate, endOfLondonDay } from '../../working-days.ts';
import { countImages } from './images.repository.ts';
import { requestTakingImages } from './images.policy.ts';

/** What an upload says about itself when it is created (the tus Upload-Metadata header). */
export const uploadMetadata = z.object({
  requestId: z.uuid(),
  lesionId: z.uuid(),
  view: z.enum(['regional', 'close_up', 'dermoscopic']),
  /** Kept, cleaned and shortened, for display only. */
  filename: z.string().max(4000).default(''),
  /** Who started it; later requests for the same upload must come from them. */
  ownerId: z.string().optional(),
});

const context = new AsyncLocalStorage<{ actor: Actor }>();

export type UploadServer = {
  handle(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  store: FileStore;
  directory: string;
};

/**
 * Resumable uploads (the tus protocol), so a photo from a phone on a poor
 * connection arrives whole: the browser sends it in pieces and resumes where
 * it stopped. Partial uploads live on local disk until ingested.
 */
export function createUploadServer(services: Services): UploadServer {
  const directory = path.join(services.config.dataDir, 'uploads');
  const store = new FileStore({ directory, expirationPeriodInMilliseconds: 24 * 3_600_000 });
  const { uploads } = services.config;

  const refuse = (error: AppError) => {
    throw { status_code: error.status, body: JSON.stringify(problemFor(error, '/api/uploads')) };
  };
  const actor = () => {
    const store = context.getStore();
    if (!store) throw { status_code: 401, body: 'not signed in' };
    return store.actor;
  };

  const tus = new TusServer({
    path: '/api/uploads',
    datastore: store,
    maxSize: uploads.maxBytes,
    relativeLocation: true,
    respectForwardedHeaders: services.config.trustProxy,
    allowedOrigins: [],
    async onUploadCreate(_req, upload) {
      const parsed = uploadMetadata.safeParse(upload.metadata ?? {});
      if (!parsed.success)
        refuse(new AppError('validation_failed', 'Say which request, lesion and view this photo is for.'));
      const meta = parsed.data!;
      const who = actor();
      const now = services.clock.now();
      try {
        await withTransaction(services.pool, async (tx) => {
          await requestTakingImages(tx, who, meta.requestId, meta.lesionId);
          if ((await countImages(tx, { requestId: meta.requestId })) >= uploads.maxImagesPerRequest) {
            throw new AppError(
              'conflict',
              `This request already has ${uploads.maxImagesPerRequest} photographs, the most it can take. Remove one before adding another.`,
            );
          }
          const dayStart = new Date(endOfLondonDay(londonDate(now)).getTime() - 86_400_000 + 1);
          if ((await countImages(tx, { userId: who.userId, since: dayStart })) >= uploads.maxPerUserPerDay) {
            throw new AppError(
              'too_many_requests',
              `You have sent ${uploads.maxPerUserPerDay} photographs today, the daily limit. Try again tomorrow.`,
            );
          }
        });
      } catch (error) {
        if (error instanceof AppError) refuse(error);
        throw error;
      }
      return { metadata: { ...upload.metadata, ownerId: who.userId } };
    },
    async onIncomingRequest(req, uploadId) {
      if (req.method === 'POST' || req.method === 'OPTIONS' || !uploadId) return;
      const upload = await store.getUpload(uploadId).catch(() => null);
      if (!upload || upload.metadata?.['ownerId'] !== actor().userId) {
        throw {
          status_code: 404,
          body: JSON.stringify(problemFor(new AppError('not_found', 'No such upload.'), '/api/uploads')),
        };
      }
    },
  });

  return {
    store,
    directory,
    async handle(request, reply) {
      const who = request.actor;
      if (!who) throw new AppError('not_signed_in', 'Sign in to use this service.');
      reply.hijack();
      // The reply is written by tus directly, past Fastify's hooks: give it the same safety headers.
      reply.raw.setHeader('x-content-type-options', 'nosniff');
      reply.raw.setHeader('cache-control', 'no-store');
      reply.raw.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
      await context.run({ actor: who }, () => tus.handle(request.raw, reply.raw));
    },
  };
}
