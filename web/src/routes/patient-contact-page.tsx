import { useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../api/client.ts';
import { useLoad } from '../api/use-load.ts';
import { BackLink } from '../components/back-link.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { useFormErrors } from '../components/form-errors.ts';
import { LoadFailure } from '../components/load-failure.tsx';
import { TextInput } from '../components/text-input.tsx';
import { usePageTitle } from '../components/use-page-title.ts';

type Contact = {
  givenName: string;
  familyName: string;
  mobile: string | null;
  email: string | null;
  address: string;
  postcode: string;
};

/** Where to go back to: a page of this service only (never another site). */
const safeBack = (back: string | null) => (back && back.startsWith('/') && !back.startsWith('//') ? back : '/requests');

/**
 * A referrer changes how their practice reaches a patient (mobile, email, address, postcode) on their practice's own
 * record, then goes back to where they were: sending a link or booking needs a mobile or an email.
 */
export function PatientContactPage() {
  const { patientId = '' } = useParams();
  const [params] = useSearchParams();
  const back = safeBack(params.get('back'));
  const navigate = useNavigate();
  const loaded = useLoad(() => api.get<Contact>(`/api/patients/${encodeURIComponent(patientId)}`), patientId);
  const { errors, showProblem, hasErrors } = useFormErrors();
  const [saving, setSaving] = useState(false);
  usePageTitle("Change the patient's contact details", { hasErrors });

  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="The patient" onRetry={loaded.reload} />;
  if (loaded.status !== 'loaded') return null;
  const patient = loaded.value;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => (form.get(name) as string | null) ?? '';
    setSaving(true);
    try {
      await api.patch(`/api/patients/${encodeURIComponent(patientId)}/contact`, {
        mobile: field('mobile'),
        email: field('email'),
        address: field('address'),
        postcode: field('postcode'),
      });
      await navigate(back, { state: { contactChanged: true } });
    } catch (error) {
      showProblem(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <BackLink to={back} />
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">
          {patient.givenName} {patient.familyName}
        </span>
        Change the patient’s contact details
      </h1>
      <p>These are your practice’s record of the patient. Links, appointments and letters use them from now on.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          id="mobile"
          name="mobile"
          label="Mobile phone number (optional)"
          hint="For text messages. Leave empty to remove it."
          type="tel"
          autoComplete="off"
          defaultValue={patient.mobile ?? ''}
          error={errors.fields['mobile']}
          width={20}
        />
        <TextInput
          id="email"
          name="email"
          label="Email address (optional)"
          hint="Leave empty to remove it."
          type="email"
          autoComplete="off"
          spellCheck={false}
          defaultValue={patient.email ?? ''}
          error={errors.fields['email']}
        />
        <TextInput
          id="address"
          name="address"
          label="Address"
          autoComplete="off"
          defaultValue={patient.address}
          error={errors.fields['address']}
        />
        <TextInput
          id="postcode"
          name="postcode"
          label="Postcode"
          autoComplete="off"
          defaultValue={patient.postcode}
          error={errors.fields['postcode']}
          width={10}
        />
        <button className="nhsuk-button" type="submit" disabled={saving}>
          Save contact details
        </button>
      </form>
    </>
  );
}
