import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Feedback } from '../../../../shared/patient-questions.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { Radios } from '../../components/radios.tsx';
import { Textarea } from '../../components/textarea.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import {
  agreement,
  agreementLabels,
  agreementQuestions,
  feedbackQuestionLabels,
  friendsAndFamilyAnswers,
  friendsAndFamilyLabels,
} from '../../features/patient/feedback-questions.ts';
import { giveFeedback } from '../../features/patient/patient-api.ts';
import { usePatientView } from '../../features/patient/patient-context.ts';

/** The NHS Friends and Family Test question, four questions on the experience, and free text; stored anonymously. */
export function PatientFeedbackPage() {
  const { view, reload } = usePatientView();
  const navigate = useNavigate();
  const [answers, setAnswers] = useState<Partial<Feedback>>({});
  const [sending, setSending] = useState(false);
  const { errors, show, showProblem, hasErrors } = useFormErrors();
  usePageTitle('Tell us about your experience', { hasErrors });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { friendsAndFamily, comments, ...rest } = answers;
    if (!friendsAndFamily) {
      return show([{ field: 'friendsAndFamily', message: 'Choose an answer about your overall experience' }]);
    }
    setSending(true);
    try {
      await giveFeedback({ friendsAndFamily, ...rest, ...(comments?.trim() ? { comments: comments.trim() } : {}) });
      // To the thank-you page first: read again, this page would say feedback was already given.
      await navigate('/patient/feedback/thank-you');
      void reload();
    } catch (error) {
      showProblem(error);
      setSending(false);
    }
  };

  if (!view.feedback.canGive) return <FeedbackClosed given={view.feedback.given} />;
  return (
    <>
      <BackLink to="/patient">Back to your tasks</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
          <h1 className="nhsuk-heading-l">Tell us about your experience</h1>
          <p>
            Your answers help {view.serviceName} improve. They are anonymous: they are stored without your name or
            details, and the dermatologist and your GP practice will not know what you said.
          </p>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Radios
              id="friendsAndFamily"
              name="friendsAndFamily"
              legend={feedbackQuestionLabels.friendsAndFamily}
              legendSize="m"
              error={errors.fields['friendsAndFamily']}
              options={friendsAndFamilyAnswers.map((value) => ({ value, label: friendsAndFamilyLabels[value] }))}
              value={answers.friendsAndFamily}
              onChange={(value) => setAnswers({ ...answers, friendsAndFamily: value })}
            />
            <h2 className="nhsuk-heading-m">How much do you agree? (optional)</h2>
            {agreementQuestions.map((question) => (
              <Radios
                key={question}
                id={question}
                name={question}
                legend={feedbackQuestionLabels[question]}
                legendSize="s"
                options={agreement.map((value) => ({ value, label: agreementLabels[value] }))}
                value={answers[question]}
                onChange={(value) => setAnswers({ ...answers, [question]: value })}
              />
            ))}
            <Textarea
              id="comments"
              name="comments"
              label="Is there anything else you would like to tell us? (optional)"
              labelSize="s"
              hint="Do not include your name or any personal details."
              maxLength={2000}
              value={answers.comments ?? ''}
              onChange={(event) => setAnswers({ ...answers, comments: event.target.value })}
            />
            <button className="nhsuk-button" type="submit" disabled={sending}>
              Send feedback
            </button>
          </form>
        </div>
      </div>
    </>
  );
}

function FeedbackClosed({ given }: { given: boolean }) {
  usePageTitle('Tell us about your experience');
  return (
    <>
      <BackLink to="/patient">Back to your tasks</BackLink>
      <h1 className="nhsuk-heading-l">Tell us about your experience</h1>
      <p>
        {given
          ? 'You have already told us about your experience. Thank you.'
          : 'You can tell us about your experience once the dermatologist has replied.'}
      </p>
    </>
  );
}

export function PatientThankYouPage() {
  usePageTitle('Thank you for your feedback');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__heading">Thank you for your feedback</h1>
          <div className="nhsuk-panel__body">We read every answer to make the service better.</div>
        </div>
        <p>
          <Link to="/patient">Back to your request</Link>
        </p>
      </div>
    </div>
  );
}
