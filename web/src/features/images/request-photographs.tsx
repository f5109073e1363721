import { useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import type { RequestDetail } from '../requests/requests-api.ts';
import { completeImages, statesRemovingImages, statesTakingImages } from './images-api.ts';
import { LesionPhotos } from './lesion-photos.tsx';
import { PhotoGuidance } from './photo-guidance.tsx';
import { removePhotoPath } from './remove-photo-form.tsx';
import { uploadsInProgress } from './upload-queue.ts';
import type { Photographs } from './use-photographs.ts';

type RequestPhotographsProps = {
  request: RequestDetail;
  photographs: Photographs;
  isReferrer: boolean;
  onCompleted: () => void;
};

/**
 * A submitted request's photographs, lesion by lesion. While the service is waiting for them (or has asked for
 * more), the referrer adds them here and says when they are all in, which starts the review clock.
 */
export function RequestPhotographs({ request, photographs, isReferrer, onCompleted }: RequestPhotographsProps) {
  const canAdd = isReferrer && statesTakingImages.includes(request.state) && request.state !== 'draft';
  // Until the request is ready for review: what a dermatologist may have seen stays in front of them.
  const removeTo =
    canAdd && statesRemovingImages.includes(request.state)
      ? (image: { id: string }) => removePhotoPath(request.id, image.id)
      : undefined;
  const [completing, setCompleting] = useState(false);
  const [completed, setCompleted] = useState(false);
  // A refusal ("add a photograph of lesion 2 first") stands until the photographs change.
  const photoTotal = photographs.images?.length ?? 0;
  const [refusal, setRefusal] = useState<{ message: string; photoTotal: number } | null>(null);
  const error = refusal?.photoTotal === photoTotal ? refusal.message : null;
  const setError = (message: string | null) => setRefusal(message ? { message, photoTotal } : null);

  const complete = async () => {
    if (uploadsInProgress(photographs.uploads)) {
      return setError('Wait until the photos have finished uploading, or cancel them');
    }
    setCompleting(true);
    setError(null);
    try {
      await completeImages(request.id);
      setCompleted(true);
      onCompleted();
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure.problem.detail);
    } finally {
      setCompleting(false);
    }
  };

  return (
    <section aria-labelledby="photographs-heading">
      <h2 className="nhsuk-heading-m" id="photographs-heading">
        Photographs
      </h2>
      {completed && <NotificationBanner variant="success">The request is ready for review.</NotificationBanner>}
      {canAdd && (
        <>
          <p>
            {request.state === 'information_requested'
              ? 'Add any photographs the dermatologist asked for.'
              : 'Add at least one photograph of each lesion: a regional one showing where it is, and a close-up.'}
          </p>
          <PhotoGuidance />
        </>
      )}
      {request.lesions.map((lesion, index) => (
        <div className="app-lesion-photos__group" key={lesion.id}>
          <h3 className="nhsuk-heading-s">
            Lesion {index + 1}: {lesion.bodySiteLabel}
          </h3>
          <LesionPhotos
            lesionId={lesion.id}
            lesionNumber={index + 1}
            photographs={photographs}
            canAdd={canAdd}
            removeTo={removeTo}
          />
        </div>
      ))}
      {canAdd && request.state === 'awaiting_images' && (
        <div className={error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
          {error && (
            <p className="nhsuk-error-message" id="images-complete-error" role="alert">
              <span className="nhsuk-u-visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <button
            className="nhsuk-button"
            type="button"
            disabled={completing}
            aria-describedby={error ? 'images-complete-error' : undefined}
            onClick={() => void complete()}
          >
            I have added all the photographs
          </button>
        </div>
      )}
    </section>
  );
}
