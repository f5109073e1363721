import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatCalendarDate, formatDate } from '../../components/dates.ts';
import { SummaryList } from '../../components/summary-list.tsx';
import {
  consentMethodLabels,
  requestKindLabels,
  requestStateLabels,
  type RequestState,
} from '../../../../shared/request-content.ts';
import { formatNhsNumber } from '../patients/nhs-number.ts';
import { HistorySummary } from '../requests/history-summary.tsx';
import type { RequestDetail } from '../requests/requests-api.ts';
import { Timeline } from '../requests/timeline.tsx';
import { DueDate, UrgencyTag } from './due-tags.tsx';
import { sexLabels } from './review-api.ts';

/** Age in whole years on a day, from a calendar date of birth. */
export function ageOn(dateOfBirth: string, today = new Date()): number {
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const birthdayPassed = today.getMonth() + 1 > month || (today.getMonth() + 1 === month && today.getDate() >= day);
  return today.getFullYear() - year - (birthdayPassed ? 0 : 1);
}

/** Who the patient is, at a glance across the top of the case. */
export function PatientBar({ request }: { request: RequestDetail }) {
  const { patient } = request;
  const due = request.dueAt ? new Date(request.dueAt).getTime() : null;
  const items: [string, ReactNode][] = [
    ['Patient', `${patient.givenName} ${patient.familyName}`],
    ['Age and sex', `${ageOn(patient.dateOfBirth)}, ${sexLabels[patient.sex] ?? patient.sex}`],
    ['NHS number', formatNhsNumber(patient.nhsNumber)],
    ['Born', formatCalendarDate(patient.dateOfBirth)],
    ['Type', requestKindLabels[request.kind]],
    ['Urgency', <UrgencyTag urgency={request.urgency} key="urgency" />],
    [
      'Due',
      <DueDate
        key="due"
        dueAt={request.dueAt}
        overdue={due !== null && due < Date.now()}
        dueToday={due !== null && formatDate(new Date(due)) === formatDate(new Date()) && due >= Date.now()}
      />,
    ],
    ['From', `${request.referrer.name}, ${request.practice.name}`],
  ];
  return (
    <dl className="app-patient-bar" aria-label="Patient summary">
      {items.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What the referrer sent and what has happened since: question, history, consent, eligibility, conversation, earlier requests. */
export function CaseDetails({ request }: { request: RequestDetail }) {
  const { consent, eligibility } = request;
  return (
    <>
      <h2 className="nhsuk-heading-m">Clinical question and history</h2>
      <HistorySummary clinicalQuestion={request.clinicalQuestion} history={request.history} />
      <h2 className="nhsuk-heading-m">Consent and eligibility</h2>
      <SummaryList
        rows={[
          {
            key: 'Consent',
            value: consent
              ? `${consent.withdrawnAt ? 'Withdrawn' : 'Agreed'}: ${consentMethodLabels[consent.method].toLowerCase()}, ${formatDate(consent.recordedAt)}; teaching use ${consent.teachingUse ? 'agreed' : 'not agreed'}`
              : 'Not recorded',
          },
          {
            key: 'Eligibility',
            value: eligibility ? (
              <>
                {eligibility.decision === 'accepted' ? 'Accepted' : eligibility.decision.replace(/_/g, ' ')}
                {eligibility.reasons.map((reason) => (
                  <span className="app-line nhsuk-body-s" key={reason}>
                    {reason}
                  </span>
                ))}
                <span className="app-line nhsuk-body-s app-muted">
                  {eligibility.ruleSetName}, version {eligibility.ruleSetVersion}
                </span>
              </>
            ) : (
              'Not checked'
            ),
          },
        ]}
      />
      <h2 className="nhsuk-heading-m">Timeline and conversation</h2>
      <Timeline entries={request.timeline} />
      <h2 className="nhsuk-heading-m">Earlier requests for this patient</h2>
      {request.earlierRequests.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="nhsuk-list">
          {request.earlierRequests.map((earlier) => (
            <li key={earlier.id}>
              <Link to={`/requests/${earlier.id}`}>{earlier.reference}</Link>,{' '}
              {requestKindLabels[earlier.kind as keyof typeof requestKindLabels] ?? earlier.kind}
              {earlier.submittedAt ? `, sent ${formatDate(earlier.submittedAt)}` : ''}:{' '}
              {earlier.diagnosis ?? requestStateLabels[earlier.state as RequestState] ?? earlier.state}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
