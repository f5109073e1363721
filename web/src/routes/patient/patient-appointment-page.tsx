import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { Textarea } from '../../components/textarea.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import type { OfferPage } from '../../features/clinics/clinics-api.ts';
import { PatientSlotChoice } from '../../features/clinics/patient-slot-choice.tsx';
import '../../features/clinics/clinics.css';
import { AppointmentDetails, appointmentWhen } from '../../features/patient/appointment-details.tsx';
import {
  cancelAppointment,
  getPatientAppointment,
  moveAppointment,
  type PatientAppointment,
} from '../../features/patient/patient-api.ts';
import { usePatientView } from '../../features/patient/patient-context.ts';
import { ServiceContact, serviceOnTelephone } from '../../features/patient/service-contact.tsx';
import { ServiceUnavailablePage } from '../service-unavailable-page.tsx';

const fieldIds = { slotId: 'slotId', reason: 'reason' };

/**
 * /patient/appointment: when and where the photos will be taken, what to bring, and changing the time or cancelling,
 * without having to phone.
 */
export function PatientAppointmentPage() {
  const loaded = useLoad(getPatientAppointment, 'appointment');
  if (loaded.status === 'loading') return null;
  if (loaded.status === 'failed') return <ServiceUnavailablePage problem={loaded.problem} onRetry={loaded.reload} />;
  const { appointment, ...firstWeek } = loaded.value;
  if (!appointment) return <NoAppointment />;
  return <AppointmentView appointment={appointment} firstWeek={firstWeek} onRefused={loaded.reload} />;
}

type AppointmentViewProps = { appointment: PatientAppointment; firstWeek: OfferPage; onRefused: () => void };

function AppointmentView({ appointment, firstWeek, onRefused }: AppointmentViewProps) {
  const { view, reload } = usePatientView();
  const navigate = useNavigate();
  const [slotId, setSlotId] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const { errors, show, showProblem, hasErrors } = useFormErrors(fieldIds);
  usePageTitle('Your appointment', { hasErrors });

  const act = async (action: () => Promise<unknown>, then: string) => {
    setSending(true);
    try {
      await action();
      await navigate(then);
      void reload();
    } catch (error) {
      showProblem(error);
      setSending(false);
      // Someone else may have taken the time chosen: show the times still open.
      if (error instanceof ApiError && error.status === 409) onRefused();
    }
  };

  const move = (event: FormEvent) => {
    event.preventDefault();
    if (!slotId) return show([{ field: 'slotId', message: 'Choose a new time for your appointment' }]);
    void act(() => moveAppointment(slotId), '/patient/appointment/moved');
  };

  const cancel = (event: FormEvent) => {
    event.preventDefault();
    void act(() => cancelAppointment(reason.trim()), '/patient/appointment/cancelled');
  };

  return (
    <>
      <BackLink to="/patient">Back to your tasks</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
          <h1 className="nhsuk-heading-l">Your appointment</h1>
          <p className="nhsuk-body-l">
            A medical photographer will take photos of your skin at {appointment.site.name} at{' '}
            {appointmentWhen(appointment.startsAt)}.
          </p>
          <AppointmentDetails appointment={appointment} />
          <h2 className="nhsuk-heading-m">What happens at the appointment</h2>
          <p>
            The photographer will take photos of the areas your GP practice told us about, some of them close up, and go
            through the questions about your skin with you. You will not see a dermatologist at this appointment.
          </p>
          <p>
            A dermatologist (a skin specialist) at {view.serviceName} will look at the photos afterwards and write to
            you and {view.practice.name}.
          </p>
          <p>If the area is somewhere private, you can ask for someone else to be in the room with you.</p>
          <h2 className="nhsuk-heading-m">What to bring</h2>
          <ul className="nhsuk-list nhsuk-list--bullet">
            <li>a list of the medicines you take, including creams</li>
            <li>your glasses, if you need them to read</li>
            <li>the message or letter about this appointment</li>
          </ul>
          <p>
            On the day, do not put make-up, fake tan or cream on the area. If it is under your clothes, wear something
            you can easily move aside.
          </p>
          <p>
            <a href="/api/patient/appointment/letter" target="_blank" rel="noopener">
              Your appointment letter (PDF)
            </a>
            . If it does not open yet, try again in a minute: it is made just after the appointment is booked or moved.
          </p>

          <h2 className="nhsuk-heading-m">Change or cancel your appointment</h2>
          <form onSubmit={move} noValidate>
            <PatientSlotChoice
              value={slotId}
              onChange={setSlotId}
              error={errors.fields['slotId']}
              firstWeek={firstWeek}
              noTimes={
                <p>
                  There are no other times free at the moment. To change your appointment, contact{' '}
                  {serviceOnTelephone(view.service)}.
                </p>
              }
            >
              <button className="nhsuk-button" type="submit" disabled={sending}>
                Move my appointment
              </button>
            </PatientSlotChoice>
          </form>
          <h3 className="nhsuk-heading-s">If you no longer need the appointment</h3>
          <p>If you cancel, {view.serviceName} will contact you about what happens next.</p>
          <form onSubmit={cancel} noValidate>
            <Textarea
              id="reason"
              name="reason"
              label="Why are you cancelling? (optional)"
              hint="For example, none of the times suit you, or your skin has got better."
              rows={3}
              maxLength={1000}
              value={reason}
              error={errors.fields['reason']}
              onChange={(event) => setReason(event.target.value)}
            />
            <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={sending}>
              Cancel my appointment
            </button>
          </form>
          <ServiceContact service={view.service} />
        </div>
      </div>
    </>
  );
}

