import { ApiError } from '../../api/api-error.ts';
import type { ImageView, RequestImage } from './images-api.ts';
import { maxPhotoBytes } from './prepare-photo.ts';
import { UploadFailure, type PhotoUpload, type UploadTarget } from './upload-photo.ts';

export type UploadStatus = 'waiting' | 'uploading' | 'checking' | 'added' | 'failed' | 'cancelled';

/** One chosen file on its way to becoming a photograph of a lesion. */
export type UploadRow = {
  id: string;
  lesionId: string;
  view: ImageView;
  filename: string;
  status: UploadStatus;
  percent: number;
  error: string | null;
  retryable: boolean;
  /** Set once the service has the photograph; the row then shows it. */
  imageId: string | null;
};

export type QueueSnapshot = { rows: UploadRow[]; announcements: Record<string, string> };

/** What the upload was of, for a service that answers an added photo with its id alone. */
export type AddedTarget = { lesionId: string; view: ImageView; filename: string };

export type QueueOptions = {
  requestId: string;
  /** How many photos go at once: two keeps a phone's connection busy without starving either. */
  concurrency: number;
  prepare: (file: File) => Promise<File>;
  upload: (file: File, target: UploadTarget, onProgress: (percent: number) => void) => PhotoUpload;
  addImage: (uploadId: string, target: AddedTarget) => Promise<RequestImage>;
  onAdded: (image: RequestImage) => void;
};

/**
 * The photos chosen on a page, uploaded a few at a time, each then handed to the service to check. Kept outside
 * React so that an upload outlives the render that started it; components read it with useSyncExternalStore.
 */
export function createUploadQueue(options: QueueOptions) {
  let snapshot: QueueSnapshot = { rows: [], announcements: {} };
  const files = new Map<string, File>();
  const uploadIds = new Map<string, string>();
  const handles = new Map<string, PhotoUpload>();
  const listeners = new Set<() => void>();
  let nextId = 1;

  const row = (id: string) => snapshot.rows.find((r) => r.id === id);
  const update = (id: string, change: Partial<UploadRow>) => {
    snapshot = { ...snapshot, rows: snapshot.rows.map((r) => (r.id === id ? { ...r, ...change } : r)) };
  };
  const announce = (lesionId: string, text: string) => {
    snapshot = { ...snapshot, announcements: { ...snapshot.announcements, [lesionId]: text } };
  };
  const publish = () => listeners.forEach((listener) => listener());

  const progressText = (lesionId: string) => {
    const rows = snapshot.rows.filter((r) => r.lesionId === lesionId && r.status !== 'cancelled');
    return `Photo ${rows.filter((r) => r.status === 'added').length} of ${rows.length} uploaded`;
  };

  const fail = (id: string, error: unknown) => {
    const current = row(id);
    if (!current || current.status === 'cancelled') return;
    const failure = describe(error);
    if (!failure.retryable) files.delete(id);
    update(id, { status: 'failed', error: failure.message, retryable: failure.retryable });
    announce(current.lesionId, `${current.filename} was not added: ${failure.message}`);
  };

  async function send(id: string): Promise<void> {
    const current = row(id);
    const file = files.get(id);
    if (!current || !file) return;
    let uploadId = uploadIds.get(id);
    if (!uploadId) {
      const target = { requestId: options.requestId, lesionId: current.lesionId, view: current.view };
      const prepared = await options.prepare(file);
      if (row(id)?.status !== 'uploading') return;
      const handle = options.upload(prepared, target, (percent) => {
        if (row(id)?.status !== 'uploading') return;
        update(id, { percent });
        publish();
      });
      handles.set(id, handle);
      uploadId = await handle.finished;
      handles.delete(id);
      uploadIds.set(id, uploadId);
    }
    if (row(id)?.status !== 'uploading') return;
    update(id, { status: 'checking', percent: 100 });
    publish();
    const image = await options.addImage(uploadId, {
      lesionId: current.lesionId,
      view: current.view,
      filename: current.filename,
    });
    files.delete(id);
    update(id, { status: 'added', imageId: image.id });
    announce(current.lesionId, progressText(current.lesionId));
    options.onAdded(image);
  }

  function pump() {
    const sending = snapshot.rows.filter((r) => r.status === 'uploading' || r.status === 'checking').length;
    const waiting = snapshot.rows.filter((r) => r.status === 'waiting').slice(0, options.concurrency - sending);
    for (const next of waiting) {
      update(next.id, { status: 'uploading', percent: 0, error: null });
      send(next.id)
        .catch((error: unknown) => fail(next.id, error))
        .finally(() => {
          handles.delete(next.id);
          pump();
          publish();
        });
    }
  }

  // Arrow functions: components pass these around unbound.
  return {
    /** Queues the chosen files for a lesion, all as the same view; a file over the size limit fails at once. */
    add: (chosen: File[], lesionId: string, view: ImageView) => {
      const added = chosen.map((file): UploadRow => {
        const id = `upload-${nextId++}`;
        const tooBig = file.size > maxPhotoBytes;
        // A photo over the limit is never sent, so it is not kept for a retry either.
        if (!tooBig) files.set(id, file);
        return {
          id,
          lesionId,
          view,
          filename: file.name,
          status: tooBig ? 'failed' : 'waiting',
          percent: 0,
          error: tooBig ? `This photo is larger than 25 MB, the most the service takes. Send a smaller copy.` : null,
          retryable: false,
          imageId: null,
        };
      });
      snapshot = { ...snapshot, rows: [...snapshot.rows, ...added] };
      pump();
      publish();
    },
    cancel: (id: string) => {
      const current = row(id);
      if (!current || !['waiting', 'uploading'].includes(current.status)) return;
      handles.get(id)?.cancel();
      handles.delete(id);
      files.delete(id);
      update(id, { status: 'cancelled' });
      announce(current.lesionId, `Upload of ${current.filename} cancelled`);
      pump();
      publish();
    },
    retry: (id: string) => {
      const current = row(id);
      if (current?.status !== 'failed' || !current.retryable || !files.has(id)) return;
      update(id, { status: 'waiting', error: null, retryable: false });
      pump();
      publish();
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}

export type UploadQueue = ReturnType<typeof createUploadQueue>;

const active: readonly UploadStatus[] = ['waiting', 'uploading', 'checking'];

/** Whether any photo is still on its way: leaving the page now would lose it. */
export const uploadsInProgress = (snapshot: QueueSnapshot) => snapshot.rows.some((row) => active.includes(row.status));

function describe(error: unknown): { message: string; retryable: boolean } {
  if (error instanceof UploadFailure) return { message: error.message, retryable: error.retryable };
  if (error instanceof ApiError) {
    return { message: error.problem.detail, retryable: error.status === 0 || error.status >= 500 };
  }
  console.error(error);
  return { message: 'Something went wrong with this photo. Try again.', retryable: true };
}
