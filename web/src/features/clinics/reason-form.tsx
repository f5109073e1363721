import { useState, type FormEvent, type ReactNode } from 'react';
import type { useFormErrors } from '../../components/form-errors.ts';
import { Textarea } from '../../components/textarea.tsx';

type ReasonFormProps = {
  /** The question, e.g. "Why is the appointment being cancelled?". */
  label: string;
  hint: string;
  /** The error when no reason is given. */
  missing: string;
  submitLabel: string;
  onSubmit: (reason: string) => Promise<void>;
  formErrors: ReturnType<typeof useFormErrors>;
  /** What happens, said before the question. */
  intro?: ReactNode;
  /** More buttons beside the submit button, such as the way back. */
  children?: ReactNode;
};

/** A warning action that needs a reason in words (cancelling an appointment or a session), kept with the record. */
export function ReasonForm({
  label,
  hint,
  missing,
  submitLabel,
  onSubmit,
  formErrors,
  intro,
  children,
}: ReasonFormProps) {
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const { errors, show, showProblem, clear } = formErrors;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!reason.trim()) return show([{ field: 'reason', message: missing }]);
    setSaving(true);
    try {
      await onSubmit(reason.trim());
      clear();
    } catch (error) {
      showProblem(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {intro}
      <Textarea
        id="reason"
        label={label}
        hint={hint}
        rows={3}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.fields['reason']}
      />
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={saving}>
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
