import { formatDay, formatTime } from '../../components/dates.ts';
import { MultilineText, SummaryList } from '../../components/summary-list.tsx';
import type { ClinicSite } from '../clinic-day/clinic-day-api.ts';
import type { PatientAppointment } from './patient-api.ts';

/** "10:30am on Thursday 4 December 2026", in UK time. */
export function appointmentWhen(startsAt: string): string {
  return `${formatTime(startsAt)} on ${formatDay(startsAt)}`;
}

/** The clinic's address as it is written on an envelope: one part a line, the postcode last. */
export function SiteAddress({ site }: { site: ClinicSite }) {
  const lines = site.address
    .split(/\n|,\s*/)
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    <>
      <span className="app-line">{site.name}</span>
      {lines.map((line, index) => (
        <span className="app-line" key={index}>
          {line}
        </span>
      ))}
      <span className="app-line">{site.postcode}</span>
    </>
  );
}

/** When and where, and how to get in: what the patient needs on the day. */
export function AppointmentDetails({ appointment }: { appointment: PatientAppointment }) {
  const minutes = Math.round((Date.parse(appointment.endsAt) - Date.parse(appointment.startsAt)) / 60_000);
  return (
    <SummaryList
      rows={[
        { key: 'Date and time', value: appointmentWhen(appointment.startsAt) },
        ...(minutes > 0 ? [{ key: 'How long it takes', value: `About ${minutes} minutes` }] : []),
        { key: 'Where', value: <SiteAddress site={appointment.site} /> },
        {
          key: 'Access',
          value: (
            <MultilineText
              text={appointment.site.accessibility}
              empty="Contact the clinic if you need help getting in or around."
            />
          ),
        },
      ]}
    />
  );
}
