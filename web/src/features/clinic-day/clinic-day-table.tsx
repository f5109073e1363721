import { Cell, HeadRow } from '../../components/responsive-table.tsx';
import { Link } from 'react-router';
import { formatCalendarDate, formatTime } from '../../components/dates.ts';
import { formatNhsNumber } from '../patients/nhs-number.ts';
import type { DayItem } from './clinic-day-api.ts';
import { DayStatusTag, lesionText, QuestionnaireTag } from './day-tags.tsx';

const headings = ['Time', 'Patient', 'Lesions referred', 'Questionnaire', 'Status'] as const;

/**
 * One site's appointments for the day, in time order, as an NHS.UK responsive table (cards on a phone). The
 * patient's name opens the appointment, where the photographer marks arrival and takes the photographs.
 */
export function ClinicDayTable({ appointments, caption }: { appointments: DayItem[]; caption: string }) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive app-clinic-day" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <HeadRow headings={headings} />
      <tbody className="nhsuk-table__body">
        {appointments.map((item) => (
          <tr className="nhsuk-table__row" role="row" key={item.appointmentId}>
            <Cell block heading="Time">
              <span className="app-nowrap">{formatTime(item.startsAt)}</span>
            </Cell>
            <Cell block heading="Patient">
              <Link to={`/clinic-day/${encodeURIComponent(item.appointmentId)}`}>{item.patientName}</Link>
              <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0">
                Born {formatCalendarDate(item.dateOfBirth)}
              </span>
              <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0">
                NHS number <span className="app-nowrap">{formatNhsNumber(item.nhsNumber)}</span>
              </span>
            </Cell>
            <Cell block heading="Lesions referred">
              {item.lesions.length === 0 ? (
                <span className="app-muted">None recorded</span>
              ) : (
                <ul className="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0">
                  {item.lesions.map((lesion) => (
                    <li className="nhsuk-u-margin-bottom-1" key={lesion.id}>
                      {lesionText(lesion)}
                    </li>
                  ))}
                </ul>
              )}
            </Cell>
            <Cell block heading="Questionnaire">
              <QuestionnaireTag done={item.questionnaireDone} />
            </Cell>
            <Cell block heading="Status">
              <DayStatusTag status={item.status} />
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
