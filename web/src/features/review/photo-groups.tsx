import { imageViews, viewLabels } from '../images/images-api.ts';
import type { Lesion } from '../requests/requests-api.ts';
import type { ViewablePhoto } from './photo-order.ts';

type Props = {
  lesions: Lesion[];
  photos: ViewablePhoto[];
  shownId: string | null;
  compared: string[];
  onShow: (id: string) => void;
  onCompare: (id: string, on: boolean) => void;
};

/** Thumbnails lesion by lesion (with where it is on the body), and within each by view; each opens in the viewer. */
export function PhotoGroups({ lesions, photos, shownId, compared, onShow, onCompare }: Props) {
  return (
    <div className="app-photo-groups">
      {lesions.map((lesion, index) => {
        const ofLesion = photos.filter((photo) => photo.lesionId === lesion.id);
        return (
          <div className="app-photo-groups__lesion" key={lesion.id}>
            <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
              Lesion {index + 1}: {lesion.bodySiteLabel}
            </h3>
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
              {lesion.description}
              {lesion.sizeMm ? `, ${lesion.sizeMm} mm` : ''}
            </p>
            {!ofLesion.length && <p className="nhsuk-body-s app-muted">No photographs of this lesion.</p>}
            <div className="app-photo-groups__views">
              {imageViews.map((view) => {
                const ofView = ofLesion.filter((photo) => photo.view === view);
                if (!ofView.length) return null;
                return (
                  <div className="app-photo-groups__view" key={view}>
                    <p className="nhsuk-body-s app-photo-groups__view-name">{viewLabels[view]}</p>
                    <ul className="app-thumbs" aria-label={`${viewLabels[view]} photographs of lesion ${index + 1}`}>
                      {ofView.map((photo) => (
                        <Thumbnail
                          key={photo.id}
                          photo={photo}
                          shown={photo.id === shownId}
                          compared={compared.includes(photo.id)}
                          onShow={onShow}
                          onCompare={onCompare}
                        />
                      ))}
                    </ul>
                  </div>
                );
              })}
            </div>
          </div>
        );
      })}
    </div>
  );
}

type ThumbnailProps = {
  photo: ViewablePhoto;
  shown: boolean;
  compared: boolean;
  onShow: (id: string) => void;
  onCompare: (id: string, on: boolean) => void;
};

function Thumbnail({ photo, shown, compared, onShow, onCompare }: ThumbnailProps) {
  const checkboxId = `compare-${photo.id}`;
  return (
    <li className="app-thumbs__item">
      <button
        className={shown ? 'app-thumbs__button app-thumbs__button--shown' : 'app-thumbs__button'}
        type="button"
        aria-pressed={shown}
        onClick={() => onShow(photo.id)}
      >
        <img className="app-thumbs__image" src={photo.urls.thumbnail} alt="" {...{ elementtiming: 'thumbnail' }} />
        <span className="nhsuk-u-visually-hidden">Show {photo.name}</span>
        <span className="app-thumbs__label" aria-hidden="true">
          {viewLabels[photo.view]} {photo.viewNumber}
        </span>
      </button>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={checkboxId}
            type="checkbox"
            checked={compared}
            onChange={(event) => onCompare(photo.id, event.target.checked)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={checkboxId}>
            Compare<span className="nhsuk-u-visually-hidden"> {photo.name}</span>
          </label>
        </div>
      </div>
    </li>
  );
}
