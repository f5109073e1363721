import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { Textarea } from '../../components/textarea.tsx';
import { AnswerLesionForm } from './answer-lesion-form.tsx';
import { sendMessage, type RequestDetail } from './requests-api.ts';

/**
 * The referrer's side of the conversation: an answer while the dermatologist is waiting on one (which sends
 * the case back for review, with any lesion added to it), otherwise a note.
 */
export function MessageForm({ request, onSent }: { request: RequestDetail; onSent: () => void }) {
  const answering = request.state === 'information_requested';
  const [body, setBody] = useState('');
  const [sending, setSending] = useState(false);
  // What was sent: an answer moves the case on, so the page no longer asks for one once it has.
  const [sent, setSent] = useState<'answer' | 'note' | null>(null);
  const { errors, show, showProblem, hasErrors, clear } = useFormErrors({ body: 'message' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (!body.trim()) return show([{ field: 'body', message: answering ? 'Enter your answer' : 'Enter a note' }]);
    setSending(true);
    setSent(null);
    const kind = answering ? 'answer' : 'note';
    try {
      await sendMessage(request.id, kind, body);
      setBody('');
      clear();
      setSent(kind);
      onSent();
    } catch (error) {
      showProblem(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="message-heading">
      {sent && <NotificationBanner variant="success">Your {sent} has been sent</NotificationBanner>}
      <h2 className="nhsuk-heading-m" id="message-heading">
        {answering ? 'Answer the dermatologist' : 'Send a note to the dermatology service'}
      </h2>
      {answering && <AnswerLesionForm request={request} onAdded={onSent} />}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
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
    </section>
  );
}
