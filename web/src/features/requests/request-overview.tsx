import { Link } from 'react-router';
import { formatCalendarDate, formatDate } from '../../components/dates.ts';
import { SummaryList } from '../../components/summary-list.tsx';
import { photographyLabels, requestKindLabels } from '../../../../shared/request-content.ts';
import { formatNhsNumber } from '../patients/nhs-number.ts';
import { urgentReferralSummaryUrl, type RequestDetail } from './requests-api.ts';
import { useSignedInSession } from '../auth/session-context.ts';
import { StateTag } from './state-tag.tsx';

const decisionLabels = {
  accepted: 'Accepted',
  redirect_urgent_cancer: 'Redirected to the urgent suspected cancer pathway',
  not_accepted: 'Not accepted',
} as const;

/** The request at a glance: patient, what was asked, its status and due date, and the eligibility decision. */
export function RequestOverview({ request }: { request: RequestDetail }) {
  const { patient, eligibility } = request;
  return (
    <SummaryList
      rows={[
        {
          key: 'Patient',
          value: (
            <>
              {patient.givenName} {patient.familyName}
              <span className="app-line">NHS number {formatNhsNumber(patient.nhsNumber)}</span>
              <span className="app-line">Born {formatCalendarDate(patient.dateOfBirth)}</span>
              {patient.registeredElsewhereAt && (
                <span className="app-line">
                  <strong className="nhsuk-tag nhsuk-tag--orange">Registered with another practice</strong> on{' '}
                  {formatDate(patient.registeredElsewhereAt)}. Your record and this request keep the contact details
                  your practice recorded; nothing of them was shared.
                </span>
              )}
            </>
          ),
        },
        { key: 'Type', value: requestKindLabels[request.kind] },
        { key: 'Urgency', value: request.urgency === 'urgent' ? 'Urgent' : 'Routine' },
        {
          key: 'Photographs',
          value: request.photography ? photographyLabels[request.photography] : 'Not answered yet',
        },
        { key: 'Status', value: <StateTag state={request.state} /> },
        { key: 'Dermatology service', value: request.service.name },
        { key: 'Referrer', value: `${request.referrer.name}, ${request.practice.name}` },
        ...(request.submittedAt ? [{ key: 'Submitted', value: formatDate(request.submittedAt) }] : []),
        {
          key: 'Response due',
          value: request.dueAt
            ? `${formatDate(request.dueAt)}${request.clockPaused ? ' (paused while waiting for your answer)' : ''}`
            : 'Not yet: the clock starts when the case is ready for review',
        },
        ...(eligibility
          ? [
              {
                key: 'Eligibility',
                value: (
                  <>
                    <strong>{decisionLabels[eligibility.decision]}</strong>
                    {eligibility.reasons.length > 0 && (
                      <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0">
                        {eligibility.reasons.map((reason) => (
                          <li key={reason}>{reason}</li>
                        ))}
                      </ul>
                    )}
                    <span className="app-line">
                      Decided by{' '}
                      <RuleSetVersionName
                        request={request}
                        name={eligibility.ruleSetName}
                        version={eligibility.ruleSetVersion}
                      />
                    </span>
                    {eligibility.decision === 'redirect_urgent_cancer' && request.state === 'redirected' && (
                      <a
                        href={urgentReferralSummaryUrl(request.id)}
                        download={`${request.reference}-urgent-referral-summary.pdf`}
                      >
                        Download the summary for the urgent referral (PDF)
                      </a>
                    )}
                  </>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/**
 * The rule set version that decided the request, as stored with the decision: its administrators can open it to read
 * the rules as they were.
 */
function RuleSetVersionName({ request, name, version }: { request: RequestDetail; name: string; version: number }) {
  const session = useSignedInSession();
  const words = `${name} rules, version ${version}`;
  const administers = session.memberships.some(
    (m) => m.organisationId === request.service.id && m.roles.includes('service_admin'),
  );
  if (!administers) return <>{words}</>;
  return (
    <Link to={`/admin/rules/${request.kind}/versions/${version}?service=${encodeURIComponent(request.service.id)}`}>
      {words}
    </Link>
  );
}
