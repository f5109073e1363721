import './photos.css';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { Textarea } from '../../components/textarea.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { draftPath } from '../requests/draft-steps.ts';
import type { RequestDetail } from '../requests/requests-api.ts';
import { removeImage, viewLabels, type RequestImage } from './images-api.ts';

/** The longest reason the service keeps. */
const maxReason = 500;

/** The page that removes one photograph of a request, asking why. */
export const removePhotoPath = (requestId: string, imageId: string) =>
  `/requests/${encodeURIComponent(requestId)}/photos/${encodeURIComponent(imageId)}/remove`;

/** Where the referrer's photographs of the request are listed: the draft's lesions page, or the request's page. */
export const photosPathOf = (request: Pick<RequestDetail, 'id' | 'state'>) =>
  request.state === 'draft' ? draftPath(request.id, 'lesions') : `/requests/${request.id}`;

/** What the page the referrer returns to is told, to say the photograph has gone. */
export type PhotoRemovedState = { photoRemoved: string };

type RemovePhotoFormProps = {
  image: RequestImage;
  /** Whose photograph, above the heading: the patient and the request. */
  caption: string;
  /** The photograph in words: its view, lesion and site. */
  described: string;
  /** Where the list of photographs is, to go back to, told that this one has gone. */
  back: string;
  /** What removing it does, for the person removing it. */
  explanation: ReactNode;
};

/** The referrer's form: from the request's photographs. */
export function referrerRemoval(request: RequestDetail, image: RequestImage): Omit<RemovePhotoFormProps, 'image'> {
  const lesionIndex = request.lesions.findIndex((lesion) => lesion.id === image.lesionId);
  const lesion = request.lesions[lesionIndex];
  return {
    caption: `${request.patient.givenName} ${request.patient.familyName}, request ${request.reference}`,
    described: `${viewLabels[image.view]} photograph of lesion ${lesionIndex + 1}${lesion ? `, ${lesion.bodySiteLabel}` : ''}`,
    back: photosPathOf(request),
    explanation:
      'Remove a photograph that is of the wrong patient or lesion, or too poor to help. The dermatologist will not see it. It is kept in the request’s record, with your reason, but no one will be shown it again.',
  };
}

/**
 * Asks why a wrong or poor photograph is to be removed, then removes it: the service keeps it in the record, with
 * the reason, but shows it to no one again, the dermatologist included. Back to the list, where it is gone; a
 * refusal (review has started, the photograph is not theirs) is shown in the service's words.
 */
export function RemovePhotoForm({ image, caption, described, back, explanation }: RemovePhotoFormProps) {
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const { errors, show, showProblem, hasErrors } = useFormErrors();
  usePageTitle('Remove this photograph', { hasErrors });

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
      setSaving(false);
      showProblem(error);
    }
  };

  return (
    <>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">{caption}</span>
        Remove this photograph
      </h1>
      {image.urls && (
        <p>
          <img
            className="app-photo__thumbnail"
            src={image.urls.thumbnail}
            alt={`${described}${image.filename ? `, ${image.filename}` : ''}`}
          />
        </p>
      )}
      <p>
        {described}
        {image.filename ? ` (${image.filename})` : ''}.
      </p>
      <p>{explanation}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
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
