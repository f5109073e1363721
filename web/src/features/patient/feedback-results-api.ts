import type { Narrowed, ResponseBody } from '../../api/api-types.ts';
import { api } from '../../api/client.ts';
import type { FeedbackQuestion } from './feedback-questions.ts';

type Body = ResponseBody<'/api/services/{serviceId}/feedback', 'get'>;
type Month = Body['months'][number];
export type AnswerCount = Month['questions'][string][number];

/**
 * GET /api/services/:serviceId/feedback: per month, how many answered, and each answer's count and share. The
 * document says only that questions are keyed by string; the schema gives every question.
 */
export type FeedbackResults = Narrowed<
  Body,
  { months: Narrowed<Month, { questions: Record<FeedbackQuestion, AnswerCount[]> }>[] }
>;

const servicePath = (serviceId: string) => `/api/services/${encodeURIComponent(serviceId)}/feedback`;

export const getFeedbackResults = (serviceId: string) => api.get<FeedbackResults>(servicePath(serviceId));
export const feedbackCsvUrl = (serviceId: string) => `${servicePath(serviceId)}.csv`;

const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** "November 2026" for `2026-11-01`. */
export function monthName(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  return monthFormat.format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

/** Answers from best to worst, in colours that keep their order in greyscale too. */
export const answerColours: Record<string, string> = {
  very_good: '#007f3b',
  good: '#78be20',
  neither: '#ffb81c',
  poor: '#ed8b00',
  very_poor: '#d5281b',
  dont_know: '#768692',
  strongly_agree: '#007f3b',
  agree: '#78be20',
  disagree: '#ed8b00',
  strongly_disagree: '#d5281b',
};