function NoAppointment() {
  const { view } = usePatientView();
  usePageTitle('Your appointment');
  return (
    <>
      <BackLink to="/patient">Back to your tasks</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1 className="nhsuk-heading-l">Your appointment</h1>
          <p>You do not have an appointment booked at the moment.</p>
          <p>If you are waiting for one, {view.serviceName} will send you a message with the date and time.</p>
          <ServiceContact service={view.service} />
        </div>
      </div>
    </>
  );
}

/** After a move: the new time and place, read again from the service so that it is what is booked. */
export function PatientAppointmentMovedPage() {
  const loaded = useLoad(getPatientAppointment, 'appointment-moved');
  usePageTitle('Your appointment has been moved');
  const appointment = loaded.status === 'loaded' ? loaded.value.appointment : null;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__heading">Your appointment has been moved</h1>
          {appointment && (
            <div className="nhsuk-panel__body">Your new appointment is at {appointmentWhen(appointment.startsAt)}</div>
          )}
        </div>
        {appointment && <AppointmentDetails appointment={appointment} />}
        {loaded.status === 'failed' && <p>Your new time could not be shown just now: {loaded.problem.detail}</p>}
        <p>Your old appointment has been cancelled, so someone else can have it.</p>
        <p>
          <Link to="/patient/appointment">See what to bring and what happens at the appointment</Link>
        </p>
        <p>
          <Link to="/patient">Back to your tasks</Link>
        </p>
      </div>
    </div>
  );
}

export function PatientAppointmentCancelledPage() {
  const { view } = usePatientView();
  usePageTitle('Your appointment has been cancelled');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__heading">Your appointment has been cancelled</h1>
        </div>
        <p>
          {view.serviceName} will contact you about what happens next. You do not need to do anything until they do.
        </p>
        <ServiceContact service={view.service} />
        <p>
          If your skin gets worse or you are worried, contact {view.practice.name}
          {view.practice.telephone ? ` on ${view.practice.telephone}` : ''}, or call 111.
        </p>
        <p>
          <Link to="/patient">Back to your tasks</Link>
        </p>
      </div>
    </div>
  );
}
