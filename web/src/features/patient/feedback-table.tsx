import { answerLabel, feedbackQuestionLabels, type FeedbackQuestion } from './feedback-questions.ts';
import { monthName, type FeedbackResults } from './feedback-results-api.ts';

type FeedbackTableProps = { id: string; question: FeedbackQuestion; months: FeedbackResults['months'] };

/** The chart's numbers as a table: an answer per row, a month per column, each cell a count and its percentage. */
export function FeedbackTable({ id, question, months }: FeedbackTableProps) {
  const answers = months[0]?.questions[question].map((a) => a.answer) ?? [];
  const answered = (month: FeedbackResults['months'][number]) =>
    month.questions[question].reduce((sum, a) => sum + a.count, 0);
  return (
    <div className="app-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="nhsuk-table" id={id}>
        <caption className="nhsuk-table__caption nhsuk-table__caption--s" id={`${id}-caption`}>
          Answers per month: {feedbackQuestionLabels[question]}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">
              Answer
            </th>
            {months.map((m) => (
              <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col" key={m.month}>
                {monthName(m.month)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {answers.map((answer) => (
            <tr className="nhsuk-table__row" key={answer}>
              <th className="nhsuk-table__header" scope="row">
                {answerLabel(answer)}
              </th>
              {months.map((m) => {
                const found = m.questions[question].find((a) => a.answer === answer);
                return (
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric" key={m.month}>
                    {found?.count ?? 0} ({found?.percent ?? 0}%)
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="row">
              Answered
            </th>
            {months.map((m) => (
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric" key={m.month}>
                {answered(m)} of {m.responses}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
