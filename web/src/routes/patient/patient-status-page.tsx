import { Link } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { formatDate } from '../../components/dates.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { usePatientView } from '../../features/patient/patient-context.ts';
import { ServiceContact } from '../../features/patient/service-contact.tsx';

/** Where the request is, in plain words, and the patient's copy of the letter once the dermatologist has replied. */
export function PatientStatusPage() {
  const { view } = usePatientView();
  usePageTitle('Your letter from the dermatologist');
  return (
    <>
      <BackLink to="/patient">Back to your tasks</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1 className="nhsuk-heading-l">Your letter from the dermatologist</h1>
          <h2 className="nhsuk-heading-m">Where your request is now</h2>
          <div className="nhsuk-inset-text app-patient-status">
            <p className="nhsuk-body-l">{view.status.text}</p>
          </div>
          {view.letter ? (
            <>
              <p>
                The dermatologist wrote to you on {formatDate(view.letter.createdAt)}. Your GP practice has a copy too.
              </p>
              <p>
                {/* The PDF comes from the service, not from a page of this app: an ordinary link. */}
                <a className="nhsuk-button" href={view.letter.url}>
                  Open your letter (PDF)
                </a>
              </p>
              <p className="nhsuk-body-s">
                If you need the letter in another format, such as large print, contact {view.practice.name}.
              </p>
            </>
          ) : (
            <p>Your letter will be here when the dermatologist has replied. We will not send it anywhere else.</p>
          )}
          {view.feedback.canGive && (
            <p>
              <Link to="/patient/feedback">Tell us about your experience</Link>
            </p>
          )}
          <p>
            If your skin gets worse or you are worried, contact {view.practice.name}
            {view.practice.telephone ? ` on ${view.practice.telephone}` : ''}, or call 111.
          </p>
          <ServiceContact service={view.service} />
        </div>
      </div>
    </>
  );
}
