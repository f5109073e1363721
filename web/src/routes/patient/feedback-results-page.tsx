import { useState } from 'react';
import { useLoad } from '../../api/use-load.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useSignedInSession } from '../../features/auth/session-context.ts';
import { FeedbackChart } from '../../features/patient/feedback-chart.tsx';
import { feedbackQuestionLabels, type FeedbackQuestion } from '../../features/patient/feedback-questions.ts';
import { feedbackCsvUrl, getFeedbackResults, monthName } from '../../features/patient/feedback-results-api.ts';
import { FeedbackTable } from '../../features/patient/feedback-table.tsx';
import '../../features/patient/patient.css';

const questions = Object.keys(feedbackQuestionLabels) as FeedbackQuestion[];

/** For a service's administrators: what patients said after their outcome, month by month, anonymous. */
export function FeedbackResultsPage() {
  const session = useSignedInSession();
  const services = session.memberships.filter((m) => m.roles.includes('service_admin'));
  const [serviceId, setServiceId] = useState(services[0]?.organisationId ?? '');
  const loaded = useLoad(() => getFeedbackResults(serviceId), serviceId);
  usePageTitle('Patient feedback');
  const service = services.find((s) => s.organisationId === serviceId);

  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Feedback" onRetry={loaded.reload} />;
  const results = loaded.status === 'loaded' ? loaded.value : null;
  const total = results?.months.reduce((sum, m) => sum + m.responses, 0) ?? 0;
  return (
    <>
      <h1 className="nhsuk-heading-l">
        {service && <span className="nhsuk-caption-l">{service.organisationName}</span>}
        Patient feedback
      </h1>
      {services.length > 1 && (
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="feedback-service">
            Service
          </label>
          <select
            className="nhsuk-select"
            id="feedback-service"
            value={serviceId}
            onChange={(event) => setServiceId(event.target.value)}
          >
            {services.map((s) => (
              <option key={s.organisationId} value={s.organisationId}>
                {s.organisationName}
              </option>
            ))}
          </select>
        </div>
      )}
      <p>
        Patients are asked after the dermatologist has replied. Answers are stored without names or details, by month.
      </p>
      {results && (
        <>
          <p>
            {total === 1 ? '1 response' : `${total} responses`} in total.{' '}
            <a href={feedbackCsvUrl(serviceId)} download>
              Download CSV
            </a>
          </p>
          {results.months.length === 0 && <p>No feedback yet.</p>}
          {results.months.length > 0 &&
            questions.map((question) => (
              <section key={question} aria-labelledby={`${question}-heading`}>
                <h2 className="nhsuk-heading-m" id={`${question}-heading`}>
                  {feedbackQuestionLabels[question]}
                </h2>
                <FeedbackChart question={question} months={results.months} />
                <FeedbackTable id={`${question}-table`} question={question} months={results.months} />
              </section>
            ))}
          {results.comments.length > 0 && (
            <section aria-labelledby="comments-heading">
              <h2 className="nhsuk-heading-m" id="comments-heading">
                Comments
              </h2>
              <ul className="nhsuk-list nhsuk-list--border">
                {results.comments.map((comment, index) => (
                  <li key={index}>
                    <span className="nhsuk-body-s app-muted app-line">{monthName(comment.month)}</span>
                    {comment.text}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
