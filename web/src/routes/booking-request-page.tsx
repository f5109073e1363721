import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useLoad } from '../api/use-load.ts';
import { BackLink } from '../components/back-link.tsx';
import { formatCalendarDate, formatDate } from '../components/dates.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { useFormErrors } from '../components/form-errors.ts';
import { LoadFailure } from '../components/load-failure.tsx';
import { NotificationBanner } from '../components/notification-banner.tsx';
import { SummaryList } from '../components/summary-list.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { AppointmentSummary, appointmentLine } from '../features/clinics/appointment-summary.tsx';
import { AppointmentsTable } from '../features/clinics/appointments-table.tsx';
import { ReasonForm } from '../features/clinics/reason-form.tsx';
import {
  bookAppointment,
  cancelAppointment,
  getAppointments,
  moveAppointment,
  recordDidNotAttend,
  type Appointment,
  type Channel,
  type DidNotAttendResult,
} from '../features/clinics/clinics-api.ts';
import '../features/clinics/clinics.css';
import { didNotAttendFromText, useTimeReached } from '../features/clinics/did-not-attend-from.ts';
import { OffersForm } from '../features/clinics/offers-form.tsx';
import { formatNhsNumber } from '../features/patients/nhs-number.ts';
import { getRequest, type RequestDetail } from '../features/requests/requests-api.ts';
import { StateTag } from '../features/requests/state-tag.tsx';

type Action = 'move' | 'cancel' | 'did-not-attend';
const actions: readonly Action[] = ['move', 'cancel', 'did-not-attend'];

/** What the clerk just did, shown at the top of the page until they do something else. */
type Outcome =
  | { kind: 'booked' | 'moved'; appointment: Appointment; channel: Channel }
  | { kind: 'cancelled' }
  | { kind: 'did-not-attend'; result: DidNotAttendResult };

const didNotAttendWords: Record<DidNotAttendResult, string> = {
  offer_again: 'Offered another appointment: the request is back in the booking queue',
  returned_to_referrer: 'Returned to the referrer with a letter',
};

/** One clinic referral for the booking clerk: the patient, their appointments, and booking, moving or cancelling. */
export function BookingRequestPage() {
  const { requestId = '' } = useParams();
  const [version, setVersion] = useState(0);
  const key = `${requestId}:${version}`;
  const request = useLoad(() => getRequest(requestId), key);
  const appointments = useLoad(() => getAppointments(requestId), key);
  const reload = () => setVersion((n) => n + 1);

  if (request.status === 'failed') return <LoadFailure problem={request.problem} what="Request" onRetry={reload} />;
  if (appointments.status === 'failed')
    return <LoadFailure problem={appointments.problem} what="Appointments" onRetry={reload} />;
  if (request.status !== 'loaded' || appointments.status !== 'loaded') return null;
  return (
    <BookingView
      key={requestId}
      request={request.value}
      appointments={appointments.value.appointments}
      canBook={appointments.value.canBook}
      version={version}
      onChanged={reload}
    />
  );
}

type BookingViewProps = {
  request: RequestDetail;
  appointments: Appointment[];
  canBook: boolean;
  version: number;
  onChanged: () => void;
};

