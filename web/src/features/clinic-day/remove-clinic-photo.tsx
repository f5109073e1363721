import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import type { Problem } from '../../api/api-error.ts';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { Textarea } from '../../components/textarea.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { listImages, removeImage, viewLabels, type RequestImage } from '../images/images-api.ts';
import type { PhotoRemovedState } from '../images/remove-photo-form.tsx';
import '../images/photos.css';
import type { Capture } from './clinic-day-api.ts';

/** The longest reason the service keeps (server/modules/images/images.schemas.ts). */
const maxReason = 500;

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

type RemovalFormProps = { capture: Capture; image: RequestImage; back: string };

function RemovalForm({ capture, image, back }: RemovalFormProps) {
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const { errors, show, showProblem, hasErrors } = useFormErrors();
  usePageTitle('Remove this photograph', { hasErrors });
  const lesion = capture.lesions.find((l) => l.id === image.lesionId);
  // As the capture page numbers lesions, and as the referrer's page describes a removed photograph.
  const described = lesion
    ? `${viewLabels[image.view]} photograph of lesion ${lesion.position}, ${lesion.bodySiteLabel}`
    : `${viewLabels[image.view]} photograph`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const given = reason.trim();
    if (!given) return show([{ field: 'reason', message: 'Give a reason for removing the photograph' }]);
    if (given.length > maxReason) {
      return show([{ field: 'reason', message: `Give the reason in ${maxReason} characters or fewer` }]);
    }
    setSaving(true);
    try {
      await removeImage(image.id, given);
      const state: PhotoRemovedState = { photoRemoved: described };
      await navigate(back, { replace: true, state });
    } catch (error) {
      // The service's reason, word for word: the capture was completed meanwhile, or the photograph is not the clinic's.
      setSaving(false);
      showProblem(error);
    }
  };

  return (
    <>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      <Heading capture={capture} />
      {image.urls && (
        <p>
          <img className="app-photo__thumbnail" src={image.urls.thumbnail} alt={`${described}, ${image.filename}`} />
        </p>
      )}
      <p>
        {described} ({image.filename}).
      </p>
      <p>
        Remove a photograph of the wrong lesion, or one too poor to help, then take it again while the patient is here.
        The dermatologist will not see it. It is kept in the request&rsquo;s record, with your reason, but no one will
        be shown it again.
      </p>
      <form onSubmit={submit} noValidate>
        <Textarea
          id="reason"
          label="Why are you removing it?"
          hint={`For example, it shows the wrong lesion or it is out of focus. Up to ${maxReason} characters.`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={errors.fields['reason']}
        />
        <div className="nhsuk-button-group">
          <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={saving}>
            Remove photograph
          </button>
          <Link to={back}>Cancel</Link>
        </div>
      </form>
    </>
  );
}
