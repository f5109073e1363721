import { useEffect, useRef } from 'react';
import type { RequestImage } from './images-api.ts';
import { PhotoFrame, PhotoItem } from './photo-item.tsx';
import type { UploadRow } from './upload-queue.ts';

type UploadRowItemProps = {
  row: UploadRow;
  /** The photograph the upload became, once the service has it. */
  image: RequestImage | undefined;
  lesionNumber: number;
  /** Where to remove the photograph the upload became, while that is still possible. */
  removeTo?: ((image: RequestImage) => string) | undefined;
  onCancel: (id: string) => void;
  onRetry: (id: string) => void;
};

/** One chosen file: waiting, its progress bar while it uploads, then the photograph it became, or why it did not. */
export function UploadRowItem({ row, image, lesionNumber, removeTo, onCancel, onRetry }: UploadRowItemProps) {
  const statusRef = useRef<HTMLParagraphElement>(null);
  // Cancel and Try again disappear once pressed: keep the keyboard user's place on the row's new status.
  const focusStatus = useRef(false);
  useEffect(() => {
    if (!focusStatus.current) return;
    focusStatus.current = false;
    statusRef.current?.focus();
  }, [row.status]);

  if (image) return <PhotoItem image={image} lesionNumber={lesionNumber} showWarnings removeTo={removeTo?.(image)} />;
  const progressId = `${row.id}-progress`;
  const act = (action: (id: string) => void) => () => {
    focusStatus.current = true;
    action(row.id);
  };
  const cancel = (
    <button className="app-link-button nhsuk-body-s" type="button" onClick={act(onCancel)}>
      Cancel<span className="nhsuk-u-visually-hidden"> upload of {row.filename}</span>
    </button>
  );

  return (
    <PhotoFrame view={row.view} filename={row.filename} picture={<span className="app-photo__placeholder" />}>
      {row.status === 'waiting' && (
        <>
          <p className="nhsuk-body-s app-photo__fact" ref={statusRef} tabIndex={-1}>
            Waiting to upload
          </p>
          {cancel}
        </>
      )}
      {row.status === 'uploading' && (
        <>
          <label className="nhsuk-label nhsuk-body-s app-photo__fact" htmlFor={progressId}>
            Uploading {row.filename}
          </label>
          <div className="app-progress">
            <progress className="app-progress__bar" id={progressId} max={100} value={row.percent}>
              {row.percent}%
            </progress>
            <span className="nhsuk-body-s app-progress__text" aria-hidden="true">
              {row.percent}%
            </span>
          </div>
          {cancel}
        </>
      )}
      {(row.status === 'checking' || row.status === 'added') && (
        <p className="nhsuk-body-s app-photo__fact">Uploaded. Checking the photo…</p>
      )}
      {row.status === 'cancelled' && (
        <p className="nhsuk-body-s app-muted app-photo__fact" ref={statusRef} tabIndex={-1}>
          Upload cancelled. Nothing was kept.
        </p>
      )}
      {row.status === 'failed' && (
        <>
          <p className="nhsuk-error-message app-photo__fact" ref={statusRef} tabIndex={-1}>
            <span className="nhsuk-u-visually-hidden">Error: </span>
            {row.error}
          </p>
          {row.retryable && (
            <button
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              type="button"
              onClick={act(onRetry)}
            >
              Try again<span className="nhsuk-u-visually-hidden"> to upload {row.filename}</span>
            </button>
          )}
        </>
      )}
    </PhotoFrame>
  );
}