function BookingView({ request, appointments, canBook, version, onChanged }: BookingViewProps) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('action') as Action | null;
  const live = appointments.find((a) => a.status === 'booked') ?? null;
  // The service refuses a did-not-attend before the appointment has started and its grace passed (hazard H11).
  const didNotAttendOpen = useTimeReached(live?.didNotAttendFrom ?? null);
  const action =
    live && requested && actions.includes(requested) && (requested !== 'did-not-attend' || didNotAttendOpen)
      ? requested
      : null;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const formErrors = useFormErrors();
  const { errors, hasErrors, clear } = formErrors;

  // A form's errors belong to that form: going to another (or back) starts clean.
  useEffect(() => clear(), [action, clear]);

  const panel = outcome?.kind === 'booked' || outcome?.kind === 'moved' ? outcome : null;
  const title = titleFor(action, canBook, live);
  usePageTitle(panel ? (panel.kind === 'booked' ? 'Appointment booked' : 'Appointment moved') : title, {
    hasErrors,
  });
  const patientName = `${request.patient.givenName} ${request.patient.familyName}`;
  const here = `/booking/${request.id}`;

  const done = (next: Outcome) => {
    setOutcome(next);
    // Replaced, so that Back does not return to the form just sent; the focus still moves to the new heading.
    setParams({}, { replace: true });
    onChanged();
  };
  const book = async (slotId: string, channel: Channel) => {
    const appointment = await bookAppointment(request.id, slotId, channel);
    done({ kind: 'booked', appointment, channel });
  };
  const move = async (slotId: string, channel: Channel) => {
    if (!live) return;
    const appointment = await moveAppointment(live.id, slotId, channel);
    done({ kind: 'moved', appointment, channel });
  };
  const cancel = async (reason: string) => {
    if (!live) return;
    await cancelAppointment(live.id, reason);
    done({ kind: 'cancelled' });
  };
  const [recording, setRecording] = useState(false);
  const didNotAttend = async () => {
    if (!live || recording) return;
    setRecording(true);
    try {
      const { result } = await recordDidNotAttend(live.id);
      done({ kind: 'did-not-attend', result });
    } catch (error) {
      formErrors.showProblem(error);
    } finally {
      setRecording(false);
    }
  };
  const keepLink = <Link to={here}>Keep the appointment</Link>;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/booking">Booking queue</BackLink>
        {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
        {outcome?.kind === 'cancelled' && !action && (
          <NotificationBanner variant="success">
            Appointment cancelled: the request is back in the booking queue
          </NotificationBanner>
        )}
        {outcome?.kind === 'did-not-attend' && !action && (
          <NotificationBanner variant="success">{didNotAttendWords[outcome.result]}</NotificationBanner>
        )}
        {panel && !action ? (
          <div className="nhsuk-panel">
            <h1 className="nhsuk-panel__heading">
              {panel.kind === 'booked' ? 'Appointment booked' : 'Appointment moved'}
            </h1>
            <div className="nhsuk-panel__body">
              <p>{appointmentLine(panel.appointment)}</p>
              <p className="nhsuk-u-margin-bottom-0">
                A letter has been sent to the patient. They were sent a link by{' '}
                {panel.channel === 'email' ? 'email' : 'text message'} to change or cancel it.
              </p>
            </div>
          </div>
        ) : (
          <h1 className="nhsuk-heading-l">
            <span className="nhsuk-caption-l">
              {patientName}, {request.reference}
            </span>
            {title}
          </h1>
        )}

        {!action && <RequestSummary request={request} />}

        {action === 'move' && live && (
          <>
            <p>The patient’s appointment is {appointmentLine(live)}.</p>
            <h2 className="nhsuk-heading-m">Choose a new appointment</h2>
            <OffersForm
              key={`move:${version}`}
              requestId={request.id}
              legend="Open appointments at the clinic sites"
              submitLabel="Move appointment"
              onSubmit={move}
              formErrors={formErrors}
            >
              {keepLink}
            </OffersForm>
          </>
        )}
        {action === 'cancel' && live && (
          <>
            <p>The patient’s appointment is {appointmentLine(live)}.</p>
            <ReasonForm
              intro={
                <p>
                  The patient is told that the appointment is cancelled, and the referral goes back to the booking
                  queue.
                </p>
              }
              label="Why is the appointment being cancelled?"
              hint="For example, the patient asked to cancel by phone. The reason is kept with the request."
              missing="Say why the appointment is being cancelled"
              submitLabel="Cancel appointment"
              onSubmit={cancel}
              formErrors={formErrors}
            >
              {keepLink}
            </ReasonForm>
          </>
        )}
        {action === 'did-not-attend' && live && (
          <>
            <p>The patient’s appointment was {appointmentLine(live)}.</p>
            <p>
              Record this when the patient did not come. The service’s rule decides what happens next: the patient may
              be offered one more appointment, or the request goes back to the referrer with a letter.
            </p>
            <div className="nhsuk-button-group">
              <button
                className="nhsuk-button nhsuk-button--warning"
                type="button"
                disabled={recording}
                onClick={() => void didNotAttend()}
              >
                Record did not attend
              </button>
              {keepLink}
            </div>
          </>
        )}

        {!action && live && (
          <section aria-labelledby="current-appointment">
            <h2 className="nhsuk-heading-m" id="current-appointment">
              Current appointment
            </h2>
            <AppointmentSummary appointment={live} />
            <div className="nhsuk-button-group">
              <Link className="nhsuk-button nhsuk-button--secondary" to={`${here}?action=move`}>
                Move appointment
              </Link>
              <Link className="nhsuk-button nhsuk-button--secondary" to={`${here}?action=cancel`}>
                Cancel appointment
              </Link>
              {didNotAttendOpen && (
                <Link className="nhsuk-button nhsuk-button--secondary" to={`${here}?action=did-not-attend`}>
                  Did not attend
                </Link>
              )}
            </div>
            {!didNotAttendOpen && (
              <p>
                If the patient does not come, you can record that they did not attend from {didNotAttendFromText(live)}.
              </p>
            )}
          </section>
        )}

        {!action && canBook && (
          <section aria-labelledby="book-heading">
            <h2 className="nhsuk-heading-m" id="book-heading">
              Choose an appointment
            </h2>
            <OffersForm
              key={`book:${version}`}
              requestId={request.id}
              legend="Open appointments at the clinic sites"
              submitLabel="Book appointment"
              onSubmit={book}
              formErrors={formErrors}
            />
          </section>
        )}

        {!action && !live && !canBook && (
          <p>
            This request is not waiting for an appointment. Its status is <StateTag state={request.state} />
          </p>
        )}

        {!action && appointments.length > 0 && (
          <AppointmentsTable appointments={appointments} caption="Appointments for this request" />
        )}
      </div>
    </div>
  );
}

