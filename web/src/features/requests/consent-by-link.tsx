import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/dates.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { Radios } from '../../components/radios.tsx';
import { linkInUse, sendPatientLink, type LinkChannel } from '../patient/patient-link-api.ts';
import type { RequestDetail } from './requests-api.ts';

const channelWords: Record<LinkChannel, string> = { sms: 'text message', email: 'email' };
const channelOptions = [
  { value: 'sms', label: 'By text message', hint: 'To the mobile number on the patient’s record' },
  { value: 'email', label: 'By email', hint: 'To the email address on the patient’s record' },
] as const;

type ConsentByLinkProps = {
  draft: RequestDetail;
  /** Where the referrer goes on to while the patient gives consent. */
  next: string;
};

/**
 * The other way to consent, offered where consent is asked: a patient who is not with the referrer gives it through
 * a secure link (and sends their own photos and answers there), while the referrer goes on with the request. The
 * request is sent once they have consented.
 */
export function ConsentByLink({ draft, next }: ConsentByLinkProps) {
  const [channel, setChannel] = useState<LinkChannel | null>(null);
  const [sending, setSending] = useState(false);
  const [sentBy, setSentBy] = useState<LinkChannel | null>(null);
  const { errors, show, showProblem, clear, hasErrors } = useFormErrors({ channel: 'consent-link-channel' });
  const earlier = draft.patientLink;
  const inUse = sentBy !== null || linkInUse(earlier);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (!channel) return show([{ field: 'channel', message: 'Choose text message or email' }]);
    setSending(true);
    setSentBy(null);
    try {
      await sendPatientLink(draft.id, channel);
      clear();
      setSentBy(channel);
      setChannel(null);
    } catch (error) {
      showProblem(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="consent-link-heading">
      <h2 className="nhsuk-heading-m" id="consent-link-heading">
        If the patient is not with you
      </h2>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      {sentBy && (
        <NotificationBanner variant="success">
          A secure link was sent to the patient by {channelWords[sentBy]}.
        </NotificationBanner>
      )}
      {!sentBy && earlier && linkInUse(earlier) && (
        <p>
          A link was sent by {channelWords[earlier.channel]} on {formatDateTime(earlier.sentAt)}. The patient has not
          given consent through it yet.
        </p>
      )}
      {inUse ? (
        <>
          <p>
            You can carry on with the request meanwhile, and send it once the patient has given consent through the
            link.
          </p>
          <p>
            <Link className="nhsuk-button nhsuk-button--secondary" to={next}>
              Continue without recording consent
            </Link>
          </p>
        </>
      ) : (
        <p>
          Send them a secure link instead. On their phone they can give their consent
          {draft.photography === 'clinic' ? '' : ', send their own photographs'} and answer questions about their skin.
          You can carry on with the request meanwhile, and send it once they have given consent.
        </p>
      )}
      <form onSubmit={(event) => void send(event)} noValidate>
        <Radios
          id="consent-link-channel"
          name="consent-link-channel"
          legend={inUse ? 'Send a new link' : 'Send the patient a link'}
          legendSize="s"
          hint={inUse ? 'The new link replaces the one already sent, which stops working.' : undefined}
          error={errors.fields['channel']}
          options={channelOptions}
          value={channel}
          onChange={setChannel}
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={sending}>
          {inUse ? 'Send a new link' : 'Send link'}
        </button>
      </form>
    </section>
  );
}
