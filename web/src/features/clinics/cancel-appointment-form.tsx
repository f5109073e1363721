import { useState, type FormEvent, type ReactNode } from 'react';
import type { useFormErrors } from '../../components/form-errors.ts';
import { Textarea } from '../../components/textarea.tsx';

type CancelAppointmentFormProps = {
  onCancel: (reason: string) => Promise<void>;
  formErrors: ReturnType<typeof useFormErrors>;
  /** The way back without cancelling. */
  children: ReactNode;
};

/** Cancels the patient's appointment with the reason; the request goes back to the booking queue. */
export function CancelAppointmentForm({ onCancel, formErrors, children }: CancelAppointmentFormProps) {
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const { errors, show, showProblem, clear } = formErrors;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!reason.trim()) return show([{ field: 'reason', message: 'Say why the appointment is being cancelled' }]);
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
    <form onSubmit={submit} noValidate>
      <p>The patient is told that the appointment is cancelled, and the referral goes back to the booking queue.</p>
      <Textarea
        id="reason"
        label="Why is the appointment being cancelled?"
        hint="For example, the patient asked to cancel by phone. The reason is kept with the request."
        rows={3}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.fields['reason']}
      />
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={saving}>
          Cancel appointment
        </button>
        {children}
      </div>
    </form>
  );
}
