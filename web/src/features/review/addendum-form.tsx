import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { Textarea } from '../../components/textarea.tsx';
import { addAddendum } from './review-api.ts';

/** A correction or addition to a signed outcome: a new signed entry, with letters of its own. */
export function AddendumForm({ requestId, onAdded }: { requestId: string; onAdded: () => void }) {
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [added, setAdded] = useState(false);
  const { errors, show, showProblem, hasErrors, clear } = useFormErrors({ text: 'addendum' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!text.trim()) return show([{ field: 'text', message: 'Write the addendum' }]);
    setSaving(true);
    setAdded(false);
    try {
      await addAddendum(requestId, text);
      setText('');
      clear();
      setAdded(true);
      onAdded();
    } catch (error) {
      showProblem(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="addendum-heading">
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      {added && <NotificationBanner variant="success">Your addendum has been signed and added</NotificationBanner>}
      <h2 className="nhsuk-heading-m" id="addendum-heading">
        Add an addendum
      </h2>
      <p>The signed outcome cannot be changed. Add a signed addendum to correct or add to it.</p>
      <Textarea
        id="addendum"
        label="Addendum"
        rows={4}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={errors.fields['text']}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={saving}>
        Add addendum
      </button>
    </form>
  );
}