function titleFor(action: Action | null, canBook: boolean, live: Appointment | null): string {
  if (action === 'move') return 'Move the appointment';
  if (action === 'cancel') return 'Cancel the appointment';
  if (action === 'did-not-attend') return 'Record that the patient did not attend';
  if (canBook) return 'Book an appointment';
  return live ? 'Appointment booked' : 'Appointments';
}

/** Who the patient is and what the referral is, as the clerk needs them on the phone. */
function RequestSummary({ request }: { request: RequestDetail }) {
  const { patient } = request;
  return (
    <SummaryList
      rows={[
        {
          key: 'Patient',
          value: (
            <>
              {patient.givenName} {patient.familyName}
              <span className="app-line">NHS number {formatNhsNumber(patient.nhsNumber)}</span>
              <span className="app-line">Born {formatCalendarDate(patient.dateOfBirth)}</span>
            </>
          ),
        },
        { key: 'Postcode', value: patient.postcode },
        { key: 'Referred by', value: `${request.referrer.name}, ${request.practice.name}` },
        { key: 'Urgency', value: request.urgency === 'urgent' ? 'Urgent' : 'Routine' },
        ...(request.submittedAt ? [{ key: 'Submitted', value: formatDate(request.submittedAt) }] : []),
        {
          key: 'Lesions',
          value: (
            <>
              {request.lesions.map((lesion, index) => (
                <span className="app-line" key={lesion.id}>
                  {index + 1}. {lesion.bodySiteLabel}
                  {lesion.sizeMm === null ? '' : `, ${lesion.sizeMm} mm`}
                </span>
              ))}
            </>
          ),
        },
        { key: 'Request', value: <Link to={`/requests/${request.id}`}>View request {request.reference}</Link> },
      ]}
    />
  );
}
