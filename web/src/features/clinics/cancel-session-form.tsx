import type { useFormErrors } from '../../components/form-errors.ts';
import { WarningCallout } from '../../components/warning-callout.tsx';
import { ReasonForm } from './reason-form.tsx';

type CancelSessionFormProps = {
  bookedCount: number;
  onCancel: (reason: string) => Promise<void>;
  formErrors: ReturnType<typeof useFormErrors>;
};

/** Cancels a whole session: its patients are told, and their referrals come back to be rebooked. */
export function CancelSessionForm({ bookedCount, onCancel, formErrors }: CancelSessionFormProps) {
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
      <ReasonForm
        label="Why is the session being cancelled?"
        hint="For example, the photographer is ill. Patients are told the session was cancelled, not this reason."
        missing="Say why the session is being cancelled"
        submitLabel="Cancel this session"
        onSubmit={onCancel}
        formErrors={formErrors}
      />
    </section>
  );
}
