import { formatDateTime, formatDay, formatTime } from '../../components/dates.ts';
import { AppointmentStatusTag } from './appointment-status-tag.tsx';
import { appointmentStatusLabels, endReasonWords } from './appointment-words.ts';
import type { Appointment } from './clinics-api.ts';
import { Cell, HeadRow } from '../../components/responsive-table.tsx';

const headings = ['Date and time', 'Site', 'Status'] as const;

/** A request's appointments, newest first as the service lists them: when, where, and what became of each. */
export function AppointmentsTable({
  appointments,
  caption,
  hideCaption = false,
}: {
  appointments: Appointment[];
  caption: string;
  /** Where a heading just above already says what the table is. */
  hideCaption?: boolean;
}) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption
        className={
          hideCaption ? 'nhsuk-table__caption nhsuk-u-visually-hidden' : 'nhsuk-table__caption nhsuk-table__caption--s'
        }
      >
        {caption}
      </caption>
      <HeadRow headings={headings} />
      <tbody className="nhsuk-table__body">
        {appointments.map((appointment) => (
          <tr className="nhsuk-table__row" role="row" key={appointment.id}>
            <Cell heading="Date and time">
              <span className="app-line">{formatDay(appointment.startsAt)}</span>
              {formatTime(appointment.startsAt)} to {formatTime(appointment.endsAt)}
            </Cell>
            <Cell heading="Site">
              <span className="app-line">{appointment.site.name}</span>
              <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0">{appointment.site.postcode}</span>
            </Cell>
            <Cell heading="Status">
              <AppointmentStatusTag status={appointment.status} />
              {appointment.status !== 'booked' && (
                <EndReason reason={appointment.endReason} status={appointmentStatusLabels[appointment.status]} />
              )}
              {appointment.endedAt && (
                <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0 app-muted">
                  {formatDateTime(appointment.endedAt)}
                </span>
              )}
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Why the appointment ended, where that says more than its status does. */
function EndReason({ reason, status }: { reason: string | null; status: string }) {
  const words = endReasonWords(reason);
  if (!words || words.toLowerCase() === status.toLowerCase()) return null;
  return <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0">{words}</span>;
}
