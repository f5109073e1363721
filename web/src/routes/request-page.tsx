import { Link, useParams } from 'react-router';
import { useLoad } from '../api/use-load.ts';
import { BackLink } from '../components/back-link.tsx';
import { LoadFailure } from '../components/load-failure.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useSignedInSession } from '../features/auth/session-context.ts';
import { RequestAppointments } from '../features/clinics/request-appointments.tsx';
import { ReturnedNotice } from '../features/clinics/returned-notice.tsx';
import { PhotoRemovedBanner } from '../features/images/photo-removed-banner.tsx';
import { RequestPhotographs } from '../features/images/request-photographs.tsx';
import { usePhotographs } from '../features/images/use-photographs.ts';
import { PatientLinkSection } from '../features/patient/patient-link-section.tsx';
import { MessageForm } from '../features/requests/message-form.tsx';
import { RequestAnswers } from '../features/requests/request-answers.tsx';
import { RequestOverview } from '../features/requests/request-overview.tsx';
import { getRequest, type RequestDetail } from '../features/requests/requests-api.ts';
import { Timeline } from '../features/requests/timeline.tsx';
import { OutcomeSummary } from '../features/review/outcome-summary.tsx';
import { useLettersPoll } from '../features/review/use-letters-poll.ts';

/** States in which the conversation is closed: nothing more will happen to the request. */
const closedStates = new Set(['draft', 'redirected', 'not_accepted', 'withdrawn', 'closed', 'returned']);

/** One request: its summary, its photographs, what was sent, its timeline and conversation, and withdrawing it. */
export function RequestPage() {
  const { requestId = '' } = useParams();
  const loaded = useLoad(() => getRequest(requestId), requestId);
  if (loaded.status === 'loading') return null;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Request" onRetry={loaded.reload} />;
  // Keyed by request, so that its photographs and uploads start afresh when another request is shown.
  return <RequestView key={loaded.value.id} request={loaded.value} reload={loaded.reload} />;
}

function RequestView({ request, reload }: { request: RequestDetail; reload: () => void }) {
  const session = useSignedInSession();
  usePageTitle(`Request ${request.reference}`);
  const isReferrer = session.roles.includes('referrer');
  const clinic = request.photography === 'clinic';
  // A clinic takes a clinic request's photographs; the referrer adds them only when the dermatologist asks for more.
  const referrerAddsPhotos = isReferrer && (!clinic || request.state === 'information_requested');
  const seesAppointments = session.roles.some(
    (role) => role === 'referrer' || role === 'booking_clerk' || role === 'service_admin',
  );
  const photographs = usePhotographs(request.id);
  useLettersPoll(request, reload);
  return (
    <>
      <BackLink to="/requests">All requests</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PhotoRemovedBanner />
          <h1 className="nhsuk-heading-l">
            <span className="nhsuk-caption-l">
              {request.patient.givenName} {request.patient.familyName}
            </span>
            Request {request.reference}
          </h1>
          <p className="app-no-print">
            <button className="app-link-button" type="button" onClick={() => window.print()}>
              Print this request
            </button>
          </p>
          {request.state === 'draft' && isReferrer && (
            <p>
              <Link className="nhsuk-button" to={`/requests/${request.id}/edit`}>
                Continue the draft
              </Link>
            </p>
          )}
          {/* The dermatologist's answer is what the practice came back for: first, and loud when it is urgent. */}
          <OutcomeSummary request={request} />
          <ReturnedNotice request={request} reload={reload} />
          <RequestOverview request={request} />
          {clinic && request.state !== 'draft' && seesAppointments && (
            <RequestAppointments requestId={request.id} version={request.version} />
          )}
          {request.lesions.length > 0 && (
            <RequestPhotographs
              request={request}
              photographs={photographs}
              isReferrer={referrerAddsPhotos}
              onCompleted={reload}
            />
          )}
          <PatientLinkSection request={request} onChanged={reload} />
          <h2 className="nhsuk-heading-m">Timeline and conversation</h2>
          <Timeline entries={request.timeline} />
          {isReferrer && !closedStates.has(request.state) && <MessageForm request={request} onSent={reload} />}
          <RequestAnswers request={request} editable={false} images={photographs.images} />
          {request.allowedActions.includes('withdraw') && (
            <>
              <h2 className="nhsuk-heading-m">Withdraw the request</h2>
              <p>If the patient no longer needs the service, withdraw the request and say why.</p>
              <p>
                <Link className="nhsuk-button nhsuk-button--warning" to={`/requests/${request.id}/withdraw`}>
                  Withdraw request
                </Link>
              </p>
            </>
          )}
        </div>
      </div>
    </>
  );
}
