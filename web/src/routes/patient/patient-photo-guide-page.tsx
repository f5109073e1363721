import { Link } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { usePatientView } from '../../features/patient/patient-context.ts';

const tick = 'M11.4 17.5a2 2 0 0 1-2.7.1h-.1L4 12.8a1.5 1.5 0 0 1 2.1-2L10 14.7l8.1-8.1a1.5 1.5 0 1 1 2.2 2l-8.9 9Z';
const cross =
  'M17 18.5c-.4 0-.8-.1-1.1-.4l-10-10c-.6-.6-.6-1.6 0-2.1.6-.6 1.5-.6 2.1 0l10 10c.6.6.6 1.5 0 2.1-.3.3-.6.4-1 .4Z M7 18.5c-.4 0-.8-.1-1.1-.4-.6-.6-.6-1.5 0-2.1l10-10c.6-.6 1.5-.6 2.1 0 .6.6.6 1.5 0 2.1l-10 10c-.3.3-.6.4-1 .4Z';

/** How to take photos a dermatologist can use: short steps and a do and don't list that read well on a phone. */
export function PatientPhotoGuidePage() {
  const { view } = usePatientView();
  usePageTitle('How to take good photos');
  return (
    <>
      <BackLink to="/patient">Back to your tasks</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1 className="nhsuk-heading-l">How to take good photos</h1>
          <p>Clear photos help the dermatologist give you an answer without needing to see you in person.</p>
          <h2 className="nhsuk-heading-m">Take 2 photos of each area</h2>
          <ol className="nhsuk-list nhsuk-list--number">
            <li>
              <strong>One from further away</strong>, about an arm&rsquo;s length, so the dermatologist can see where it
              is on your body.
            </li>
            <li>
              <strong>One close-up</strong>, where the area fills most of the photo. Put a ruler or a coin next to it to
              show its size.
            </li>
          </ol>
          <p>It may be easier to ask someone to take the photos for you.</p>
          <div className="nhsuk-card nhsuk-card--feature app-do-dont">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading nhsuk-heading-m">Do</h2>
              <GuideList
                kind="tick"
                items={[
                  'use daylight: stand facing a window',
                  'hold the phone still and tap the screen on the area to focus',
                  'keep the phone flat, facing the skin straight on',
                  'check each photo is sharp before you send it',
                ]}
              />
            </div>
          </div>
          <div className="nhsuk-card nhsuk-card--feature app-do-dont">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading nhsuk-heading-m">Don&rsquo;t</h2>
              <GuideList
                kind="cross"
                items={[
                  'use the flash: it makes a glare on the skin',
                  'zoom in: move the phone closer instead',
                  'use filters or edit the photo',
                  'put make-up or cream on the area first',
                ]}
              />
            </div>
          </div>
          <p>
            If the area is somewhere private, you do not have to send a photo of it. Tell {view.practice.name}, who can
            arrange another way.
          </p>
          <Link className="nhsuk-button" to="/patient/photos">
            Continue to send your photos
          </Link>
        </div>
      </div>
    </>
  );
}

function GuideList({ kind, items }: { kind: 'tick' | 'cross'; items: string[] }) {
  return (
    <ul className={`nhsuk-list nhsuk-list--${kind}`} role="list">
      {items.map((item) => (
        <li key={item}>
          <svg
            className={`nhsuk-icon nhsuk-icon--${kind}`}
            xmlns="http://www.w3.org/2000/svg"
            viewBox="0 0 24 24"
            width="16"
            height="16"
            focusable="false"
            aria-hidden="true"
          >
            <path d={kind === 'tick' ? tick : cross} />
          </svg>
          {item}
        </li>
      ))}
    </ul>
  );
}
