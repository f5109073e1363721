import { useLoad } from '../../api/use-load.ts';
import { formatDate } from '../../components/dates.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { appointmentWhen } from './appointment-details.tsx';
import { getPatientAppointment, type PatientAppointment, type PatientView } from './patient-api.ts';
import { TaskList, type Task } from './task-list.tsx';
import { ServiceContact } from './service-contact.tsx';

/** The patient's start page once their date of birth is confirmed: where the request is, and what to do, in order. */
export function PatientTasks({ view }: { view: PatientView }) {
  usePageTitle('Your skin photos and questions');
  const consented = Boolean(view.consent?.given);
  const sent = view.photos.filter((photo) => photo.state !== 'failed').length;
  const answered = view.questionnaire.completedAt !== null;
  const started = Object.keys(view.questionnaire.answers).length > 0;
  // A patient booked into a photography clinic has an appointment to keep; the others have none, and a failure to
  // read it only leaves the task out.
  const booking = useLoad(getPatientAppointment, view.requestId);
  const appointment = booking.status === 'loaded' ? booking.value.appointment : null;

  const before: Task[] = [
    ...(appointment ? [appointmentTask(appointment)] : []),
    {
      id: 'consent',
      title: 'Give your consent',
      hint: 'What we share, with whom, and why',
      to: '/patient/consent',
      status: consented ? 'Completed' : 'To do',
      toDo: !consented,
    },
    // With an appointment, a medical photographer takes the photos: nothing for the patient to send.
    ...(appointment
      ? [{ id: 'photos', title: 'Send your photos', to: null, status: 'Taken at your appointment', toDo: false }]
      : [
          {
            id: 'guide',
            title: 'How to take good photos',
            hint: 'Light, focus, distance and size',
            to: '/patient/photo-guide',
            status: 'Read first',
            toDo: false,
          },
          photoTask(view, consented, sent),
        ]),
    {
      id: 'questions',
      title: 'Answer questions about your skin',
      to: '/patient/questions',
      status: answered ? 'Completed' : started ? 'In progress' : 'To do',
      toDo: !answered,
    },
  ];
  const after: Task[] = [
    {
      id: 'letter',
      title: 'Your letter from the dermatologist',
      to: '/patient/status',
      status: view.letter ? 'Ready to read' : 'Not ready yet',
      toDo: Boolean(view.letter),
    },
    {
      id: 'feedback',
      title: 'Tell us about your experience',
      to: view.feedback.canGive || view.feedback.given ? '/patient/feedback' : null,
      status: view.feedback.given ? 'Completed' : view.feedback.canGive ? 'To do' : 'Cannot start yet',
      toDo: view.feedback.canGive,
    },
  ];

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-l">
          <span className="nhsuk-caption-l">From {view.practice.name}</span>
          Your skin photos and questions
        </h1>
        <div className="nhsuk-inset-text app-patient-status">
          <span className="nhsuk-u-visually-hidden">Where your request is now: </span>
          <p className="nhsuk-body-l">{view.status.text}</p>
        </div>
        <p>
          {view.practice.name} has asked {view.serviceName} to look at your skin. A dermatologist (a skin specialist)
          will look at your photos and answers, then write to you and your GP practice.
        </p>
        <h2 className="nhsuk-heading-m">What to do</h2>
        <TaskList idPrefix="before" tasks={before} />
        <h2 className="nhsuk-heading-m">After the dermatologist has replied</h2>
        <TaskList idPrefix="after" tasks={after} />
        <ServiceContact service={view.service} />
        <p className="nhsuk-body-s app-muted">
          Your reference is {view.reference}. This link works until {formatDate(view.expiresAt)}. If you have a question
          about your skin, contact {view.practice.name}
          {view.practice.telephone ? ` on ${view.practice.telephone}` : ''}.
        </p>
      </div>
    </div>
  );
}

function appointmentTask(appointment: PatientAppointment): Task {
  return {
    id: 'appointment',
    title: 'Your appointment',
    hint: `${appointmentWhen(appointment.startsAt)} at ${appointment.site.name}. Change or cancel it here.`,
    to: '/patient/appointment',
    status: 'Booked',
    toDo: false,
  };
}

function photoTask(view: PatientView, consented: boolean, sent: number): Task {
  const base = { id: 'photos', title: 'Send your photos' };
  const count = sent === 1 ? '1 photo sent' : `${sent} photos sent`;
  if (!view.takesPhotos) return { ...base, to: null, status: sent ? count : 'No photos needed now', toDo: false };
  if (!consented)
    return { ...base, hint: 'Give your consent first', to: null, status: 'Cannot start yet', toDo: false };
  return { ...base, to: '/patient/photos', status: sent ? count : 'To do', toDo: sent === 0 };
}
