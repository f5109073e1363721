import { viewLabels, type ImageView, type RequestImage } from '../images/images-api.ts';
import { LesionPhotos } from '../images/lesion-photos.tsx';
import type { Photographs } from '../images/use-photographs.ts';
import type { CaptureLesion } from './clinic-day-api.ts';

type LesionCaptureProps = {
  lesion: CaptureLesion;
  lesionNumber: number;
  photographs: Photographs;
  /** The patient has arrived and the capture is not complete: photographs may be added. */
  canAdd: boolean;
  /** Where each photograph can be removed (asking why), while the capture is not complete. Left out, none can be. */
  removeTo?: ((image: RequestImage) => string) | undefined;
};

/**
 * One lesion of the referral: where it is and what the referrer wrote, the views it needs with Done or Missing,
 * then each view's photographs (progress while they upload, then the thumbnail and any quality warning, so a poor
 * one is retaken, and removed, while the patient is still there) and its control to take or upload more.
 */
export function LesionCapture({ lesion, lesionNumber, photographs, canAdd, removeTo }: LesionCaptureProps) {
  const headingId = `lesion-${lesionNumber}-heading`;
  return (
    <section className="app-lesion-capture" aria-labelledby={headingId}>
      <h2 className="nhsuk-heading-m" id={headingId}>
        Lesion {lesionNumber}: {lesion.bodySiteLabel}
      </h2>
      <p>
        {lesion.description?.trim() ? lesion.description : <span className="app-muted">No description given.</span>}
        <span className="app-line nhsuk-body-s app-muted">
          {lesion.sizeMm === null ? 'Size not recorded' : `Size ${lesion.sizeMm} mm`}
        </span>
      </p>
      <p>Views needed: {viewList(lesion.requiredViews)}.</p>
      <ViewChecklist lesion={lesion} lesionNumber={lesionNumber} />
      {lesion.requiredViews.map((view) => (
        <div className="app-view-capture" key={view}>
          <LesionPhotos
            lesionId={lesion.id}
            lesionNumber={lesionNumber}
            photographs={photographs}
            canAdd={canAdd}
            removeTo={removeTo}
            view={view}
          />
        </div>
      ))}
      <div className="nhsuk-u-visually-hidden" aria-live="polite" role="status">
        {photographs.uploads.announcements[lesion.id] ?? ''}
      </div>
    </section>
  );
}

/** Each required view with Done or Missing, as the service counts them; a view done only with warnings says so. */
function ViewChecklist({ lesion, lesionNumber }: { lesion: CaptureLesion; lesionNumber: number }) {
  return (
    <ul className="nhsuk-task-list app-view-checklist" aria-label={`Views of lesion ${lesionNumber}`}>
      {lesion.requiredViews.map((view) => {
        const done = !lesion.missingViews.includes(view);
        const usable = lesion.images.filter((image) => image.view === view && image.state !== 'failed');
        const warned = usable.length > 0 && usable.every((image) => image.warnings.length > 0);
        const statusId = `lesion-${lesionNumber}-${view}-status`;
        return (
          <li className="nhsuk-task-list__item" key={view}>
            <div className="nhsuk-task-list__name-and-hint">
              <div>{viewLabels[view]}</div>
              {done && warned && <div className="nhsuk-task-list__hint">Has a quality warning: consider retaking</div>}
            </div>
            <div className="nhsuk-task-list__status" id={statusId}>
              {done ? (
                <strong className="nhsuk-tag nhsuk-tag--green">Done</strong>
              ) : (
                <strong className="nhsuk-tag nhsuk-tag--grey">Missing</strong>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** "regional, close-up and dermoscopic". */
function viewList(views: ImageView[]): string {
  const words = views.map((view) => viewLabels[view].toLowerCase());
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? 'none');
}
