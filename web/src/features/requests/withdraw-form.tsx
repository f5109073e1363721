import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { Textarea } from '../../components/textarea.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { withdrawRequest, type RequestDetail } from './requests-api.ts';

/** Confirms withdrawing a request, with the reason the timeline will show. */
export function WithdrawForm({ request }: { request: RequestDetail }) {
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const { errors, show, showProblem, hasErrors } = useFormErrors();
  usePageTitle('Withdraw the request', { hasErrors });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!reason.trim()) return show([{ field: 'reason', message: 'Give a reason for withdrawing the request' }]);
    setSaving(true);
    try {
      await withdrawRequest(request.id, reason);
      await navigate(`/requests/${request.id}`, { replace: true });
    } catch (error) {
      setSaving(false);
      showProblem(error);
    }
  };

  return (
    <>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">Reference {request.reference}</span>
        Are you sure you want to withdraw this request?
      </h1>
      <p>
        The dermatology service will stop work on the request for {request.patient.givenName}{' '}
        {request.patient.familyName}. This cannot be undone.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Textarea
          id="reason"
          label="Why are you withdrawing it?"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={errors.fields['reason']}
        />
        <div className="nhsuk-button-group">
          <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={saving}>
            Withdraw request
          </button>
          <Link to={`/requests/${request.id}`}>Cancel</Link>
        </div>
      </form>
    </>
  );
}
