import { api } from '../../api/client.ts';
import type { Laterality } from '../../../../shared/body-sites.ts';
import type {
  ConsentMethod,
  History,
  Photography,
  ReferrerConsentMethod,
  RequestKind,
  RequestState,
  Urgency,
} from '../../../../shared/request-content.ts';
import type { PatientLinkStatus, PatientQuestionnaire } from '../patient/patient-link-api.ts';

export type EligibilityDecision = 'accepted' | 'redirect_urgent_cancer' | 'not_accepted';
export type Eligibility = {
  decision: EligibilityDecision;
  reasons: string[];
  firedRules: string[];
  ruleSetName: string;
  ruleSetVersion: number;
};

export type RequestSummary = {
  id: string;
  reference: string;
  kind: RequestKind;
  urgency: Urgency;
  state: RequestState;
  patient: { id: string; name: string; nhsNumber: string; dateOfBirth: string };
  /** Working days past the response target while the case is with the service; null when it is not late. */
  overdueWorkingDays: number | null;
  practiceName: string;
  serviceName: string;
  dueAt: string | null;
  updatedAt: string;
  lastActivity: string;
};

export type LesionInput = {
  bodySite: string;
  laterality: Laterality;
  description: string;
  sizeMm: number | null;
  obscuredByHair: boolean;
};
export type Lesion = LesionInput & { id: string; position: number; bodySiteLabel: string };

export type Consent = {
  referralAndImageSharing: boolean;
  teachingUse: boolean;
  /** As stored: the referrer recorded it (verbally or in writing), or the patient gave it through their link. */
  method: ConsentMethod;
  /** Null when the patient gave consent through their link: no member of staff recorded it. */
  recordedByName: string | null;
  recordedAt: string;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
};

export type TimelineEntry = {
  at: string;
  type: 'transition' | 'message' | 'letter';
  actor: string;
  title: string;
  text: string | null;
  kind: string;
};

/** One request, whole, as GET /api/requests/:id describes it. */
export type RequestDetail = {
  id: string;
  reference: string;
  kind: RequestKind;
  urgency: Urgency;
  state: RequestState;
  version: number;
  /**
   * Who takes the photographs: the referrer (or the patient, by link), or a community photography clinic. Null on a
   * draft until the referrer answers: it is asked, never assumed.
   */
  photography: Photography | null;
  patient: {
    id: string;
    nhsNumber: string;
    givenName: string;
    familyName: string;
    dateOfBirth: string;
    sex: string;
    postcode: string;
    /** When another practice last registered this person (this practice's record is unchanged by it). */
    registeredElsewhereAt: string | null;
  };
  practice: { id: string; name: string };
  service: { id: string; name: string };
  referrer: { id: string; name: string };
  clinicalQuestion: string;
  history: History;
  conversionAuthorised: boolean;
  lesions: Lesion[];
  consent: Consent | null;
  eligibility: Eligibility | null;
  submittedAt: string | null;
  dueAt: string | null;
  clockPaused: boolean;
  timeline: TimelineEntry[];
  /** Signed outcomes and their addenda, oldest first; never edited once signed. */
  outcomes: Outcome[];
  /** The letters made from the outcomes: they follow a second or two after signing. */
  letters: Letter[];
  earlierRequests: EarlierRequest[];
  /** The consultant reviewing the case now, if any. */
  heldBy: { id: string; name: string; mine: boolean } | null;
  /** The latest secure link sent to the patient, and how far they got. */
  patientLink: PatientLinkStatus | null;
  /** The patient's own answers, from their link. */
  questionnaire: PatientQuestionnaire | null;
  allowedActions: string[];
};

export type Medicine = { name: string; strength: string; form: string; directions: string; duration: string };
export type Leaflet = { title: string; url: string };

/** A signed outcome, or an addendum to one (its text in `plan`). */
export type Outcome = {
  id: string;
  kind: 'outcome' | 'addendum';
  addendumTo: string | null;
  category: string | null;
  categoryLabel: string | null;
  diagnosisCode: string | null;
  diagnosisTerm: string | null;
  differentials: { code: string | null; term: string }[];
  plan: string;
  medicines: Medicine[];
  leaflets: Leaflet[];
  onwardReferral: string | null;
  signedByName: string;
  gmcNumber: string;
  signedAt: string;
};

export type Letter = {
  id: string;
  outcomeId: string;
  audience: 'referrer' | 'patient';
  bytes: number;
  createdAt: string;
  url: string;
};

export type EarlierRequest = {
  id: string;
  reference: string;
  kind: string;
  state: string;
  submittedAt: string | null;
  diagnosis: string | null;
};

export type DraftChanges = {
  kind?: RequestKind;
  urgency?: Urgency;
  serviceId?: string;
  clinicalQuestion?: string;
  history?: History;
  conversionAuthorised?: boolean;
  photography?: Photography;
};

export type SubmitResult = { state: RequestState; eligibility: Eligibility; dueAt: string | null };
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
export type DraftSaved = { version: number; redirected: { state: RequestState } | null };

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

export type Organisation = { id: string; kind: string; name: string };
/** The dermatology services that serve the signed-in referrer's practice. */
export async function listServices(): Promise<Organisation[]> {
  const { organisations } = await api.get<{ organisations: Organisation[] }>('/api/organisations');
  return organisations.filter((o) => o.kind === 'dermatology_service');
}
