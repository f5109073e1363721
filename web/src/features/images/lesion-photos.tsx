import './photos.css';
import {
  countsForLesion,
  imageViews,
  photoCount,
  viewLabels,
  type ImageView,
  type RequestImage,
} from './images-api.ts';
import { usePhotoAudience } from './photo-audience.ts';
import { PhotoItem } from './photo-item.tsx';
import { PhotoUploader } from './photo-uploader.tsx';
import { uploadsInProgress } from './upload-queue.ts';
import { UploadRowItem } from './upload-row.tsx';
import type { Photographs } from './use-photographs.ts';

type LesionPhotosProps = {
  lesionId: string;
  lesionNumber: number;
  photographs: Photographs;
  /** The referrer may still add photographs: show the uploader and the quality warnings. */
  canAdd: boolean;
  /**
   * Where each photograph can be removed (a page asking for the reason), while the request is not yet ready for
   * review. Left out, nothing can be removed here.
   */
  removeTo?: ((image: RequestImage) => string) | undefined;
  /**
   * Only the photographs of this view, and an uploader for it alone (a clinic captures each view a lesion needs in
   * turn). The page then says what the uploads are doing in one live region for the lesion, not one per view.
   */
  view?: ImageView;
};

/**
 * A lesion's photographs. Those already on the request come first, regional before close-up; each file chosen on this page follows in its own
 * row, which becomes the photograph once the service has it, so nothing jumps about while the uploads finish.
 */
export function LesionPhotos({ lesionId, lesionNumber, photographs, canAdd, removeTo, view }: LesionPhotosProps) {
  const { problem, queue, uploads } = photographs;
  // Removing is a page of its own: not offered while uploads on this page would be lost by leaving it.
  const removable = uploadsInProgress(uploads) ? undefined : removeTo;
  const audience = usePhotoAudience();
  const ofView = <T extends { view: ImageView }>(item: T) => !view || item.view === view;
  const images = photographs.images?.filter(ofView) ?? null;
  const rows = uploads.rows.filter((row) => row.lesionId === lesionId && ofView(row));
  const fromRows = new Set(rows.map((row) => row.imageId));
  const byId = new Map((images ?? []).map((image) => [image.id, image]));
  const earlier = (images ?? [])
    .filter((image) => image.lesionId === lesionId && !fromRows.has(image.id))
    .sort((a, b) => imageViews.indexOf(a.view) - imageViews.indexOf(b.view));
  const total = (images ?? []).filter((image) => countsForLesion(image, lesionId)).length;
  // One view's list is not named "Regional photographs …": that name belongs to its upload control alone.
  const listName =
    audience === 'patient'
      ? `Photos of area ${lesionNumber}`
      : view
        ? `Taken for lesion ${lesionNumber}: ${viewLabels[view].toLowerCase()}`
        : `Photographs of lesion ${lesionNumber}`;

  const list = (earlier.length > 0 || rows.length > 0) && (
    <ul className={canAdd ? 'app-photos' : 'app-photos app-photos--grid'} aria-label={listName}>
      {earlier.map((image) => (
        <PhotoItem
          key={image.id}
          image={image}
          lesionNumber={lesionNumber}
          showWarnings={canAdd}
          removeTo={removable?.(image)}
        />
      ))}
      {rows.map((row) => (
        <UploadRowItem
          key={row.id}
          row={row}
          image={row.imageId ? byId.get(row.imageId) : undefined}
          lesionNumber={lesionNumber}
          removeTo={removable}
          onCancel={queue.cancel}
          onRetry={queue.retry}
        />
      ))}
    </ul>
  );
  const uploader = canAdd && (
    <PhotoUploader
      lesionNumber={lesionNumber}
      view={view}
      announcement={view ? undefined : (uploads.announcements[lesionId] ?? '')}
      onChoose={(files, chosen) => queue.add(files, lesionId, chosen)}
    />
  );

  return (
    <div className="app-lesion-photos">
      {problem && <p className="nhsuk-error-message">The photographs could not be loaded: {problem.detail}</p>}
      {view ? (
        // One view: its control first, named for the view, and what was taken under it as it uploads.
        <>
          {uploader}
          {!canAdd && images && (
            <p>
              {viewLabels[view]}: {photoCount(total).toLowerCase()}
            </p>
          )}
          {list}
        </>
      ) : (
        <>
          {images && (total > 0 || rows.length === 0) && (
            <p>{photoCount(total, audience === 'patient' ? 'photo' : 'photograph')}</p>
          )}
          {list}
          {uploader}
        </>
      )}
    </div>
  );
}
