import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { viewLabels, type ImageView, type RequestImage } from './images-api.ts';
import { usePhotoAudience, viewLabelFor } from './photo-audience.ts';

type PhotoItemProps = {
  image: RequestImage;
  lesionNumber: number;
  /** Quality warnings with advice to retake, for the referrer while photographs can still be added. */
  showWarnings: boolean;
  /** Where to ask for the reason and remove the photo, while it may still be removed (before review). */
  removeTo?: string | undefined;
};

/** One photograph of a lesion: "Processing…", then its thumbnail (linking to the full-size copy), size and warnings. */
export function PhotoItem({ image, lesionNumber, showWarnings, removeTo }: PhotoItemProps) {
  const { urls } = image;
  const forPatient = usePhotoAudience() === 'patient';
  return (
    <PhotoFrame
      view={image.view}
      filename={image.filename}
      picture={
        // A patient has the thumbnail of their own photo only: nothing larger to open.
        urls && forPatient ? (
          <img
            className="app-photo__thumbnail"
            src={urls.thumbnail}
            alt={`${viewLabelFor('patient', image.view)} photo of area ${lesionNumber}${image.filename ? `, ${image.filename}` : ''}`}
          />
        ) : urls ? (
          <a href={urls.viewing} target="_blank" rel="noopener">
            <img
              className="app-photo__thumbnail"
              src={urls.thumbnail}
              alt={`${viewLabels[image.view]} photograph of lesion ${lesionNumber}, ${image.filename} (opens full size in a new tab)`}
            />
          </a>
        ) : (
          <span className="app-photo__placeholder">{image.state === 'failed' ? 'No preview' : 'Processing…'}</span>
        )
      }
    >
      {image.state === 'ready' && image.width && image.height && (
        <p className="nhsuk-body-s app-muted app-photo__fact">
          {image.width} × {image.height} pixels
        </p>
      )}
      {image.state === 'processing' && (
        <p className="nhsuk-body-s app-photo__fact">Processing… the thumbnail and quality check follow.</p>
      )}
      {image.state === 'failed' && (
        <p className="nhsuk-error-message app-photo__fact">
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {image.failure ?? 'This photo could not be processed.'} Add it again, or take another.
        </p>
      )}
      {showWarnings && image.warnings.length > 0 && (
        <div className="app-photo-warning">
          <p className="nhsuk-body-s app-photo-warning__title">
            <span className="nhsuk-u-visually-hidden">Important: </span>Retake this photo
          </p>
          {image.warnings.map((warning) => (
            <p className="nhsuk-body-s" key={warning.code}>
              {warning.message}
            </p>
          ))}
          <p className="nhsuk-body-s">
            {forPatient
              ? 'Please take it again and add the new photo. The dermatologist will see both, so you do not need to remove this one.'
              : removeTo
                ? 'Take it again while the patient is with you and add the new one, then remove this one.'
                : 'Take it again while the patient is with you and add the new one. The dermatologist will see both.'}
          </p>
        </div>
      )}
      {removeTo && !forPatient && (
        <p className="nhsuk-body-s app-photo__fact">
          <Link to={removeTo}>
            Remove
            <span className="nhsuk-u-visually-hidden">
              {' '}
              {viewLabels[image.view].toLowerCase()} photograph of lesion {lesionNumber}
              {image.filename ? `, ${image.filename}` : ''}
            </span>
          </Link>
        </p>
      )}
    </PhotoFrame>
  );
}

type PhotoFrameProps = { view: ImageView; filename: string; picture: ReactNode; children: ReactNode };

/** The shape every photo and upload shares: a picture (or its place), then what it is and how it is going. */
export function PhotoFrame({ view, filename, picture, children }: PhotoFrameProps) {
  const audience = usePhotoAudience();
  return (
    <li className="app-photo">
      <div className="app-photo__picture">{picture}</div>
      <div className="app-photo__details">
        <p className="nhsuk-body-s app-photo__fact">
          <strong>{viewLabelFor(audience, view)}</strong>
          <span className="app-line app-photo__name">{filename}</span>
        </p>
        {children}
      </div>
    </li>
  );
}
