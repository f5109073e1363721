import { useState, type FormEvent } from 'react';
import type { useFormErrors } from '../../components/form-errors.ts';
import { Textarea } from '../../components/textarea.tsx';
import { WarningCallout } from '../../components/warning-callout.tsx';

type CancelSessionFormProps = {
  bookedCount: number;
  onCancel: (reason: string) => Promise<void>;
  formErrors: ReturnType<typeof useFormErrors>;
};

/** Cancels a whole session: its patients are told, and their referrals come back to be rebooked. */
export function CancelSessionForm({ bookedCount, onCancel, formErrors }: CancelSessionFormProps) {
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const { errors, show, showProblem, clear } = formErrors;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!reason.trim()) return show([{ field: 'reason', message: 'Say why the session is being cancelled' }]);
    setSaving(true);
    try {
      await onCancel(reason.trim());
      clear();
    } catch (error) {
      showProblem(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="cancel-session-heading">
      <h2 className="nhsuk-heading-m" id="cancel-session-heading">
        Cancel this session
      </h2>
      {bookedCount > 0 && (
        <WarningCallout heading="Patients will be told">
          <p>
            {bookedCount === 1 ? 'The patient booked' : `The ${bookedCount} patients booked`} into this session will be
            told that their appointment is cancelled. Their referrals go back to the booking queue, and you will see a
            list of them to rebook.
          </p>
        </WarningCallout>
      )}
      <form onSubmit={submit} noValidate>
        <Textarea
          id="reason"
          label="Why is the session being cancelled?"
          hint="For example, the photographer is ill. Patients are told the session was cancelled, not this reason."
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={errors.fields['reason']}
        />
        <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={saving}>
          Cancel this session
        </button>
      </form>
    </section>
  );
}
