import { useRef, useState, type ChangeEvent } from 'react';
import { Radios, type RadioOption } from '../../components/radios.tsx';
import { viewLabels, type ImageView } from './images-api.ts';
import { lesionNoun, usePhotoAudience } from './photo-audience.ts';

const viewOptions: readonly RadioOption<ImageView>[] = [
  { value: 'regional', label: 'Regional', hint: 'Shows where the lesion is on the body.' },
  {
    value: 'close_up',
    label: 'Close-up',
    hint: 'The lesion fills most of the frame, with a ruler or coin beside it for scale.',
  },
  { value: 'dermoscopic', label: 'Dermoscopic', hint: 'Taken through a dermatoscope.' },
];

/** A patient takes the two views a phone can: from further away, and close up. */
const patientViewOptions: readonly RadioOption<ImageView>[] = [
  { value: 'regional', label: 'From further away', hint: 'Shows where the area is on your body.' },
  {
    value: 'close_up',
    label: 'Close-up',
    hint: 'The area fills most of the photo, with a ruler or a coin beside it to show its size.',
  },
];

/** What each view shows, for a clinic's photographer adding one view at a time. */
const viewHints: Record<ImageView, string> = {
  regional: 'Take or upload a regional photograph: far enough back to show where the lesion is on the body.',
  close_up:
    'Take or upload a close-up photograph: the lesion fills most of the frame, with a ruler beside it for scale.',
  dermoscopic: 'Take or upload a dermoscopic photograph, taken through the dermatoscope.',
};

type PhotoUploaderProps = {
  lesionNumber: number;
  /**
   * What the live region last said about this lesion's uploads ("Photo 2 of 3 uploaded"). Left out where the page
   * has one live region for the lesion's several uploaders, so that nothing is read out twice.
   */
  announcement?: string;
  onChoose: (files: File[], view: ImageView) => void;
  /**
   * The one view these photographs are, chosen by the page: a clinic's photographer captures each view a lesion
   * needs in turn. There is then no question about the view, and one control, which on a tablet opens the camera.
   */
  view?: ImageView;
};

/**
 * Choose the view, then the photographs: from the device's files (several at once) or, on a phone, straight from
 * the camera. `accept="image/*"` lets an iPhone offer its HEIC photos, which are sent as JPEG where the browser can.
 */
export function PhotoUploader({ view: fixedView, ...props }: PhotoUploaderProps) {
  return fixedView ? <ViewUploader {...props} view={fixedView} /> : <ViewChoiceUploader {...props} />;
}

function ViewChoiceUploader({ lesionNumber, announcement, onChoose }: Omit<PhotoUploaderProps, 'view'>) {
  const [view, setView] = useState<ImageView | null>(null);
  const [error, setError] = useState<string | undefined>();
  const forPatient = usePhotoAudience() === 'patient';
  const noun = lesionNoun(forPatient ? 'patient' : 'staff');
  const viewId = `lesion-${lesionNumber}-view`;
  const firstRadio = useRef<HTMLDivElement>(null);
  const lesionText = (
    <span className="nhsuk-u-visually-hidden">
      {' '}
      of {noun} {lesionNumber}
    </span>
  );

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Emptied so that choosing the same photo again (after a cancel, say) is noticed.
    event.target.value = '';
    if (!files.length) return;
    if (!view) {
      setError('Select which view the photos show, then choose them again');
      firstRadio.current?.querySelector('input')?.focus();
      return;
    }
    onChoose(files, view);
  };

  return (
    <div className="app-uploader">
      <div ref={firstRadio}>
        <Radios
          id={viewId}
          name={viewId}
          legend={
            <>
              <span className="nhsuk-u-visually-hidden">
                {forPatient ? 'Area' : 'Lesion'} {lesionNumber}:{' '}
              </span>
              {forPatient ? 'Which photo are you adding?' : 'Which view are you adding?'}
            </>
          }
          legendSize="s"
          options={forPatient ? patientViewOptions : viewOptions}
          value={view}
          error={error}
          onChange={(chosen) => {
            setView(chosen);
            setError(undefined);
          }}
        />
      </div>
      {/* On a phone, the camera at once. The input is hidden behind a label drawn as a button; it still takes focus. */}
      <div className="nhsuk-form-group app-uploader__camera">
        <input
          className="app-uploader__camera-input"
          id={`lesion-${lesionNumber}-camera`}
          type="file"
          accept="image/*"
          capture="environment"
          onChange={choose}
        />
        <label
          className="nhsuk-button nhsuk-button--secondary app-uploader__camera-button"
          htmlFor={`lesion-${lesionNumber}-camera`}
        >
          Take photo{lesionText}
        </label>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={`lesion-${lesionNumber}-files`}>
          {forPatient ? 'Choose photos' : 'Choose photographs'}
          {lesionText}
        </label>
        <div className="nhsuk-hint" id={`lesion-${lesionNumber}-files-hint`}>
          JPEG, PNG, WebP, TIFF or iPhone (HEIC) photos, up to 25 MB each. You can choose several.
        </div>
        <input
          className="nhsuk-file-upload__input"
          id={`lesion-${lesionNumber}-files`}
          type="file"
          accept="image/*"
          multiple
          aria-describedby={`lesion-${lesionNumber}-files-hint`}
          onChange={choose}
        />
      </div>
      {announcement !== undefined && <UploadAnnouncement text={announcement} />}
    </div>
  );
}

/**
 * One view's control: labelled with the view alone ("Regional photograph"), so that the photographer working down
 * the checklist finds each by its name. `capture` opens a tablet's rear camera; a computer chooses files.
 */
function ViewUploader({ lesionNumber, announcement, onChoose, view }: PhotoUploaderProps & { view: ImageView }) {
  const id = `lesion-${lesionNumber}-${view}-photos`;
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Emptied so that choosing the same photo again (after a cancel, say) is noticed.
    event.target.value = '';
    if (files.length) onChoose(files, view);
  };
  return (
    <div className="app-uploader">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
          {viewLabels[view]} photograph
        </label>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {viewHints[view]} JPEG, PNG, WebP, TIFF or HEIC, up to 25 MB.
        </div>
        <input
          className="nhsuk-file-upload__input"
          id={id}
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          aria-describedby={`${id}-hint`}
          onChange={choose}
        />
      </div>
      {announcement !== undefined && <UploadAnnouncement text={announcement} />}
    </div>
  );
}

function UploadAnnouncement({ text }: { text: string }) {
  return (
    <div className="nhsuk-u-visually-hidden" aria-live="polite" role="status">
      {text}
    </div>
  );
}
