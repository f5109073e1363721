import { Link } from 'react-router';
import { formatDate } from '../../components/dates.ts';
import { formatNhsNumber } from '../patients/nhs-number.ts';
import { UrgencyTag } from '../review/due-tags.tsx';
import { endReasonWords } from './appointment-words.ts';
import type { QueueItem } from './clinics-api.ts';
import { Cell, HeadRow } from '../../components/responsive-table.tsx';

const headings = [
  'Reference',
  'Patient',
  'Postcode',
  'Urgency',
  'Submitted',
  'Practice',
  'Lesions',
  'Did not attend',
  'Last appointment',
] as const;

/** Clinic requests waiting for an appointment, in the order the service gives them: urgent first, then oldest. */
export function BookingQueueTable({ items, caption }: { items: QueueItem[]; caption: string }) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive app-booking-queue" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <HeadRow headings={headings} />
      <tbody className="nhsuk-table__body">
        {items.map((item) => (
          <tr className="nhsuk-table__row" role="row" key={item.requestId}>
            <Cell heading="Reference">
              <Link className="app-nowrap" to={`/booking/${item.requestId}`}>
                {item.reference}
                <span className="nhsuk-u-visually-hidden">: book an appointment for {item.patientName}</span>
              </Link>
            </Cell>
            <Cell heading="Patient">
              {item.patientName}
              <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0 app-nowrap">
                <span className="nhsuk-u-visually-hidden">NHS number </span>
                {formatNhsNumber(item.nhsNumber)}
              </span>
            </Cell>
            <Cell heading="Postcode">
              <span className="app-nowrap">{item.postcode}</span>
            </Cell>
            <Cell heading="Urgency">
              <UrgencyTag urgency={item.urgency} />
            </Cell>
            <Cell heading="Submitted">{formatDate(item.submittedAt)}</Cell>
            <Cell heading="Practice">{item.practiceName}</Cell>
            <Cell heading="Lesions">{item.lesionCount}</Cell>
            <Cell heading="Did not attend">
              {item.didNotAttendCount === 0 ? (
                <span className="app-muted">None</span>
              ) : (
                <strong className="nhsuk-tag nhsuk-tag--orange">
                  {item.didNotAttendCount === 1 ? 'Once' : `${item.didNotAttendCount} times`}
                </strong>
              )}
            </Cell>
            <Cell heading="Last appointment">
              {item.lastEnded ? (
                <>
                  {endReasonWords(item.lastEnded.reason)}
                  <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0">{formatDate(item.lastEnded.at)}</span>
                </>
              ) : (
                <span className="app-muted">Not booked before</span>
              )}
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
