import { Link } from 'react-router';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { formatDate, formatDateTime } from '../../components/dates.ts';
import { useFormErrors } from '../../components/form-errors.ts';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { Radios } from '../../components/radios.tsx';
import { useSignedInSession } from '../auth/session-context.ts';
import type { RequestDetail } from '../requests/requests-api.ts';
import { PatientAnswers } from './patient-answers.tsx';
import {
  cancelPatientLink,
  linkInUse,
  sendPatientLink,
  type LinkChannel,
  type LinkStatus,
  type PatientLinkStatus,
} from './patient-link-api.ts';

const closedStates = new Set(['redirected', 'not_accepted', 'withdrawn', 'closed', 'returned']);
const channelWords: Record<LinkChannel, string> = { sms: 'text message', email: 'email' };
const statusTags: Record<LinkStatus, { text: string; colour: string }> = {
  sent: { text: 'Sent', colour: 'blue' },
  opened: { text: 'Opened', colour: 'purple' },
  completed: { text: 'Completed', colour: 'green' },
  expired: { text: 'Expired', colour: 'grey' },
  revoked: { text: 'Cancelled', colour: 'grey' },
  superseded: { text: 'Replaced', colour: 'grey' },
  locked: { text: 'Locked', colour: 'red' },
};

type PatientLinkSectionProps = { request: RequestDetail; onChanged: () => void };

/**
 * The secure link that lets the patient consent, send their own photos and answer questions from their phone:
 * how far they got, sending it (again) by text or email, cancelling it, and their answers.
 */
export function PatientLinkSection({ request, onChanged }: PatientLinkSectionProps) {
  const session = useSignedInSession();
  const link = request.patientLink;
  const mayAct =
    (session.roles.includes('referrer') || session.roles.includes('booking_clerk')) && !closedStates.has(request.state);
  const [channel, setChannel] = useState<LinkChannel | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { errors, show, showProblem, clear, hasErrors } = useFormErrors({ channel: 'patient-link-channel' });

  const act = async (action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    setDone(null);
    try {
      await action();
      clear();
      setChannel(null);
      setDone(success);
      onChanged();
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!channel) return show([{ field: 'channel', message: 'Choose text message or email' }]);
    void act(() => sendPatientLink(request.id, channel), `A link was sent to the patient by ${channelWords[channel]}.`);
  };

  return (
    <section aria-labelledby="patient-link-heading">
      <h2 className="nhsuk-heading-m" id="patient-link-heading">
        Patient link
      </h2>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      {done && <NotificationBanner variant="success">{done}</NotificationBanner>}
      <p>
        {link ? (
          <strong className={`nhsuk-tag nhsuk-tag--${statusTags[link.status].colour} nhsuk-u-margin-right-2`}>
            {statusTags[link.status].text}
          </strong>
        ) : null}
        {describeLink(link)}
      </p>
      {mayAct && (
        <form onSubmit={send} noValidate>
          <Radios
            id="patient-link-channel"
            name="patient-link-channel"
            legend={linkInUse(link) ? 'Send a new link' : 'Send the patient a link'}
            legendSize="s"
            hint={
              linkInUse(link)
                ? 'The new link replaces the one already sent, which stops working.'
                : 'The patient can give consent, send their own photos and answer questions from their phone.'
            }
            error={errors.fields['channel']}
            options={[
              { value: 'sms', label: 'By text message', hint: 'To the mobile number on the patient’s record' },
              { value: 'email', label: 'By email', hint: 'To the email address on the patient’s record' },
            ]}
            value={channel}
            onChange={setChannel}
          />
          <p className="nhsuk-body-s">
            <Link to={`/patients/${request.patient.id}/contact?back=${encodeURIComponent(`/requests/${request.id}`)}`}>
              Change the patient’s mobile number or email address
            </Link>
          </p>
          <div className="app-patient-link__actions">
            <button className="nhsuk-button" type="submit" disabled={busy}>
              {linkInUse(link) ? 'Send a new link' : 'Send link'}
            </button>
            {linkInUse(link) && (
              <button
                className="nhsuk-button nhsuk-button--secondary"
                type="button"
                disabled={busy}
                onClick={() => void act(() => cancelPatientLink(request.id), 'The link was cancelled.')}
              >
                Cancel the link
              </button>
            )}
          </div>
        </form>
      )}
      {request.questionnaire && <PatientAnswers questionnaire={request.questionnaire} />}
    </section>
  );
}

/** The link's story in a sentence or two. */
function describeLink(link: PatientLinkStatus | null): string {
  if (!link) return 'No link has been sent to the patient.';
  const sent = `Sent by ${channelWords[link.channel]} on ${formatDateTime(link.sentAt)}.`;
  const opened = link.openedAt ? ` Opened on ${formatDateTime(link.openedAt)}.` : ' Not opened yet.';
  switch (link.status) {
    case 'sent':
    case 'opened':
      return `${sent}${opened} It works until ${formatDate(link.expiresAt)}.`;
    case 'completed':
      return `${sent}${opened} The patient has finished answering the questions.`;
    case 'expired':
      return `${sent} It expired on ${formatDate(link.expiresAt)}.`;
    case 'revoked':
      return `${sent} It was cancelled.`;
    case 'superseded':
      return `${sent} A newer link replaced it.`;
    case 'locked':
      return `${sent} It was locked because the date of birth was entered wrongly 5 times. Check the patient’s details, then send a new link.`;
  }
}
