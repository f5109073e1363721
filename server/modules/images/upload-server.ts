import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server as TusServer } from '@tus/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { withTransaction, type Tx } from '../../db/database.ts';
import type { RequestRow } from '../requests/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, problemFor } from '../../http/errors.ts';
import type { Services } from '../../services.ts';
import { enforceUploadLimits } from './upload-limits.ts';
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

/**
 * Who is uploading: a signed-in user, or a patient through their link. Uploads
 * belong to whoever started them; only they may continue or ingest them.
 */
export type Uploader = {
  ownerId: string;
  /** Recorded as the image's author. */
  userId: string | null;
  label: string;
  /** The request the photo may go to, if this uploader may add to it now; throws otherwise. */
  requestFor(tx: Tx, requestId: string, lesionId: string, options?: { lock?: boolean }): Promise<RequestRow>;
};

/** A signed-in referrer uploading to their practice's request. */
export const userUploader = (actor: Actor): Uploader => ({
  ownerId: actor.userId,
  userId: actor.userId,
  label: actor.displayName,
  requestFor: (tx, requestId, lesionId, options) => requestTakingImages(tx, actor, requestId, lesionId, options),
});

const context = new AsyncLocalStorage<{ uploader: Uploader }>();

export type UploadStore = { store: FileStore; directory: string };

/** A refusal from a tus hook: tus answers with the `status_code` and `body` of whatever is thrown. */
class TusRefusal extends Error {
  readonly status_code: number;
  readonly body: string;
  constructor(status: number, body: string) {
    super(body);
    this.status_code = status;
    this.body = body;
  }
}

/** Partial uploads on the web process's local disk until ingested; shared by every upload endpoint. */
export function createUploadStore(dataDir: string): UploadStore {
  const directory = path.join(dataDir, 'uploads');
  return { directory, store: new FileStore({ directory, expirationPeriodInMilliseconds: 24 * 3_600_000 }) };
}

/**
 * The tus server, answering every refusal as problem details like the rest of the API. tus writes some refusals
 * itself as plain text (invalid headers such as upload-metadata, a missing Tus-Resumable) without calling its
 * onResponseError hook, so the conversion sits where every response is written.
 */
class ProblemTusServer extends TusServer {
  readonly #endpoint: string;
  readonly #maxBytes: number;

  constructor(options: ConstructorParameters<typeof TusServer>[0], limits: { endpoint: string; maxBytes: number }) {
    super(options);
    this.#endpoint = limits.endpoint;
    this.#maxBytes = limits.maxBytes;
  }

  override write(...[context, headers, status, body = '']: Parameters<TusServer['write']>) {
    if (status < 400) return super.write(context, headers, status, body);
    headers.set('Content-Type', 'application/problem+json');
    if (body.trimStart().startsWith('{')) return super.write(context, headers, status, body);
    const code = status === 413 ? 'payload_too_large' : status === 404 ? 'not_found' : 'bad_request';
    const message =
      status === 413
        ? `This photo is larger than ${Math.round(this.#maxBytes / 1024 / 1024)} MB, the most we accept. Send a smaller copy.`
        : body.trim() || 'The upload could not continue.';
    const problem = { ...problemFor(new AppError(code, message), this.#endpoint), status };
    return super.write(context, headers, status, JSON.stringify(problem));
  }
}

export type UploadServer = UploadStore & {
  handle(request: FastifyRequest, reply: FastifyReply, uploader: Uploader): Promise<void>;
};

/**
 * Resumable uploads (the tus protocol), so a photo from a phone on a poor
 * connection arrives whole: the browser sends it in pieces and resumes where
 * it stopped. Partial uploads live on local disk until ingested.
 */
export function createUploadServer(services: Services, shared: UploadStore, endpoint: string): UploadServer {
  const { store, directory } = shared;
  const { uploads } = services.config;

  const refuse = (error: AppError) => {
    throw new TusRefusal(error.status, JSON.stringify(problemFor(error, endpoint)));
  };
  const uploader = () => {
    const current = context.getStore();
    if (!current) throw new TusRefusal(401, 'not signed in');
    return current.uploader;
  };

  const tus = new ProblemTusServer(
    {
      path: endpoint,
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
        const who = uploader();
        const now = services.clock.now();
        try {
          await withTransaction(services.pool, async (tx) => {
            await who.requestFor(tx, meta.requestId, meta.lesionId);
            await enforceUploadLimits(tx, {
              requestId: meta.requestId,
              userId: who.userId,
              at: now,
              limits: uploads,
              committing: false,
            });
          });
        } catch (error) {
          if (error instanceof AppError) refuse(error);
          throw error;
        }
        return { metadata: { ...upload.metadata, ownerId: who.ownerId } };
      },
      async onIncomingRequest(req, uploadId) {
        if (req.method === 'POST' || req.method === 'OPTIONS' || !uploadId) return;
        const upload = await store.getUpload(uploadId).catch(() => null);
        if (!upload || upload.metadata?.['ownerId'] !== uploader().ownerId) {
          throw new TusRefusal(404, JSON.stringify(problemFor(new AppError('not_found', 'No such upload.'), endpoint)));
        }
      },
    },
    { endpoint, maxBytes: uploads.maxBytes },
  );

  return {
    store,
    directory,
    async handle(request, reply, who) {
      reply.hijack();
      // The reply is written by tus directly, past Fastify's hooks: give it the same safety headers.
      reply.raw.setHeader('x-content-type-options', 'nosniff');
      reply.raw.setHeader('cache-control', 'no-store');
      reply.raw.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
      await context.run({ uploader: who }, () => tus.handle(request.raw, reply.raw));
    },
  };
}
