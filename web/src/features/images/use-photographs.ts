import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError, networkProblem, type Problem } from '../../api/api-error.ts';
import { addUploadedImage, listImages, type RequestImage } from './images-api.ts';
import { preparePhoto } from './prepare-photo.ts';
import { uploadPhoto } from './upload-photo.ts';
import { createUploadQueue, type QueueOptions, type QueueSnapshot, type UploadQueue } from './upload-queue.ts';

/** How often to look again while a photo is processing: the service takes half a second to two seconds. */
const pollMs = 1000;
const retryMs = 5000;

/** Where a request's photographs come from and go to: the staff's endpoints, or the patient's through their link. */
export type PhotoSource = {
  list: (requestId: string) => Promise<RequestImage[]>;
  add: QueueOptions['addImage'];
  upload: QueueOptions['upload'];
};

const staffPhotos: PhotoSource = { list: listImages, add: addUploadedImage, upload: uploadPhoto };

export type Photographs = {
  /** Null until first loaded. */
  images: RequestImage[] | null;
  /** Why the photographs could not be loaded, while nothing has been. */
  problem: Problem | null;
  queue: UploadQueue;
  uploads: QueueSnapshot;
};

/**
 * A request's photographs and the uploads adding to them. Looks again every second while any photo is still
 * processing, so its thumbnail and quality warnings appear as soon as they are ready, and stops when none is.
 */
export function usePhotographs(requestId: string, source: PhotoSource = staffPhotos): Photographs {
  const [images, setImages] = useState<RequestImage[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [looks, setLooks] = useState(0);

  const merge = useCallback((found: RequestImage[]) => setImages((previous) => union(found, previous ?? [])), []);
  const [queue] = useState(() =>
    createUploadQueue({
      requestId,
      concurrency: 2,
      prepare: preparePhoto,
      upload: source.upload,
      addImage: source.add,
      onAdded: (image) => merge([image]),
    }),
  );
  const uploads = useSyncExternalStore(queue.subscribe, queue.getSnapshot);

  const waiting = images === null || images.some((image) => image.state === 'processing');
  useEffect(() => {
    if (!waiting) return;
    let cancelled = false;
    const delay = looks === 0 ? 0 : problem ? retryMs : pollMs;
    const timer = setTimeout(() => {
      source.list(requestId).then(
        (found) => {
          if (cancelled) return;
          merge(found);
          setProblem(null);
          setLooks((n) => n + 1);
        },
        (error: unknown) => {
          if (cancelled) return;
          setProblem(error instanceof ApiError ? error.problem : networkProblem);
          setLooks((n) => n + 1);
        },
      );
    }, delay);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `problem` only sets the pace of the next look; `looks` is what schedules it.
  }, [requestId, source, waiting, looks, merge]);

  return { images, problem: images === null ? problem : null, queue, uploads };
}

/**
 * What is known, each photo replaced by its newer description, plus any not known before, in the order first seen.
 * A photo added while a list was on its way is kept although that list left it out: nothing known is dropped. A
 * photo is removed on a page of its own, so the list it left is loaded afresh.
 */
function union(found: RequestImage[], known: RequestImage[]): RequestImage[] {
  const newer = new Map(found.map((image) => [image.id, image]));
  const knownIds = new Set(known.map((image) => image.id));
  return [...known.map((image) => newer.get(image.id) ?? image), ...found.filter((image) => !knownIds.has(image.id))];
}
