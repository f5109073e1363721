import type { RequestBody, ResponseBody } from '../../api/api-types.ts';
import { api } from '../../api/client.ts';
import type {
  Photography,
  ReferrerConsentMethod,
  RequestKind,
  RequestState,
  Urgency,
} from '../../../../shared/request-content.ts';

/** One request, whole, as GET /api/requests/:id describes it. */
export type RequestDetail = ResponseBody<'/api/requests/{requestId}', 'get'>;
export type RequestSummary = ResponseBody<'/api/requests', 'get'>['requests'][number];

export type Eligibility = NonNullable<RequestDetail['eligibility']>;
export type EligibilityDecision = Eligibility['decision'];

export type LesionInput = RequestBody<'/api/requests/{requestId}/lesions', 'post'>;
export type Lesion = RequestDetail['lesions'][number];

/** `method` as stored: the referrer recorded it, or the patient gave it through their link (no recorder then). */
export type Consent = NonNullable<RequestDetail['consent']>;
export type TimelineEntry = RequestDetail['timeline'][number];

/** A signed outcome, or an addendum to one (its text in `plan`). */
export type Outcome = RequestDetail['outcomes'][number];
export type Medicine = Outcome['medicines'][number];
export type Leaflet = Outcome['leaflets'][number];
export type Letter = RequestDetail['letters'][number];
export type EarlierRequest = RequestDetail['earlierRequests'][number];

export type DraftChanges = Omit<RequestBody<'/api/requests/{requestId}', 'patch'>, 'version'>;

export type SubmitResult = ResponseBody<'/api/requests/{requestId}/submit', 'post'>;
export type ListSort = 'updated' | 'due' | 'created' | 'urgency';

const path = (id: string, rest = '') => `/api/requests/${encodeURIComponent(id)}${rest}`;

export const listRequests = (options: { state?: RequestState | undefined; sort: ListSort }) => {
  const query = new URLSearchParams({ sort: options.sort, ...(options.state ? { state: options.state } : {}) });
  return api.get<{ requests: RequestSummary[] }>(`/api/requests?${query}`);
};
export const getRequest = (id: string) => api.get<RequestDetail>(path(id));
export const createRequest = (input: {
  patientId: string;
  kind: RequestKind;
  urgency: Urgency;
  serviceId: string;
  photography: Photography;
}) => api.post<{ id: string; reference: string }>('/api/requests', input);
/** Saves part of a draft; answers 409 when someone else saved it since `version` was read. */
/**
 * What a save of a draft answers. `redirected` is set when the save recorded a suspected skin cancer: the request
 * has been redirected to the urgent suspected-cancer pathway there and then, and the referrer must be shown so.
 */
export type DraftSaved = ResponseBody<'/api/requests/{requestId}', 'patch'>;

export const updateDraft = (id: string, version: number, changes: DraftChanges) =>
  api.patch<DraftSaved>(path(id), { version, ...changes });

/** The PDF a referrer attaches to the urgent referral of a redirected request. */
export const urgentReferralSummaryUrl = (id: string) => path(id, '/urgent-referral-summary');
export const addLesion = (id: string, lesion: LesionInput) => api.post<{ id: string }>(path(id, '/lesions'), lesion);
export const changeLesion = (id: string, lesionId: string, lesion: LesionInput) =>
  api.put<void>(path(id, `/lesions/${encodeURIComponent(lesionId)}`), lesion);
export const removeLesion = (id: string, lesionId: string) =>
  api.delete<void>(path(id, `/lesions/${encodeURIComponent(lesionId)}`));
export type ConsentInput = {
  referralAndImageSharing: boolean;
  teachingUse: boolean;
  method: ReferrerConsentMethod | undefined;
};
export const recordConsent = (id: string, consent: ConsentInput) =>
  api.post<{ id: string }>(path(id, '/consent'), consent);
export const submitRequest = (id: string) => api.post<SubmitResult>(path(id, '/submit'));
export const withdrawRequest = (id: string, reason: string) => api.post<unknown>(path(id, '/withdraw'), { reason });
export const sendMessage = (id: string, kind: 'answer' | 'note', body: string) =>
  api.post<{ id: string; state: string }>(path(id, '/messages'), { kind, body });

export type Organisation = ResponseBody<'/api/organisations', 'get'>['organisations'][number];
/** The dermatology services that serve the signed-in referrer's practice. */
export async function listServices(): Promise<Organisation[]> {
  const { organisations } = await api.get<{ organisations: Organisation[] }>('/api/organisations');
  return organisations.filter((o) => o.kind === 'dermatology_service');
}
