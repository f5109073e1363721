import { appointmentStatusColours, appointmentStatusLabels } from './appointment-words.ts';
import type { AppointmentStatus } from './clinics-api.ts';

/** An appointment's status as an NHS.UK tag: Booked, Moved, Cancelled, Attended or Did not attend. */
export function AppointmentStatusTag({ status }: { status: AppointmentStatus }) {
  return (
    <strong className={`nhsuk-tag nhsuk-tag--${appointmentStatusColours[status]}`}>
      {appointmentStatusLabels[status]}
    </strong>
  );
}
