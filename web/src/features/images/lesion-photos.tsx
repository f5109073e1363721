import './photos.css';
import { countsForLesion, imageViews, photoCount } from './images-api.ts';
import { usePhotoAudience } from './photo-audience.ts';
import { PhotoItem } from './photo-item.tsx';
import { PhotoUploader } from './photo-uploader.tsx';
import { UploadRowItem } from './upload-row.tsx';
import type { Photographs } from './use-photographs.ts';

type LesionPhotosProps = {
  lesionId: string;
  lesionNumber: number;
  photographs: Photographs;
  /** The referrer may still add photographs: show the uploader and the quality warnings. */
  canAdd: boolean;
};

/**
 * A lesion's photographs. Those already on the request come first, regional before close-up; each file chosen on this page follows in its own
 * row, which becomes the photograph once the service has it, so nothing jumps about while the uploads finish.
 */
export function LesionPhotos({ lesionId, lesionNumber, photographs, canAdd }: LesionPhotosProps) {
  const { images, problem, queue, uploads } = photographs;
  const audience = usePhotoAudience();
  const rows = uploads.rows.filter((row) => row.lesionId === lesionId);
  const fromRows = new Set(rows.map((row) => row.imageId));
  const byId = new Map((images ?? []).map((image) => [image.id, image]));
  const earlier = (images ?? [])
    .filter((image) => image.lesionId === lesionId && !fromRows.has(image.id))
    .sort((a, b) => imageViews.indexOf(a.view) - imageViews.indexOf(b.view));
  const total = (images ?? []).filter((image) => countsForLesion(image, lesionId)).length;

  return (
    <div className="app-lesion-photos">
      {problem && <p className="nhsuk-error-message">The photographs could not be loaded: {problem.detail}</p>}
      {images && (total > 0 || rows.length === 0) && (
        <p>{photoCount(total, audience === 'patient' ? 'photo' : 'photograph')}</p>
      )}
      {(earlier.length > 0 || rows.length > 0) && (
        <ul
          className={canAdd ? 'app-photos' : 'app-photos app-photos--grid'}
          aria-label={
            audience === 'patient' ? `Photos of area ${lesionNumber}` : `Photographs of lesion ${lesionNumber}`
          }
        >
          {earlier.map((image) => (
            <PhotoItem key={image.id} image={image} lesionNumber={lesionNumber} showWarnings={canAdd} />
          ))}
          {rows.map((row) => (
            <UploadRowItem
              key={row.id}
              row={row}
              image={row.imageId ? byId.get(row.imageId) : undefined}
              lesionNumber={lesionNumber}
              onCancel={queue.cancel}
              onRetry={queue.retry}
            />
          ))}
        </ul>
      )}
      {canAdd && (
        <PhotoUploader
          lesionNumber={lesionNumber}
          announcement={uploads.announcements[lesionId] ?? ''}
          onChoose={(files, view) => queue.add(files, lesionId, view)}
        />
      )}
    </div>
  );
}
