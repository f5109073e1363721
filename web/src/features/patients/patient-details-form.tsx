import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { DateInput, type DateParts } from '../../components/date-input.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { Radios } from '../../components/radios.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { Textarea } from '../../components/textarea.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatNhsNumber } from './nhs-number.ts';
import { registerPatient, sexes, sexLabels, type Sex } from './patients-api.ts';

type Details = {
  nhsNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: DateParts;
  sex: Sex | undefined;
  address: string;
  postcode: string;
  mobile: string;
  email: string;
};

const sexOptions = sexes.map((value) => ({ value, label: sexLabels[value] }));
const fieldIds = { dateOfBirth: 'dateOfBirth-day' };

/** Registers a patient the practice has not registered before, then goes on to the request. */
export function PatientDetailsForm({ nhsNumber }: { nhsNumber: string }) {
  const navigate = useNavigate();
  const [details, setDetails] = useState<Details>({
    nhsNumber: formatNhsNumber(nhsNumber),
    givenName: '',
    familyName: '',
    dateOfBirth: { day: '', month: '', year: '' },
    sex: undefined,
    address: '',
    postcode: '',
    mobile: '',
    email: '',
  });
  const [saving, setSaving] = useState(false);
  const { errors, showProblem, hasErrors } = useFormErrors(fieldIds);
  usePageTitle("Enter the patient's details", { hasErrors });
  const set =
    <K extends keyof Details>(key: K) =>
    (value: Details[K]) =>
      setDetails((d) => ({ ...d, [key]: value }));
  const text = (key: 'nhsNumber' | 'givenName' | 'familyName' | 'postcode' | 'mobile' | 'email') => ({
    value: details[key],
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value),
    error: errors.fields[key],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      const patient = await registerPatient({
        nhsNumber: details.nhsNumber,
        givenName: details.givenName,
        familyName: details.familyName,
        dateOfBirth: dateString(details.dateOfBirth),
        sex: details.sex,
        address: details.address,
        postcode: details.postcode,
        ...(details.mobile.trim() ? { mobile: details.mobile } : {}),
        ...(details.email.trim() ? { email: details.email } : {}),
      });
      await navigate(`/requests/new/type?patient=${patient.id}`);
    } catch (error) {
      setSaving(false);
      showProblem(error);
    }
  };

  return (
    <>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">New request</span>
        Enter the patient&rsquo;s details
      </h1>
      <p>No patient with this NHS number is registered with your practice yet.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextInput id="nhsNumber" label="NHS number" width={10} {...text('nhsNumber')} />
        <TextInput id="givenName" label="First name" autoComplete="off" spellCheck={false} {...text('givenName')} />
        <TextInput id="familyName" label="Last name" autoComplete="off" spellCheck={false} {...text('familyName')} />
        <DateInput
          id="dateOfBirth"
          legend="Date of birth"
          hint="For example, 15 3 1984"
          value={details.dateOfBirth}
          onChange={set('dateOfBirth')}
          error={errors.fields['dateOfBirth']}
        />
        <Radios
          id="sex"
          name="sex"
          legend="Sex"
          legendSize="s"
          options={sexOptions}
          value={details.sex}
          onChange={set('sex')}
          error={errors.fields['sex']}
        />
        <Textarea
          id="address"
          label="Address"
          rows={3}
          value={details.address}
          onChange={(event) => set('address')(event.target.value)}
          error={errors.fields['address']}
        />
        <TextInput id="postcode" label="Postcode" width={10} {...text('postcode')} />
        <TextInput
          id="mobile"
          label="Mobile phone number (optional)"
          hint="For appointment reminders and the link to upload photographs"
          type="tel"
          {...text('mobile')}
        />
        <TextInput id="email" label="Email address (optional)" type="email" spellCheck={false} {...text('email')} />
        <button className="nhsuk-button" type="submit" disabled={saving}>
          Continue
        </button>
      </form>
    </>
  );
}

/** The date as the service expects it; a date that is not real is passed on for the service to name. */
function dateString({ day, month, year }: DateParts): string {
  if (![day, month, year].some((part) => part.trim())) return '';
  return `${year.trim()}-${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`;
}
