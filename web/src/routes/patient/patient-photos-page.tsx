import { Link } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { LesionPhotos } from '../../features/images/lesion-photos.tsx';
import { PhotoAudienceContext } from '../../features/images/photo-audience.ts';
import { uploadsInProgress } from '../../features/images/upload-queue.ts';
import { usePhotographs } from '../../features/images/use-photographs.ts';
import { patientPhotos } from '../../features/patient/patient-api.ts';
import { usePatientView } from '../../features/patient/patient-context.ts';

/**
 * The patient sends their photos, area by area, with the same uploader the practice uses: the view, progress,
 * resuming after a lost signal, and the quality check's advice to take a blurred or dark photo again.
 */
export function PatientPhotosPage() {
  const { view, reload } = usePatientView();
  const photographs = usePhotographs(view.requestId, patientPhotos);
  usePageTitle('Send your photos');
  const canAdd = view.takesPhotos && Boolean(view.consent?.given);
  const busy = uploadsInProgress(photographs.uploads);

  return (
    <PhotoAudienceContext value="patient">
      <BackLink to="/patient">Back to your tasks</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1 className="nhsuk-heading-l">Send your photos</h1>
          {!view.consent?.given ? (
            <p>
              Before you send photos, <Link to="/patient/consent">give your consent</Link>.
            </p>
          ) : !view.takesPhotos ? (
            <p>Photos cannot be added now. If you think the dermatologist needs more, contact {view.practice.name}.</p>
          ) : (
            <>
              <p>
                For each area, send one photo from further away and one close-up.{' '}
                <Link to="/patient/photo-guide">How to take good photos</Link>.
              </p>
              <p>You can take a photo now, or choose photos you have already taken.</p>
            </>
          )}
          {view.lesions.map((lesion, index) => (
            <section className="app-lesion-photos__group" key={lesion.id} aria-labelledby={`area-${index + 1}`}>
              <h2 className="nhsuk-heading-m" id={`area-${index + 1}`}>
                Area {index + 1}: {lesion.site}
              </h2>
              {lesion.description && (
                <p className="app-muted">
                  <span className="nhsuk-u-visually-hidden">What your GP practice wrote: </span>
                  {lesion.description}
                </p>
              )}
              <LesionPhotos lesionId={lesion.id} lesionNumber={index + 1} photographs={photographs} canAdd={canAdd} />
            </section>
          ))}
          {busy && <p className="nhsuk-body-s">Keep this page open until your photos have uploaded.</p>}
          <Link className="nhsuk-button" to="/patient" onClick={() => void reload()}>
            {canAdd ? 'I have sent my photos' : 'Back to your tasks'}
          </Link>
        </div>
      </div>
    </PhotoAudienceContext>
  );
}
