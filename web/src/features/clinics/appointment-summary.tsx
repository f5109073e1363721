import { formatDateTime, formatDay, formatTime } from '../../components/dates.ts';
import { MultilineText, SummaryList } from '../../components/summary-list.tsx';
import type { Appointment } from './clinics-api.ts';

/** The appointment as the patient's letter has it: when, where, how to get in, and when it was booked. */
export function AppointmentSummary({ appointment }: { appointment: Appointment }) {
  const { site } = appointment;
  return (
    <SummaryList
      rows={[
        {
          key: 'When',
          value: `${formatDay(appointment.startsAt)}, ${formatTime(appointment.startsAt)} to ${formatTime(appointment.endsAt)}`,
        },
        {
          key: 'Where',
          value: (
            <>
              <span className="app-line">{site.name}</span>
              <MultilineText text={site.address} />
              <span className="app-line">{site.postcode}</span>
            </>
          ),
        },
        { key: 'Accessibility', value: <MultilineText text={site.accessibility} empty="Nothing recorded" /> },
        { key: 'Booked', value: formatDateTime(appointment.bookedAt) },
        ...(appointment.arrivedAt ? [{ key: 'Arrived', value: formatDateTime(appointment.arrivedAt) }] : []),
      ]}
    />
  );
}

/** "Saturday 21 November 2026 at 10:20am, Northgate Health Centre": one line for a banner or panel. */
export function appointmentLine(appointment: Appointment): string {
  return `${formatDay(appointment.startsAt)} at ${formatTime(appointment.startsAt)}, ${appointment.site.name}`;
}
