import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { Textarea } from '../../components/textarea.tsx';
import { sendMessage, type RequestDetail } from './requests-api.ts';

/**
 * The referrer's side of the conversation: an answer while the dermatologist is waiting on one (which sends
 * the case back for review), otherwise a note.
 */
export function MessageForm({ request, onSent }: { request: RequestDetail; onSent: () => void }) {
  const answering = request.state === 'information_requested';
  const [body, setBody] = useState('');
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const { errors, show, showProblem, hasErrors, clear } = useFormErrors({ body: 'message' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (!body.trim()) return show([{ field: 'body', message: answering ? 'Enter your answer' : 'Enter a note' }]);
    setSending(true);
    setSent(false);
    try {
      await sendMessage(request.id, answering ? 'answer' : 'note', body);
      setBody('');
      clear();
      setSent(true);
      onSent();
    } catch (error) {
      showProblem(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="message-heading">
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      {sent && (
        <NotificationBanner variant="success">Your {answering ? 'answer' : 'note'} has been sent</NotificationBanner>
      )}
      <h2 className="nhsuk-heading-m" id="message-heading">
        {answering ? 'Answer the dermatologist' : 'Send a note to the dermatology service'}
      </h2>
      <Textarea
        id="message"
        label={answering ? 'Your answer' : 'Your note'}
        hint="Do not include the patient's name or NHS number: the service already has them"
        rows={5}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={errors.fields['body']}
      />
      <button className="nhsuk-button" type="submit" disabled={sending}>
        {answering ? 'Send answer' : 'Send note'}
      </button>
    </form>
  );
}
