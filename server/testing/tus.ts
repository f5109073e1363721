import type { App } from '../http/app-types.ts';
import { as, type SignedIn } from './test-app.ts';

const encodeMetadata = (metadata: Record<string, string>) =>
  Object.entries(metadata)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');

/** Creates a resumable upload the way tus-js-client does; returns the response and the upload id. */
export async function createUpload(
  app: App,
  user: SignedIn,
  metadata: Record<string, string>,
  length: number,
  endpoint = '/api/uploads',
) {
  const response = await app.inject({
    method: 'POST',
    url: endpoint,
    headers: {
      ...as(user),
      'tus-resumable': '1.0.0',
      'upload-length': String(length),
      'upload-metadata': encodeMetadata(metadata),
    },
  });
  const location = response.headers['location'];
  const uploadId = typeof location === 'string' ? location.split('/').pop()! : null;
  return { response, uploadId };
}

export async function sendChunk(
  app: App,
  user: SignedIn,
  uploadId: string,
  offset: number,
  chunk: Buffer,
  endpoint = '/api/uploads',
) {
  return app.inject({
    method: 'PATCH',
    url: `${endpoint}/${uploadId}`,
    headers: {
      ...as(user),
      'tus-resumable': '1.0.0',
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
    },
    payload: chunk,
  });
}

/** Uploads a whole file in one or more chunks and asks for it to become an image of the lesion. */
export async function uploadPhoto(
  app: App,
  user: SignedIn,
  options: {
    requestId: string;
    lesionId: string;
    view?: string;
    filename?: string;
    bytes: Buffer;
    chunks?: number;
    /** The patient's endpoints instead of the referrer's. */
    endpoint?: string;
    ingest?: string;
  },
) {
  const { response, uploadId } = await createUpload(
    app,
    user,
    {
      requestId: options.requestId,
      lesionId: options.lesionId,
      view: options.view ?? 'close_up',
      filename: options.filename ?? 'photo.jpg',
    },
    options.bytes.length,
    options.endpoint,
  );
  if (response.statusCode !== 201 || !uploadId) return { created: response, image: null, uploadId: null };
  const size = Math.ceil(options.bytes.length / (options.chunks ?? 1)) || 1;
  for (let offset = 0; offset < options.bytes.length; offset += size) {
    const sent = await sendChunk(
      app,
      user,
      uploadId,
      offset,
      options.bytes.subarray(offset, offset + size),
      options.endpoint,
    );
    if (sent.statusCode !== 204) throw new Error(`chunk at ${offset} refused: ${sent.statusCode} ${sent.body}`);
  }
  const image = await app.inject({
    method: 'POST',
    url: options.ingest ?? '/api/images',
    headers: as(user),
    payload: { uploadId },
  });
  return { created: response, image, uploadId };
}
