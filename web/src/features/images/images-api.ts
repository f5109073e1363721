import type { ResponseBody } from '../../api/api-types.ts';
import { api } from '../../api/client.ts';
import type { RequestState } from '../../../../shared/request-content.ts';

export const imageViews = ['regional', 'close_up', 'dermoscopic'] as const;
export type ImageView = (typeof imageViews)[number];

export const viewLabels: Record<ImageView, string> = {
  regional: 'Regional',
  close_up: 'Close-up',
  dermoscopic: 'Dermoscopic',
};

type ImageBody = ResponseBody<'/api/requests/{requestId}/images', 'get'>['images'][number];
/**
 * One photograph of a request, as GET /api/requests/:id/images describes it. Deep zoom may be absent: the patient's
 * pages show their own photos through the same components, and those have none.
 */
export type RequestImage = Omit<ImageBody, 'deepZoom'> & { deepZoom?: ImageBody['deepZoom'] };
export type QualityWarning = RequestImage['warnings'][number];

/** States in which the referrer may still add photographs (the service decides; this only chooses what to show). */
export const statesTakingImages: readonly RequestState[] = ['draft', 'awaiting_images', 'information_requested'];

/**
 * States in which a photograph may still be removed: before the request is ready for review, so before any
 * dermatologist can have seen it (the service decides; this only chooses what to show).
 */
export const statesRemovingImages: readonly RequestState[] = ['draft', 'awaiting_images'];

const requestPath = (id: string, rest: string) => `/api/requests/${encodeURIComponent(id)}${rest}`;

export const listImages = (requestId: string) =>
  api.get<{ images: RequestImage[] }>(requestPath(requestId, '/images')).then((body) => body.images);

/**
 * Adds a finished resumable upload to its lesion. The service decodes it and refuses what is not a photograph it
 * takes (415), damaged (422), too many megapixels (413) or already on the request (409), storing nothing.
 */
export const addUploadedImage = (uploadId: string) => api.post<RequestImage>('/api/images', { uploadId });

/**
 * Takes a wrong or poor photograph off the request before review, with the reason: the service keeps it in the
 * record but shows it to no one again. Refused (409) once the request is ready for review.
 */
export const removeImage = (imageId: string, reason: string) =>
  api.post<void>(`/api/images/${encodeURIComponent(imageId)}/remove`, { reason });

/** The referrer says every lesion has its photographs: the case becomes ready for review. */
export const completeImages = (requestId: string) =>
  api.post<{ state: RequestState; dueAt: string | null }>(requestPath(requestId, '/images-complete'));

/** "2 photographs", "No photographs yet" (or "2 photos", in a patient's words). */
export function photoCount(count: number, word: 'photograph' | 'photo' = 'photograph'): string {
  if (count === 0) return `No ${word}s yet`;
  return count === 1 ? `1 ${word}` : `${count} ${word}s`;
}

/** Photographs that count for a lesion: one the service could not process does not. */
export const countsForLesion = (image: RequestImage, lesionId: string) =>
  image.lesionId === lesionId && image.state !== 'failed';
