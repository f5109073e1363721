import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { LesionPhotos } from '../images/lesion-photos.tsx';
import { PhotoGuidance } from '../images/photo-guidance.tsx';
import { PhotoRemovedBanner } from '../images/photo-removed-banner.tsx';
import { removePhotoPath } from '../images/remove-photo-form.tsx';
import { uploadsInProgress } from '../images/upload-queue.ts';
import { usePhotographs } from '../images/use-photographs.ts';
import { DraftCaption } from './draft-page.tsx';
import { draftPath, referrerAddsPhotos } from './draft-steps.ts';
import { LesionCard } from './lesion-card.tsx';
import { removeLesion, type RequestDetail } from './requests-api.ts';

/** The referral rules accept up to this many lesions in one request. */
const referralLesionLimit = 3;

/** The draft's lesions, each with change, remove and its photographs, and the way on to checking the answers. */
export function LesionList({ draft, onChanged }: { draft: RequestDetail; onChanged: () => void }) {
  const navigate = useNavigate();
  const [removing, setRemoving] = useState<string | null>(null);
  const { errors, show, showProblem, hasErrors } = useFormErrors({ lesions: 'add-lesion' });
  usePageTitle('Lesions', { hasErrors });
  const lesions = draft.lesions;
  const photographs = usePhotographs(draft.id);
  const addsPhotos = referrerAddsPhotos(draft);

  const remove = async (lesionId: string, number: number) => {
    // A lesion's photographs are part of the record, kept even when removed, so a lesion with any stays: say so.
    const sending = photographs.uploads.rows.some(
      (row) => row.lesionId === lesionId && row.status !== 'failed' && row.status !== 'cancelled',
    );
    if (sending || photographs.images?.some((image) => image.lesionId === lesionId)) {
      return show([{ field: '', message: `Lesion ${number} has photographs, so it cannot be removed` }]);
    }
    setRemoving(lesionId);
    try {
      await removeLesion(draft.id, lesionId);
      onChanged();
    } catch (error) {
      showProblem(error);
    } finally {
      setRemoving(null);
    }
  };

  const next = () => {
    if (!lesions.length) return show([{ field: 'lesions', message: 'Add at least one lesion on the body map' }]);
    if (uploadsInProgress(photographs.uploads)) {
      return show([{ field: '', message: 'Wait until the photos have finished uploading, or cancel them' }]);
    }
    void navigate(draftPath(draft.id, 'check'));
  };

  return (
    <>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      <PhotoRemovedBanner />
      <h1 className="nhsuk-heading-l">
        <DraftCaption draft={draft} />
        Lesions
      </h1>
      {lesions.length === 0 && <p>No lesions added yet. Add each lesion you want the dermatologist to look at.</p>}
      {addsPhotos && lesions.length > 0 && (
        <>
          <p>
            Add photographs of each lesion: a regional one showing where it is, and a close-up. You can also add them
            after sending the request.
          </p>
          <PhotoGuidance />
        </>
      )}
      {!addsPhotos && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            You do not need to add photographs. Once the service accepts the request, it books the patient into a
            community photography clinic, where a medical photographer takes the photographs of each lesion at the
            appointment.
          </p>
        </div>
      )}
      {draft.kind === 'referral' && lesions.length > referralLesionLimit && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>The service assesses up to three lesions in one referral. With more, it will not accept the request.</p>
        </div>
      )}
      {lesions.map((lesion, index) => (
        <LesionCard
          key={lesion.id}
          lesion={lesion}
          number={index + 1}
          actions={
            <ul className="nhsuk-list app-actions">
              <li>
                <Link to={`${draftPath(draft.id, 'lesions')}/${lesion.id}`}>
                  Change<span className="nhsuk-u-visually-hidden"> lesion {index + 1}</span>
                </Link>
              </li>
              <li>
                <button
                  type="button"
                  className="app-link-button"
                  disabled={removing !== null}
                  onClick={() => void remove(lesion.id, index + 1)}
                >
                  Remove<span className="nhsuk-u-visually-hidden"> lesion {index + 1}</span>
                </button>
              </li>
            </ul>
          }
        >
          {addsPhotos ? (
            <>
              <h4 className="nhsuk-heading-s app-lesion-photos__heading">
                Photographs<span className="nhsuk-u-visually-hidden"> of lesion {index + 1}</span>
              </h4>
              <LesionPhotos
                lesionId={lesion.id}
                lesionNumber={index + 1}
                photographs={photographs}
                canAdd
                removeTo={(image) => removePhotoPath(draft.id, image.id)}
              />
            </>
          ) : (
            <p className="nhsuk-body-s">The community photography clinic takes the photographs of this lesion.</p>
          )}
        </LesionCard>
      ))}
      <div className="nhsuk-button-group">
        <Link
          id="add-lesion"
          className="nhsuk-button nhsuk-button--secondary"
          to={`${draftPath(draft.id, 'lesions')}/new`}
        >
          {lesions.length ? 'Add another lesion' : 'Add a lesion'}
        </Link>
        <button className="nhsuk-button" type="button" onClick={next}>
          Continue
        </button>
      </div>
    </>
  );
}
