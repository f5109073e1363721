import { describe, expect, it, vi } from 'vitest';
import type { RequestImage } from './images-api.ts';
import { maxPhotoBytes } from './prepare-photo.ts';
import { createUploadQueue, uploadsInProgress, type QueueOptions } from './upload-queue.ts';
import { UploadFailure, type PhotoUpload } from './upload-photo.ts';

/** An upload the test finishes or fails when it chooses, as a slow phone connection would. */
type Pending = {
  filename: string;
  resolve: (uploadId: string) => void;
  reject: (error: Error) => void;
  cancelled: boolean;
};

function harness(overrides: Partial<QueueOptions> = {}) {
  const pending: Pending[] = [];
  const added: string[] = [];
  let addImageFails = 0;
  const options: QueueOptions = {
    requestId: 'request-1',
    concurrency: 2,
    prepare: (file) => Promise.resolve(file),
    upload: (file): PhotoUpload => {
      let entry!: Pending;
      const finished = new Promise<string>((resolve, reject) => {
        entry = { filename: file.name, resolve, reject, cancelled: false };
      });
      pending.push(entry);
      return {
        finished,
        cancel: () => {
          entry.cancelled = true;
        },
      };
    },
    addImage: (uploadId, target) => {
      if (addImageFails > 0) {
        addImageFails--;
        return Promise.reject(new UploadFailure('The service could not check the photo. Try again.', true));
      }
      return Promise.resolve({ id: `image-${uploadId}`, lesionId: target.lesionId, view: target.view } as RequestImage);
    },
    onAdded: (image) => added.push(image.id),
    ...overrides,
  };
  const queue = createUploadQueue(options);
  const statuses = () => queue.getSnapshot().rows.map((r) => `${r.filename}:${r.status}`);
  return { queue, pending, added, statuses, failNextAddImage: () => addImageFails++ };
}

const photo = (name: string, bytes = 10) => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });

describe('the photo upload queue', () => {
  it('sends two photos at a time and starts the next as one finishes, announcing progress per lesion', async () => {
    const { queue, pending, added, statuses } = harness();
    queue.add([photo('a.jpg'), photo('b.jpg'), photo('c.jpg')], 'lesion-1', 'close_up');
    await vi.waitFor(() => expect(pending.map((p) => p.filename)).toEqual(['a.jpg', 'b.jpg']));
    expect(statuses()).toEqual(['a.jpg:uploading', 'b.jpg:uploading', 'c.jpg:waiting']);
    expect(uploadsInProgress(queue.getSnapshot())).toBe(true);

    pending[0]!.resolve('upload-a');
    await vi.waitFor(() => expect(pending.map((p) => p.filename)).toEqual(['a.jpg', 'b.jpg', 'c.jpg']));
    expect(added).toEqual(['image-upload-a']);
    expect(queue.getSnapshot().announcements['lesion-1']).toBe('Photo 1 of 3 uploaded');

    pending[1]!.resolve('upload-b');
    pending[2]!.resolve('upload-c');
    await vi.waitFor(() => expect(statuses()).toEqual(['a.jpg:added', 'b.jpg:added', 'c.jpg:added']));
    expect(queue.getSnapshot().announcements['lesion-1']).toBe('Photo 3 of 3 uploaded');
    expect(uploadsInProgress(queue.getSnapshot())).toBe(false);
  });

  it('refuses a photo over 25 MB at once, in words, without sending it or offering to retry', () => {
    const { queue, pending } = harness();
    queue.add([photo('huge.jpg', maxPhotoBytes + 1)], 'lesion-1', 'regional');
    const [row] = queue.getSnapshot().rows;
    expect(row).toMatchObject({ status: 'failed', retryable: false });
    expect(row!.error).toContain('larger than 25 MB');
    expect(pending).toEqual([]);
    queue.retry(row!.id);
    expect(queue.getSnapshot().rows[0]!.status).toBe('failed');
  });

  it('cancels a waiting photo before it is sent and one on its way, and sends the rest', async () => {
    const { queue, pending, statuses } = harness({ concurrency: 1 });
    queue.add([photo('a.jpg'), photo('b.jpg'), photo('c.jpg')], 'lesion-1', 'close_up');
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    const [a, b] = queue.getSnapshot().rows;
    queue.cancel(b!.id);
    queue.cancel(a!.id);
    expect(pending[0]!.cancelled).toBe(true);
    await vi.waitFor(() => expect(pending.map((p) => p.filename)).toEqual(['a.jpg', 'c.jpg']));
    expect(statuses()).toEqual(['a.jpg:cancelled', 'b.jpg:cancelled', 'c.jpg:uploading']);
    expect(queue.getSnapshot().announcements['lesion-1']).toBe('Upload of a.jpg cancelled');
  });

  it('after the service fails to check a photo, trying again checks it without sending the bytes again', async () => {
    const { queue, pending, added, statuses, failNextAddImage } = harness();
    failNextAddImage();
    queue.add([photo('a.jpg')], 'lesion-1', 'dermoscopic');
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    pending[0]!.resolve('upload-a');
    await vi.waitFor(() => expect(statuses()).toEqual(['a.jpg:failed']));
    const row = queue.getSnapshot().rows[0]!;
    expect(row).toMatchObject({ retryable: true, error: 'The service could not check the photo. Try again.' });
    expect(queue.getSnapshot().announcements['lesion-1']).toBe(
      'a.jpg was not added: The service could not check the photo. Try again.',
    );

    queue.retry(row.id);
    await vi.waitFor(() => expect(statuses()).toEqual(['a.jpg:added']));
    expect(pending).toHaveLength(1);
    expect(added).toEqual(['image-upload-a']);
  });

  it('keeps a lost connection retryable and sends the photo again on retry', async () => {
    const { queue, pending, statuses } = harness();
    queue.add([photo('a.jpg')], 'lesion-1', 'close_up');
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    pending[0]!.reject(new UploadFailure('The upload stopped because the connection was lost.', true));
    await vi.waitFor(() => expect(statuses()).toEqual(['a.jpg:failed']));
    queue.retry(queue.getSnapshot().rows[0]!.id);
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    pending[1]!.resolve('upload-a2');
    await vi.waitFor(() => expect(statuses()).toEqual(['a.jpg:added']));
  });
});
