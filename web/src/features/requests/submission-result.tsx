import { Link } from 'react-router';
import { formatDate } from '../../components/dates.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { WarningCallout } from '../../components/warning-callout.tsx';
import { requestStateLabels } from '../../../../shared/request-content.ts';
import { urgentReferralSummaryUrl, type RequestDetail } from './requests-api.ts';

const patientName = (request: RequestDetail) => `${request.patient.givenName} ${request.patient.familyName}`;

/** What became of a submitted request: accepted, redirected to the urgent cancer pathway, or not accepted. */
export function SubmissionResult({ request }: { request: RequestDetail }) {
  const decision = request.eligibility?.decision;
  if (decision === 'redirect_urgent_cancer') return <Redirected request={request} />;
  if (decision === 'not_accepted') return <NotAccepted request={request} />;
  return <Accepted request={request} />;
}

function Accepted({ request }: { request: RequestDetail }) {
  usePageTitle('Request sent');
  return (
    <>
      <div className="nhsuk-panel">
        <h1 className="nhsuk-panel__heading">Request sent</h1>
        <div className="nhsuk-panel__body">
          Your reference is
          <br />
          <strong>{request.reference}</strong>
        </div>
      </div>
      <p>
        {request.service.name} has accepted the request for {patientName(request)}. Its status is{' '}
        <strong>{requestStateLabels[request.state]}</strong>.
      </p>
      <h2 className="nhsuk-heading-m">What happens next</h2>
      {request.state === 'awaiting_images' && request.photography === 'clinic' ? (
        <p>
          The booking team will book {patientName(request)} into a community photography clinic near them and send them
          the appointment letter. The dermatologist reviews the request once the clinic has taken the photographs.
        </p>
      ) : request.state === 'awaiting_images' ? (
        <p>
          The dermatologist reviews the request once every lesion has at least one photograph.{' '}
          <Link to={`/requests/${request.id}`}>Add the photographs</Link> on the request’s page, then say they are all
          there.
        </p>
      ) : (
        <p>
          The photographs are in, so the request is waiting for a dermatologist.
          {request.dueAt ? ` A response is due by ${formatDate(request.dueAt)}.` : ''}
        </p>
      )}
      <NextLinks request={request} />
    </>
  );
}

function Redirected({ request }: { request: RequestDetail }) {
  usePageTitle('Refer urgently on the suspected cancer pathway');
  return (
    <>
      <WarningCallout level={1} heading="Refer urgently on the suspected cancer pathway now">
        <ul className="nhsuk-list">
          {request.eligibility?.reasons.map((reason) => (
            <li key={reason}>
              <strong>{reason}</strong>
            </li>
          ))}
        </ul>
        <p>
          This request has <strong>not</strong> been sent to {request.service.name} for review and is not in its queue.
          Make the two-week-wait referral today.
        </p>
      </WarningCallout>
      <h2 className="nhsuk-heading-m">What to do now</h2>
      <ol className="nhsuk-list nhsuk-list--number">
        <li>
          Make the referral today on your local urgent suspected cancer referral route (NICE NG12, suspected cancer:
          recognition and referral), with your area’s referral form.
        </li>
        <li>
          Attach the summary below: it has the patient’s details, your history, the lesions and any photographs already
          taken, so nothing needs typing again.
        </li>
        <li>
          Tell {patientName(request)} why they are being referred urgently and that they should be seen within two
          weeks, and to contact the practice if they have not heard within a week.
        </li>
      </ol>
      <p>
        <a
          className="nhsuk-button nhsuk-button--secondary"
          href={urgentReferralSummaryUrl(request.id)}
          download={`${request.reference}-urgent-referral-summary.pdf`}
        >
          Download the summary for the urgent referral (PDF)
        </a>
      </p>
      <p>
        Reference {request.reference} for {patientName(request)} is recorded as{' '}
        <strong>{requestStateLabels[request.state]}</strong>.
      </p>
      <NextLinks request={request} />
    </>
  );
}

function NotAccepted({ request }: { request: RequestDetail }) {
  usePageTitle('Request not accepted');
  const reasons = request.eligibility?.reasons ?? [];
  return (
    <>
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">Reference {request.reference}</span>
        Request not accepted
      </h1>
      <p>
        {request.service.name} cannot accept this request for {patientName(request)}{' '}
        {reasons.length === 1 ? 'for this reason' : 'for these reasons'}:
      </p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p>The request has not been queued for review. Refer the patient by another route.</p>
      <NextLinks request={request} />
    </>
  );
}

function NextLinks({ request }: { request: RequestDetail }) {
  return (
    <ul className="nhsuk-list">
      <li>
        <Link to={`/requests/${request.id}`}>View the request</Link>
      </li>
      <li>
        <Link to="/requests">Go to your requests</Link>
      </li>
      <li>
        <Link to="/requests/new">Start a new request</Link>
      </li>
    </ul>
  );
}
