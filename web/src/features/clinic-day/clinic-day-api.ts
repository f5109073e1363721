import type { Questionnaire } from '../../../../shared/patient-questions.ts';
import { api } from '../../api/client.ts';
import type { Narrowed, ResponseBody } from '../../api/api-types.ts';

/** GET /api/clinic-day: the day's appointments at each of the clinic's sites (docs/clinics.md). */
export type ClinicDay = ResponseBody<'/api/clinic-day', 'get'>;
/** A community clinic's site, where the photographer sees patients. */
export type ClinicSite = ClinicDay['sites'][number]['site'];
/** One appointment on a clinic day; `didNotAttendFrom` is the start plus the service's grace, never earlier. */
export type DayItem = ClinicDay['sites'][number]['appointments'][number];
/** `bodySiteLabel` is the body site in words, with its side: "Cheek, right". */
export type DayLesion = DayItem['lesions'][number];

export const dayStatuses = ['expected', 'arrived', 'in_progress', 'done', 'did_not_attend'] as const;
export type DayStatus = (typeof dayStatuses)[number];

type CaptureBody = ResponseBody<'/api/clinic-appointments/{appointmentId}', 'get'>;
/**
 * The photographer's view of one appointment: the patient, the lesions referred and what is still to capture.
 * The document leaves the answers untyped (the repository reads them as `unknown`); they are the questionnaire.
 */
export type Capture = Narrowed<
  CaptureBody,
  { questionnaire: Narrowed<NonNullable<CaptureBody['questionnaire']>, { answers: Questionnaire }> | null }
>;
/** Regional and close-up always; dermoscopic when the lesion is 20 mm or smaller, or its size is not recorded. */
export type CaptureLesion = Capture['lesions'][number];
export type CaptureImage = CaptureLesion['images'][number];

export type DidNotAttendResult = ResponseBody<'/api/appointments/{appointmentId}/did-not-attend', 'post'>['result'];

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
