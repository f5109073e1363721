import type { DetailedError, PreviousUpload, Upload } from 'tus-js-client';
import { problemFrom } from '../../api/api-error.ts';
import { csrfHeaders } from '../../api/client.ts';
import type { ImageView } from './images-api.ts';

export type UploadTarget = { requestId: string; lesionId: string; view: ImageView };

/** Why an upload stopped, in words for the person holding the camera; `retryable` when trying again may work. */
export class UploadFailure extends Error {
  override name = 'UploadFailure';
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/** Where the photos go: the staff's resumable-upload endpoint, or the patient's, each with its own CSRF token. */
export type UploadEndpoint = {
  url: string;
  headers: () => Record<string, string>;
  /** What to say when the service answers 401: the person's session or link has ended. */
  sessionEnded: string;
};

export const staffUploads: UploadEndpoint = {
  url: '/api/uploads',
  headers: csrfHeaders,
  sessionEnded: 'Your session has ended. Sign in again, then add the photo.',
};

export type PhotoUpload = {
  /** The upload's id once every byte is on the service, for POST /api/images (or /api/patient/images). */
  finished: Promise<string>;
  /** Stops the upload and asks the service to delete what it has of it. */
  cancel: () => void;
};

/**
 * Sends a photo with the tus resumable-upload protocol, in 1 MB pieces so that progress shows on a phone and a
 * dropped connection costs at most one piece. A photo whose upload stopped part-way (the page was closed, the signal
 * lost) carries on from where it stopped when it is chosen again for the same lesion and view. The tus client is
 * loaded with the first photo, not with every page.
 */
export function uploadPhoto(
  file: File,
  target: UploadTarget,
  onProgress: (percent: number) => void,
  endpoint: UploadEndpoint = staffUploads,
): PhotoUpload {
  let upload: Upload | undefined;
  let cancelled = false;
  const finished = import('tus-js-client').then(
    (tus) =>
      new Promise<string>((resolve, reject) => {
        if (cancelled) return;
        const started = new tus.Upload(file, {
          endpoint: endpoint.url,
          chunkSize: 1024 * 1024,
          retryDelays: [0, 1000, 3000, 5000, 10000],
          metadata: { ...target, filename: file.name },
          headers: endpoint.headers(),
          removeFingerprintOnSuccess: true,
          onShouldRetry,
          onProgress: (sent, total) => onProgress(total ? Math.floor((sent / total) * 100) : 0),
          onError: (error) => reject(failureFrom(error, endpoint)),
          onSuccess: () => {
            const uploadId = started.url?.split('/').pop();
            if (uploadId) resolve(uploadId);
            else reject(new UploadFailure('The service did not say where the photo went. Try again.', true));
          },
        });
        upload = started;
        void started
          .findPreviousUploads()
          .catch(() => [])
          .then((previous) => {
            if (cancelled) return;
            const same = previous.find((p) => sameTarget(p, target));
            if (same) started.resumeFromPreviousUpload(same);
            started.start();
          });
      }),
  );
  return {
    finished,
    cancel: () => {
      cancelled = true;
      void upload?.abort(true).catch(() => {});
    },
  };
}

const sameTarget = (previous: PreviousUpload, target: UploadTarget) =>
  previous.metadata['requestId'] === target.requestId &&
  previous.metadata['lesionId'] === target.lesionId &&
  previous.metadata['view'] === target.view;

/**
 * Tries again when the connection dropped or the service stumbled, and when a piece arrived out of step (409 or 423
 * on a later request), but not when the service refused the photo outright: 409 on creating an upload means the
 * request already has as many photographs as it takes, which waiting will not change.
 */
function onShouldRetry(error: DetailedError): boolean {
  const status = error.originalResponse?.getStatus() ?? 0;
  if (status === 0 || status >= 500) return true;
  if (status === 409 || status === 423) return error.originalRequest?.getMethod() !== 'POST';
  return false;
}

function failureFrom(error: Error | DetailedError, endpoint: UploadEndpoint): UploadFailure {
  const response = 'originalResponse' in error ? error.originalResponse : null;
  const status = response?.getStatus() ?? 0;
  if (!response || status === 0) {
    return new UploadFailure(
      'The upload stopped because the connection was lost. Try again when you have a signal: it carries on from where it stopped.',
      true,
    );
  }
  if (status === 413) {
    return new UploadFailure(
      'This photo is larger than 25 MB, the most the service takes. Send a smaller copy.',
      false,
    );
  }
  if (status === 401) return new UploadFailure(endpoint.sessionEnded, false);
  return new UploadFailure(problemFrom(status, parse(response.getBody())).detail, status >= 500);
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
