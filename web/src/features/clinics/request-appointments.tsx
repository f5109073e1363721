import { Link } from 'react-router';
import { useLoad } from '../../api/use-load.ts';
import { useSignedInSession } from '../auth/session-context.ts';
import { appointmentLine } from './appointment-summary.tsx';
import { AppointmentsTable } from './appointments-table.tsx';
import { getAppointments } from './clinics-api.ts';
import { SectionFailure } from './section-failure.tsx';

/**
 * A clinic request's appointments, read-only: the referrer sees when and where the patient is photographed, and a
 * booking clerk has the way to book or change it.
 */
export function RequestAppointments({ requestId, version }: { requestId: string; version: number }) {
  const { roles } = useSignedInSession();
  const loaded = useLoad(() => getAppointments(requestId), `${requestId}:${version}`);
  const isClerk = roles.includes('booking_clerk');
  if (loaded.status === 'loading') return null;
  const live = loaded.status === 'loaded' ? loaded.value.appointments.find((a) => a.status === 'booked') : undefined;
  return (
    <section aria-labelledby="appointments-heading">
      <h2 className="nhsuk-heading-m" id="appointments-heading">
        Appointments
      </h2>
      {loaded.status === 'failed' && (
        <SectionFailure problem={loaded.problem} what="Appointments" onRetry={loaded.reload} />
      )}
      {loaded.status === 'loaded' && (
        <>
          <p>
            {live
              ? `The patient is booked at a community photography clinic: ${appointmentLine(live)}.`
              : loaded.value.appointments.length === 0
                ? 'A medical photographer at a community clinic takes the photographs. The service books the appointment once it accepts the request.'
                : 'The patient has no appointment booked at the moment.'}
          </p>
          {loaded.value.appointments.length > 0 && (
            <AppointmentsTable
              appointments={loaded.value.appointments}
              caption="Appointments at the community photography clinic"
              hideCaption
            />
          )}
          {isClerk && (loaded.value.canBook || live) && (
            <p>
              <Link className="nhsuk-button nhsuk-button--secondary" to={`/booking/${requestId}`}>
                {live ? 'Change the appointment' : 'Book an appointment'}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
