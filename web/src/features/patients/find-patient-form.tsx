import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { findPatientByNhsNumber } from './patients-api.ts';

/**
 * The first page of a new request: the patient's NHS number. A patient the practice has registered goes
 * straight on to the request; anyone else is registered on the next page.
 */
export function FindPatientForm() {
  const navigate = useNavigate();
  const [nhsNumber, setNhsNumber] = useState('');
  const [searching, setSearching] = useState(false);
  const { errors, show, showProblem, hasErrors } = useFormErrors();
  usePageTitle("What is the patient's NHS number?", { hasErrors });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (searching) return;
    if (!nhsNumber.trim()) return show([{ field: 'nhsNumber', message: "Enter the patient's NHS number" }]);
    setSearching(true);
    try {
      const patient = await findPatientByNhsNumber(nhsNumber);
      const digits = nhsNumber.replace(/[\s-]/g, '');
      await navigate(
        patient
          ? `/requests/new/type?patient=${patient.id}`
          : `/requests/new/patient?nhsNumber=${encodeURIComponent(digits)}`,
      );
    } catch (error) {
      setSearching(false);
      showProblem(error);
    }
  };

  return (
    <>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className={errors.fields['nhsNumber'] ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
          <h1 className="nhsuk-label-wrapper">
            <span className="nhsuk-caption-l">New request</span>
            <label className="nhsuk-label nhsuk-label--l" htmlFor="nhsNumber">
              What is the patient&rsquo;s NHS number?
            </label>
          </h1>
          <NhsNumberInput value={nhsNumber} onChange={setNhsNumber} error={errors.fields['nhsNumber']} />
        </div>
        <button className="nhsuk-button" type="submit" disabled={searching}>
          Continue
        </button>
      </form>
    </>
  );
}

type NhsNumberInputProps = { value: string; onChange: (value: string) => void; error: string | undefined };

/** The NHS number box without its label, which the page's heading supplies. */
function NhsNumberInput({ value, onChange, error }: NhsNumberInputProps) {
  return (
    <>
      <div className="nhsuk-hint" id="nhsNumber-hint">
        It&rsquo;s 10 digits long, like 485 777 3456. If the patient is already registered with your practice, you will
        not need to enter their details again.
      </div>
      {error && (
        <span className="nhsuk-error-message" id="nhsNumber-error">
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {error}
        </span>
      )}
      <input
        className={error ? 'nhsuk-input nhsuk-input--width-10 nhsuk-input--error' : 'nhsuk-input nhsuk-input--width-10'}
        id="nhsNumber"
        name="nhsNumber"
        type="text"
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={error ? 'nhsNumber-hint nhsNumber-error' : 'nhsNumber-hint'}
        aria-invalid={error ? true : undefined}
      />
    </>
  );
}
