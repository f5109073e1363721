import { Cell, HeadRow } from '../../components/responsive-table.tsx';
import { Link } from 'react-router';
import { formatDate } from '../../components/dates.ts';
import { requestKindLabels } from '../../../../shared/request-content.ts';
import { formatNhsNumber } from '../patients/nhs-number.ts';
import { describeActivity } from './last-activity.ts';
import type { RequestSummary } from './requests-api.ts';
import { StateTag } from './state-tag.tsx';

const headings = ['Reference', 'Patient', 'Type', 'Status', 'Due', 'Last activity'] as const;

/**
 * The practice's requests as an NHS.UK responsive table: on a phone each row becomes a card with the column
 * names beside the values. A draft links to where it can be finished; anything else to its page.
 */
export function RequestsTable({ requests, caption }: { requests: RequestSummary[]; caption: string }) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <HeadRow headings={headings} />
      <tbody className="nhsuk-table__body">
        {requests.map((request) => (
          <tr className="nhsuk-table__row" role="row" key={request.id}>
            <Cell heading="Reference">
              <Link
                className="app-nowrap"
                to={request.state === 'draft' ? `/requests/${request.id}/edit` : `/requests/${request.id}`}
              >
                {request.reference}
                {request.state === 'draft' && <span className="nhsuk-u-visually-hidden"> (continue the draft)</span>}
              </Link>
            </Cell>
            <Cell heading="Patient">
              {request.patient.name}
              <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0">
                <span className="nhsuk-u-visually-hidden">NHS number </span>
                {formatNhsNumber(request.patient.nhsNumber)}
              </span>
            </Cell>
            <Cell heading="Type">
              {requestKindLabels[request.kind]}
              {request.urgency === 'urgent' && <span className="app-line">Urgent</span>}
            </Cell>
            <Cell heading="Status">
              <StateTag state={request.state} />
            </Cell>
            <Cell heading="Due">
              {request.dueAt ? formatDate(request.dueAt) : '–'}
              {request.overdueWorkingDays !== null && (
                <span className="app-line">
                  <strong className="nhsuk-tag nhsuk-tag--red">
                    {request.overdueWorkingDays === 0
                      ? 'Overdue today'
                      : `Overdue by ${request.overdueWorkingDays} working day${request.overdueWorkingDays === 1 ? '' : 's'}`}
                  </strong>
                </span>
              )}
            </Cell>
            <Cell heading="Last activity">
              {describeActivity(request.lastActivity)}
              <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0">{formatDate(request.updatedAt)}</span>
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
