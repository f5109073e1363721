import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useLoad } from '../api/use-load.ts';
import { BackLink } from '../components/back-link.tsx';
import { formatDateTime, formatDay, formatTime } from '../components/dates.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { useFormErrors } from '../components/form-errors.ts';
import { LoadFailure } from '../components/load-failure.tsx';
import { NotificationBanner } from '../components/notification-banner.tsx';
import { SummaryList } from '../components/summary-list.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useSignedInSession } from '../features/auth/session-context.ts';
import { AppointmentStatusTag } from '../features/clinics/appointment-status-tag.tsx';
import { CancelSessionForm } from '../features/clinics/cancel-session-form.tsx';
import {
  addressLine,
  cancelSession,
  getSession,
  type QueueItem,
  type SessionDetail,
} from '../features/clinics/clinics-api.ts';
import '../features/clinics/clinics.css';
import { Cell, HeadRow } from '../components/responsive-table.tsx';
import { formatNhsNumber } from '../features/patients/nhs-number.ts';

/** One clinic session: its slots and who is booked into them, and cancelling it. */
export function ClinicSessionPage() {
  const { sessionId = '' } = useParams();
  const loaded = useLoad(() => getSession(sessionId), sessionId);
  if (loaded.status === 'loading') return null;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Session" onRetry={loaded.reload} />;
  return <SessionView key={sessionId} session={loaded.value} reload={loaded.reload} />;
}

function SessionView({ session, reload }: { session: SessionDetail; reload: () => void }) {
  const { roles } = useSignedInSession();
  const added = (useLocation().state as { added?: boolean } | null)?.added === true;
  const [toRebook, setToRebook] = useState<QueueItem[] | null>(null);
  const formErrors = useFormErrors();
  const { errors, hasErrors } = formErrors;
  const title = `${session.site.name}, ${formatDay(session.startsAt)}`;
  usePageTitle(title, { hasErrors });
  const canCancel = roles.includes('booking_clerk') && !session.cancelledAt && new Date(session.endsAt) > new Date();

  const cancel = async (reason: string) => {
    const result = await cancelSession(session.id, reason);
    setToRebook(result.toRebook);
    reload();
  };

  return (
    <>
      <BackLink to="/clinics">Clinics</BackLink>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      {added && !toRebook && <NotificationBanner variant="success">Session added</NotificationBanner>}
      {toRebook && (
        <NotificationBanner variant="success">Session cancelled. The patients have been told.</NotificationBanner>
      )}
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">{session.site.name}</span>
        {formatDay(session.startsAt)}
      </h1>
      {toRebook && <RebookList items={toRebook} />}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Time', value: `${formatTime(session.startsAt)} to ${formatTime(session.endsAt)}` },
              {
                key: 'Site',
                value: (
                  <>
                    <span className="app-line">{session.site.name}</span>
                    <span className="app-line">{addressLine(session.site)}</span>
                  </>
                ),
              },
              {
                key: 'Photographers',
                value: session.photographers.length
                  ? session.photographers.map((p) => p.displayName).join(', ')
                  : 'None',
              },
              {
                key: 'Appointments',
                value: `${session.bookedCount} of ${session.slotCount} booked, ${session.slotMinutes} minutes each`,
              },
              ...(session.cancelledAt
                ? [
                    {
                      key: 'Cancelled',
                      value: (
                        <>
                          <strong className="nhsuk-tag nhsuk-tag--red">Cancelled</strong>
                          <span className="app-line">{formatDateTime(session.cancelledAt)}</span>
                          {session.cancelReason && <span className="app-line">{session.cancelReason}</span>}
                        </>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </div>
      </div>
      <table className="nhsuk-table nhsuk-table--responsive" role="table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--m">Appointments</caption>
        <HeadRow headings={['Time', 'Patient', 'Status']} />
        <tbody className="nhsuk-table__body">
          {session.slots.map((slot) => (
            <tr className="nhsuk-table__row" role="row" key={slot.id}>
              <Cell heading="Time">
                <span className="app-nowrap">
                  {formatTime(slot.startsAt)} to {formatTime(slot.endsAt)}
                </span>
              </Cell>
              <Cell heading="Patient">
                {slot.booking ? (
                  <>
                    {slot.booking.patientName}
                    <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0">
                      {roles.includes('booking_clerk') ? (
                        <Link to={`/booking/${slot.booking.requestId}`}>{slot.booking.reference}</Link>
                      ) : (
                        <Link to={`/requests/${slot.booking.requestId}`}>{slot.booking.reference}</Link>
                      )}
                    </span>
                  </>
                ) : (
                  <span className="app-muted">Open</span>
                )}
              </Cell>
              <Cell heading="Status">
                {slot.booking ? (
                  <AppointmentStatusTag status={slot.booking.status} />
                ) : (
                  <span className="app-muted">Not booked</span>
                )}
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
      {canCancel && (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <CancelSessionForm bookedCount={session.bookedCount} onCancel={cancel} formErrors={formErrors} />
          </div>
        </div>
      )}
    </>
  );
}

/** The patients whose appointments went with the session, each linking to where they are booked again. */
function RebookList({ items }: { items: QueueItem[] }) {
  return (
    <section aria-labelledby="rebook-heading">
      <h2 className="nhsuk-heading-m" id="rebook-heading">
        Patients to rebook
      </h2>
      {items.length === 0 ? (
        <p>Nobody was booked into this session.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border">
          {items.map((item) => (
            <li key={item.requestId}>
              <Link to={`/booking/${item.requestId}`}>
                Book {item.patientName} again<span className="nhsuk-u-visually-hidden">, {item.reference}</span>
              </Link>
              <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0">
                {item.reference}, NHS number {formatNhsNumber(item.nhsNumber)}
                {item.urgency === 'urgent' ? ', urgent' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
