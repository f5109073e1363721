import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { CheckboxItem } from '../../components/checkboxes.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { giveConsent } from '../../features/patient/patient-api.ts';
import { usePatientView } from '../../features/patient/patient-context.ts';

const fieldIds = { referralAndImageSharing: 'consent-sharing' };

/** Consent in plain English: what is shared, with whom and why; teaching use is a separate, free choice. */
export function PatientConsentPage() {
  const { view, reload } = usePatientView();
  const navigate = useNavigate();
  // Never ticked in advance: consent is given by ticking, even when it was given before (to the practice, say).
  const [agreed, setAgreed] = useState(false);
  const [teaching, setTeaching] = useState(false);
  const [sending, setSending] = useState(false);
  const { errors, show, showProblem, hasErrors } = useFormErrors(fieldIds);
  usePageTitle('Your consent', { hasErrors });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!agreed) {
      return show([{ field: 'referralAndImageSharing', message: 'Tick the box to agree before sending photos' }]);
    }
    setSending(true);
    try {
      await giveConsent(teaching);
      await reload();
      void navigate('/patient');
    } catch (error) {
      showProblem(error);
      setSending(false);
    }
  };

  const error = errors.fields['referralAndImageSharing'];
  return (
    <>
      <BackLink to="/patient">Back to your tasks</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
          <h1 className="nhsuk-heading-l">Your consent</h1>
          <h2 className="nhsuk-heading-s">What we share</h2>
          <p>
            The photos you send, your answers to our questions, and what your GP practice wrote about your skin, with
            your name, date of birth and NHS number so that they are kept with your health record.
          </p>
          <h2 className="nhsuk-heading-s">Who sees it</h2>
          <p>
            {view.serviceName}, the NHS skin service {view.practice.name} is asking for advice. A dermatologist (a skin
            specialist) there, and the staff who arrange appointments. Your GP practice sees it too.
          </p>
          <h2 className="nhsuk-heading-s">Why</h2>
          <p>
            So the dermatologist can decide what should happen next without you needing to travel: advice for you and
            your GP, or an appointment at a clinic if you need one.
          </p>
          <p>
            Your photos are stored securely and kept with your NHS health record. They are not shared with anyone else,
            and are not used for anything else unless you agree below.
          </p>
          {view.consent?.given && (
            <div className="nhsuk-inset-text">
              <p>
                You have already agreed to share your photos and answers
                {view.consent.teachingUse ? ', and to their use in teaching' : ', but not to their use in teaching'}. To
                change your answer, tick the boxes again below.
              </p>
            </div>
          )}
          <form onSubmit={(event) => void submit(event)} noValidate>
            <div className={error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
              <fieldset className="nhsuk-fieldset" aria-describedby={error ? 'consent-sharing-error' : undefined}>
                <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Do you agree?</legend>
                {error && (
                  <span className="nhsuk-error-message" id="consent-sharing-error">
                    <span className="nhsuk-u-visually-hidden">Error: </span>
                    {error}
                  </span>
                )}
                <div className="nhsuk-checkboxes">
                  <CheckboxItem
                    id="consent-sharing"
                    name="referralAndImageSharing"
                    label={`I agree to my photos and answers being shared with ${view.serviceName} for my care`}
                    checked={agreed}
                    onChange={setAgreed}
                  />
                  <CheckboxItem
                    id="consent-teaching"
                    name="teachingUse"
                    label="I also agree to my photos being used to teach doctors and nurses, without my name or details"
                    hint="This is up to you. Saying no does not change your care."
                    checked={teaching}
                    onChange={setTeaching}
                  />
                </div>
              </fieldset>
            </div>
            <button className="nhsuk-button" type="submit" disabled={sending}>
              Save and continue
            </button>
          </form>
          <p>
            You can change your mind at any time: contact {view.practice.name}
            {view.practice.telephone ? ` on ${view.practice.telephone}` : ''}.
          </p>
        </div>
      </div>
    </>
  );
}
