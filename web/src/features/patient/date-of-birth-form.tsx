import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { DateInput, type DateParts } from '../../components/date-input.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { verifyDateOfBirth } from './patient-api.ts';
import { usePatient } from './patient-context.ts';

const fieldIds = { dateOfBirth: 'dob-day' };

/**
 * The second factor: before anything about the patient is shown, they confirm their date of birth. The page names
 * the practice that sent the link, and nothing else; five wrong answers lock the link.
 */
export function DateOfBirthForm() {
  const { session, verified } = usePatient();
  const [date, setDate] = useState<DateParts>({ day: '', month: '', year: '' });
  const [sending, setSending] = useState(false);
  const [locked, setLocked] = useState(false);
  const { errors, show, showProblem, hasErrors } = useFormErrors(fieldIds);
  usePageTitle(locked ? 'This link has been locked' : 'Confirm your date of birth', { hasErrors });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const iso = isoDate(date);
    if (!iso) return show([{ field: 'dateOfBirth', message: 'Enter your date of birth, for example 15 3 1984' }]);
    setSending(true);
    try {
      await verifyDateOfBirth(iso);
      await verified();
    } catch (error) {
      if (error instanceof ApiError && error.status === 410) return setLocked(true);
      showProblem(error);
    } finally {
      setSending(false);
    }
  };

  const contact = `${session.practice}${session.telephone ? ` on ${session.telephone}` : ''}`;
  if (locked) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1 className="nhsuk-heading-l">This link has been locked</h1>
          <p>
            The date of birth was entered wrongly too many times, so the link was locked to keep your information safe.
          </p>
          <p>Contact {contact} if you need a new link.</p>
        </div>
      </div>
    );
  }
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
        <h1 className="nhsuk-heading-l">Confirm your date of birth</h1>
        <p>{session.practice} sent you this link.</p>
        <p>To keep your information safe, enter your date of birth before you continue.</p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DateInput
            id="dob"
            legend="Date of birth"
            hint="For example, 15 3 1984"
            value={date}
            onChange={setDate}
            error={errors.fields['dateOfBirth']}
            autoCompletePrefix="bday"
          />
          <button className="nhsuk-button" type="submit" disabled={sending}>
            Continue
          </button>
        </form>
        <p>If this message was not meant for you, or you have a question, contact {contact}.</p>
      </div>
    </div>
  );
}

/** `YYYY-MM-DD` for a real date in the past, or null. */
function isoDate({ day, month, year }: DateParts): string | null {
  const [d, m, y] = [day, month, year].map((part) => Number(part.trim()));
  if (!d || !m || !y || !/^\d{4}$/.test(year.trim())) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (date.getTime() > Date.now()) return null;
  return date.toISOString().slice(0, 10);
}
