import { Navigate, useParams } from 'react-router';
import type { Problem } from '../api/api-error.ts';
import { useLoad } from '../api/use-load.ts';
import { BackLink } from '../components/back-link.tsx';
import { LoadFailure } from '../components/load-failure.tsx';
import { listImages, statesRemovingImages } from '../features/images/images-api.ts';
import { photosPathOf, RemovePhotoForm, referrerRemoval } from '../features/images/remove-photo-form.tsx';
import { getRequest } from '../features/requests/requests-api.ts';

const photoNotFound: Problem = {
  type: 'about:blank',
  title: 'Not found',
  status: 404,
  detail: 'This photograph is not on the request: it may have been removed already.',
  code: 'not_found',
};

/** Removes one photograph of a request before review, once the referrer has said why. */
export function RemovePhotoPage() {
  const { requestId = '', imageId = '' } = useParams();
  const loaded = useLoad(async () => {
    const [request, images] = await Promise.all([getRequest(requestId), listImages(requestId)]);
    return { request, image: images.find((image) => image.id === imageId) ?? null };
  }, `${requestId}/${imageId}`);
  if (loaded.status === 'loading') return null;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Request" onRetry={loaded.reload} />;
  const { request, image } = loaded.value;
  if (!image) return <LoadFailure problem={photoNotFound} what="Photograph" />;
  // Once the request is ready for review the photograph stays: back to the request, which no longer offers it.
  if (!statesRemovingImages.includes(request.state)) return <Navigate to={`/requests/${request.id}`} replace />;
  return (
    <>
      <BackLink to={photosPathOf(request)} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <RemovePhotoForm image={image} {...referrerRemoval(request, image)} />
        </div>
      </div>
    </>
  );
}
