import { Navigate } from 'react-router';
import type { Problem } from '../../api/api-error.ts';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { LoadFailure } from '../../components/load-failure.tsx';
import { listImages, viewLabels, type RequestImage } from '../images/images-api.ts';
import { RemovePhotoForm } from '../images/remove-photo-form.tsx';
import '../images/photos.css';
import type { Capture } from './clinic-day-api.ts';

/** The capture page of an appointment. */
export const capturePath = (appointmentId: string) => `/clinic-day/${encodeURIComponent(appointmentId)}`;

/**
 * Where one photograph of the appointment is removed: the capture page itself, asking why, so that the
 * photographer stays on the appointment's address throughout.
 */
export const removeClinicPhotoPath = (appointmentId: string, imageId: string) =>
  `${capturePath(appointmentId)}?${new URLSearchParams({ remove: imageId }).toString()}`;

const photoNotFound: Problem = {
  type: 'about:blank',
  title: 'Not found',
  status: 404,
  detail: 'This photograph is not on the request: it may have been removed already.',
  code: 'not_found',
};

type RemoveClinicPhotoProps = { capture: Capture; imageId: string };

/**
 * Removes a photograph taken at the clinic while the patient is still there (a wrong lesion, or too poor to help),
 * once the photographer has said why. The service keeps it in the record with the reason and shows it to no one
 * again, the dermatologist included; back on the capture page the view is missing again, to take once more.
 */
export function RemoveClinicPhoto({ capture, imageId }: RemoveClinicPhotoProps) {
  const back = capturePath(capture.appointmentId);
  const loaded = useLoad(
    async () => (await listImages(capture.requestId)).find((i) => i.id === imageId) ?? null,
    imageId,
  );
  // Once the capture is sent for review, what the dermatologist may have seen stays: back to the appointment.
  if (capture.status !== 'arrived' && capture.status !== 'in_progress') return <Navigate to={back} replace />;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Photograph" onRetry={loaded.reload} />;
  if (loaded.status === 'loaded' && !loaded.value) return <LoadFailure problem={photoNotFound} what="Photograph" />;
  return (
    <>
      <BackLink to={back}>{`Back to ${capture.patientName}`}</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {loaded.status === 'loaded' && loaded.value ? (
            <RemovalForm capture={capture} image={loaded.value} back={back} />
          ) : (
            <Heading capture={capture} />
          )}
        </div>
      </div>
    </>
  );
}

function Heading({ capture }: { capture: Capture }) {
  return (
    <h1 className="nhsuk-heading-l">
      <span className="nhsuk-caption-l">
        {capture.patientName}, {capture.reference}
      </span>
      Remove this photograph
    </h1>
  );
}

/** The photographer's form: from the capture, numbering lesions as the capture page does. */
function RemovalForm({ capture, image, back }: { capture: Capture; image: RequestImage; back: string }) {
  const lesion = capture.lesions.find((l) => l.id === image.lesionId);
  const described = lesion
    ? `${viewLabels[image.view]} photograph of lesion ${lesion.position}, ${lesion.bodySiteLabel}`
    : `${viewLabels[image.view]} photograph`;
  return (
    <RemovePhotoForm
      image={image}
      caption={`${capture.patientName}, ${capture.reference}`}
      described={described}
      back={back}
      explanation="Remove a photograph of the wrong lesion, or one too poor to help, then take it again while the patient is here. The dermatologist will not see it. It is kept in the request’s record, with your reason, but no one will be shown it again."
    />
  );
}
