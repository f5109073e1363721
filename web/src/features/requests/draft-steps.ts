import { missingHistory } from '../../../../shared/request-content.ts';
import type { RequestDetail } from './requests-api.ts';

/** The pages of a draft, in the order the referrer meets them. */
export const draftSteps = ['type', 'consent', 'history', 'lesions', 'check'] as const;
export type DraftStep = (typeof draftSteps)[number];

export const draftPath = (requestId: string, step: DraftStep) => `/requests/${requestId}/edit/${step}`;

/** Where to pick a draft up again: the first page with something still to answer, else check your answers. */
export function firstIncompleteStep(request: RequestDetail): DraftStep {
  if (!request.photography) return 'type';
  if (!request.consent || request.consent.withdrawnAt) return 'consent';
  return stepAfterConsent(request);
}

/**
 * The page after consent that still has something to answer: where a referrer goes on while the patient gives
 * consent through their secure link.
 */
export function stepAfterConsent(request: RequestDetail): DraftStep {
  if (!request.clinicalQuestion.trim() || missingHistory(request.history).length) return 'history';
  if (request.lesions.length === 0) return 'lesions';
  return 'check';
}

/**
 * Whether the referrer adds photographs while drafting: not when a community photography clinic takes them (the
 * service books the patient in once it accepts the request). The lesions page can use this to leave out the uploader.
 */
export function referrerAddsPhotos(request: Pick<RequestDetail, 'photography'>): boolean {
  return request.photography !== 'clinic';
}

/** The page that puts right a field the service says is missing at submission. */
export function stepForField(field: string): DraftStep {
  if (field === 'consent') return 'consent';
  if (field === 'lesions') return 'lesions';
  if (field === 'clinicalQuestion' || field.startsWith('history.')) return 'history';
  // Kind, urgency, service and who takes the photographs are all asked on the first page.
  return 'type';
}
