import type { Queryable } from '../../db/database.ts';
import { agreement, feedbackQuestions, friendsAndFamilyAnswers } from '../../../shared/patient-questions.ts';

export type FeedbackResults = {
  months: {
    month: string;
    responses: number;
    questions: Record<string, { answer: string; count: number; percent: number }[]>;
  }[];
  comments: { month: string; text: string }[];
};

/** Counts and percentages per answer per month for a service, from the responses stored without identity. */
export async function feedbackResults(db: Queryable, serviceId: string, since: string): Promise<FeedbackResults> {
  const { rows } = await db.query<{ month: string; answers: Record<string, string> }>(
    'SELECT month::text AS month, answers FROM feedback_responses WHERE service_id = $1 AND month >= $2::date ORDER BY month',
    [serviceId, since],
  );
  const byMonth = new Map<string, Record<string, string>[]>();
  for (const row of rows) byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), row.answers]);
  const months = [...byMonth.entries()].map(([month, answers]) => ({
    month,
    responses: answers.length,
    questions: Object.fromEntries(
      feedbackQuestions.map((question) => {
        const options = question === 'friendsAndFamily' ? friendsAndFamilyAnswers : agreement;
        const answered = answers.filter((a) => a[question]);
        return [
          question,
          options.map((answer) => {
            const count = answered.filter((a) => a[question] === answer).length;
            return { answer, count, percent: answered.length ? Math.round((1000 * count) / answered.length) / 10 : 0 };
          }),
        ];
      }),
    ),
  }));
  const comments = rows
    .filter((r) => r.answers['comments'])
    .map((r) => ({ month: r.month, text: r.answers['comments']! }));
  return { months, comments };
}

/** The same as CSV: one row per month, question and answer. Text is quoted; formula-like cells are defused. */
export function feedbackCsv(results: FeedbackResults): string {
  const cell = (value: string | number) => {
    const text = String(value);
    const defused = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return `"${defused.replaceAll('"', '""')}"`;
  };
  const lines = [['month', 'question', 'answer', 'count', 'percent', 'responses'].map(cell).join(',')];
  for (const month of results.months) {
    for (const [question, answers] of Object.entries(month.questions)) {
      for (const a of answers)
        lines.push([month.month, question, a.answer, a.count, a.percent, month.responses].map(cell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
