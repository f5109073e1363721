import type { Questionnaire } from '../../../../shared/patient-questions.ts';
import { api } from '../../api/client.ts';
import type { ImageView } from '../images/images-api.ts';

/** A community clinic's site, where the photographer sees patients (docs/clinics.md). */
export type ClinicSite = {
  id: string;
  clinicId: string;
  clinicName: string;
  name: string;
  address: string;
  postcode: string;
  accessibility: string | null;
  openingHours: string | null;
};

export type DayLesion = {
  id: string;
  position: number;
  bodySite: string;
  /** The body site in words, with its side: "Cheek, right". */
  bodySiteLabel: string;
  laterality: string;
  sizeMm: number | null;
};

export const dayStatuses = ['expected', 'arrived', 'in_progress', 'done', 'did_not_attend'] as const;
export type DayStatus = (typeof dayStatuses)[number];

/** One appointment on a clinic day, as GET /api/clinic-day lists it. */
export type DayItem = {
  appointmentId: string;
  requestId: string;
  reference: string;
  startsAt: string;
  patientName: string;
  /** A calendar date, `YYYY-MM-DD`. */
  dateOfBirth: string;
  nhsNumber: string;
  lesions: DayLesion[];
  questionnaireDone: boolean;
  status: DayStatus;
  /** From when the patient can be marked as did not attend: the start plus the service's grace, never earlier. */
  didNotAttendFrom: string;
};

export type ClinicDay = { date: string; sites: { site: ClinicSite; appointments: DayItem[] }[] };

export type CaptureImage = {
  id: string;
  view: ImageView;
  state: 'processing' | 'ready' | 'failed';
  /** The quality check's warnings (focus, exposure, resolution); empty while processing or when there are none. */
  warnings: { code: string; message: string }[];
};

export type CaptureLesion = DayLesion & {
  description: string | null;
  /** Regional and close-up always; dermoscopic when the lesion is 20 mm or smaller, or its size is not recorded. */
  requiredViews: ImageView[];
  images: CaptureImage[];
  missingViews: ImageView[];
};

/** The photographer's view of one appointment: the patient, the lesions referred and what is still to capture. */
export type Capture = Omit<DayItem, 'lesions'> & {
  site: ClinicSite;
  /** Null when the patient has not started the questions through their link. */
  questionnaire: { answers: Questionnaire; completedAt: string | null; confirmedAt: string | null } | null;
  /** When the photographer went through the questions with the patient, whether or not the patient had started. */
  questionnaireConfirmedAt: string | null;
  lesions: CaptureLesion[];
  /** Every view and step still missing, in words. */
  missing: string[];
};

export type DidNotAttendResult = 'offer_again' | 'returned_to_referrer';

const appointmentPath = (id: string, rest = '') => `/api/clinic-appointments/${encodeURIComponent(id)}${rest}`;

export const getClinicDay = (date: string) =>
  api.get<ClinicDay>(`/api/clinic-day?${new URLSearchParams({ date }).toString()}`);

export const getCapture = (appointmentId: string) => api.get<Capture>(appointmentPath(appointmentId));

export const markArrived = (appointmentId: string) => api.post<Capture>(appointmentPath(appointmentId, '/arrived'));

/** The service's rule decides what follows: the patient is offered another appointment, or the request goes back. */
export const markDidNotAttend = (appointmentId: string) =>
  api.post<{ result: DidNotAttendResult }>(`/api/appointments/${encodeURIComponent(appointmentId)}/did-not-attend`);

/** Records the questionnaire as gone through with the patient (their own answers, or those given at the clinic). */
export const confirmQuestionnaire = (appointmentId: string, answers: Questionnaire) =>
  api.post<Capture>(appointmentPath(appointmentId, '/questionnaire'), { answers });

/** Every required view of every lesion is in: the case is ready for review and its response-target clock starts. */
export const completeCapture = (appointmentId: string) =>
  api.post<{ state: 'ready_for_review'; dueAt: string | null }>(appointmentPath(appointmentId, '/complete'));
