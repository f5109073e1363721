import type { Narrowed, RequestBody, ResponseBody } from '../../api/api-types.ts';
import { api } from '../../api/client.ts';
import type { RequestKind, RequestState, Urgency } from '../../../../shared/request-content.ts';
import type { OutcomeChoice } from '../../../../shared/outcome-categories.ts';

/** The worklist (or the service's view of open cases), as GET /api/worklist describes it. */
type WorklistBody = ResponseBody<'/api/worklist', 'get'>;
export type WorklistCase = Narrowed<
  WorklistBody['cases'][number],
  { kind: RequestKind; urgency: Urgency; state: RequestState }
>;
export type Worklist = Narrowed<WorklistBody, { cases: WorklistCase[] }>;

export type WorklistFilter = { kind?: RequestKind | undefined; practiceId?: string | undefined; overdue?: boolean };

/**
 * A diagnosis from the curated list (SNOMED CT concept id), with the case's service's live plan template (null when
 * retired), the outcomes it is offered for, and the leaflets the service offers for it.
 */
export type Diagnosis = ResponseBody<'/api/diagnoses', 'get'>['diagnoses'][number];

/** The template offered for this diagnosis under this outcome: only a live one written for that outcome. */
export function offeredTemplate(diagnosis: Diagnosis | null, category: OutcomeChoice | null): string | null {
  if (!diagnosis?.planTemplate || !category || category === 'more_information_needed') return null;
  return diagnosis.templateOutcomes.includes(category) ? diagnosis.planTemplate : null;
}

/** `previewDigest` is what the preview answered: the letters were read before signing. */
export type OutcomeInput = RequestBody<'/api/requests/{requestId}/outcome', 'post'>;

/** A letter as it will be sent, in words (hazard H13: the consultant reads it before signing). */
export type LetterPreview = ResponseBody<'/api/requests/{requestId}/outcome/preview', 'post'>['letters'][number];

const path = (id: string, rest: string) => `/api/requests/${encodeURIComponent(id)}${rest}`;

export function getWorklist(filter: WorklistFilter = {}): Promise<Worklist> {
  const query = new URLSearchParams();
  if (filter.kind) query.set('kind', filter.kind);
  if (filter.practiceId) query.set('practiceId', filter.practiceId);
  if (filter.overdue) query.set('overdue', 'true');
  return api.get<Worklist>(`/api/worklist${query.size ? `?${query}` : ''}`);
}

/** Opens a case for review: the consultant holds it. 409 names whoever holds it already. */
export const claimCase = (id: string) =>
  api.post<{ state: RequestState; version: number; takenOver: boolean }>(path(id, '/claim'));
export const releaseCase = (id: string) => api.post<{ state: RequestState }>(path(id, '/release'));
export const signOutcome = (id: string, input: OutcomeInput) =>
  api.post<{ state: RequestState; outcomeId: string | null }>(path(id, '/outcome'), input);
/** The letters this outcome would send, and the digest that signing them names. */
export const previewOutcome = (id: string, input: OutcomeInput) =>
  api.post<{ letters: LetterPreview[]; previewDigest: string }>(path(id, '/outcome/preview'), input);
/** Whether this Advice & Guidance can be converted into a referral now, and if not why (asked before signing). */
export const checkConversion = (id: string) =>
  api.get<{ possible: boolean; reasons: string[] }>(path(id, '/conversion'));
export const addAddendum = (id: string, text: string) => api.post<{ id: string }>(path(id, '/addenda'), { text });

const diagnosesFor = new Map<string, { at: number; list: Promise<Diagnosis[]> }>();
/**
 * The curated list with the service's templates and leaflets. One copy serves a minute, so opening case after case
 * does not fetch it again, and an administrator's change reaches the next case opened after that.
 */
export function getDiagnoses(serviceId: string): Promise<Diagnosis[]> {
  const known = diagnosesFor.get(serviceId);
  if (known && Date.now() - known.at < 60_000) return known.list;
  const list = api
    .get<{ diagnoses: Diagnosis[] }>(`/api/diagnoses?serviceId=${encodeURIComponent(serviceId)}`)
    .then((body) => body.diagnoses)
    .catch((error: unknown) => {
      diagnosesFor.delete(serviceId);
      throw error;
    });
  diagnosesFor.set(serviceId, { at: Date.now(), list });
  return list;
}

export const getServiceCases = () => api.get<{ cases: WorklistCase[] }>('/api/service/cases');
export const reassignCase = (id: string, consultantId: string | null) =>
  api.post<{ state: RequestState }>(path(id, '/reassign'), { consultantId });

export type Colleague = ResponseBody<'/api/users', 'get'>['users'][number];
/** The service's consultants, whom a case can be given to (only a service administrator may list users). */
export async function listConsultants(serviceId: string): Promise<Colleague[]> {
  const { users } = await api.get<{ users: Colleague[] }>(`/api/users?organisationId=${encodeURIComponent(serviceId)}`);
  return users.filter(
    (user) =>
      !user.disabled && user.memberships.some((m) => m.organisationId === serviceId && m.roles.includes('consultant')),
  );
}

/** "Female, 65" as the worklist reads. */
export const sexLabels: Record<string, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Sex not known',
};
