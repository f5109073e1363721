import type { ResponseBody } from '../../api/api-types.ts';
import { api, csrfHeaders, type RequestOptions } from '../../api/client.ts';
import type { OfferPage } from '../clinics/clinics-api.ts';
import type { Feedback, Questionnaire } from '../../../../shared/patient-questions.ts';
import type { RequestImage } from '../images/images-api.ts';
import { uploadPhoto, type UploadEndpoint } from '../images/upload-photo.ts';
import type { PhotoSource } from '../images/use-photographs.ts';

/** GET /api/patient/session: before the date of birth is confirmed, only the practice is known. */
export type PatientSession = ResponseBody<'/api/patient/session', 'get'>;

/** GET /api/patient/request: the one request the link reaches, in the patient's words. */
export type PatientView = ResponseBody<'/api/patient/request', 'get'>;
export type PatientPhoto = PatientView['photos'][number];

/** The patient pages go with the patient's link, not a staff sign-in. */
export const asPatient: RequestOptions = { session: 'patient' };

export const getPatientSession = () => api.get<PatientSession>('/api/patient/session', asPatient);
export const getPatientView = () => api.get<PatientView>('/api/patient/request', asPatient);
export const verifyDateOfBirth = (dateOfBirth: string) =>
  api.post<void>('/api/patient/verify', { dateOfBirth }, asPatient);
export const giveConsent = (teachingUse: boolean) =>
  api.post<void>('/api/patient/consent', { referralAndImageSharing: true, teachingUse }, asPatient);
export const saveQuestionnaire = (answers: Questionnaire, complete = false) =>
  api.put<void>('/api/patient/questionnaire', { answers, complete }, asPatient);
export const giveFeedback = (feedback: Feedback) => api.post<void>('/api/patient/feedback', feedback, asPatient);

/** The patient's appointment at a community photography clinic, where a photographer takes the photos. */
export type PatientAppointment = NonNullable<ResponseBody<'/api/patient/appointment', 'get'>['appointment']>;

/**
 * GET /api/patient/appointment: the booked appointment (null when there is none) and the first week of times it
 * could move to, with the weeks that have any.
 */
export const getPatientAppointment = () =>
  api.get<{ appointment: PatientAppointment | null } & OfferPage>('/api/patient/appointment', asPatient);
export const moveAppointment = (slotId: string) =>
  api.post<{ appointment: PatientAppointment }>('/api/patient/appointment/move', { slotId }, asPatient);
export const cancelAppointment = (reason: string) =>
  api.post<{ appointment: null }>('/api/patient/appointment/cancel', { reason }, asPatient);

const patientUploads: UploadEndpoint = {
  url: '/api/patient/uploads',
  headers: () => csrfHeaders('patient'),
  sessionEnded: 'Your link has ended. Open the link in the message from your GP practice again, then add the photo.',
};

/** A patient's photo in the shape the shared photo components show; a patient has the thumbnail only. */
function asRequestImage(photo: PatientPhoto, filename = ''): RequestImage {
  return {
    id: photo.id,
    lesionId: photo.lesionId,
    view: photo.view,
    state: photo.state,
    width: null,
    height: null,
    capturedAt: null,
    capturedBy: 'You',
    device: null,
    filename,
    bytes: 0,
    sha256: '',
    warnings: photo.warnings,
    failure: photo.failure,
    urls: photo.thumbnailUrl ? { thumbnail: photo.thumbnailUrl, viewing: photo.thumbnailUrl, eref: '' } : null,
  };
}

/**
 * The patient's photos for the shared uploader: their own uploads endpoint and CSRF token; the list is read from
 * their view of the request (which holds only the photos sent through this link, without their file names: those
 * chosen on this page are remembered here).
 */
const filenames = new Map<string, string>();

export const patientPhotos: PhotoSource = {
  list: () =>
    getPatientView().then((view) => view.photos.map((photo) => asRequestImage(photo, filenames.get(photo.id)))),
  add: async (uploadId, target) => {
    const added = await api.post<ResponseBody<'/api/patient/images', 'post', 201>>(
      '/api/patient/images',
      { uploadId },
      asPatient,
    );
    filenames.set(added.id, target.filename);
    const photo = { ...added, lesionId: target.lesionId, view: target.view, warnings: [], failure: null };
    return asRequestImage({ ...photo, thumbnailUrl: null }, target.filename);
  },
  upload: (file, target, onProgress) => uploadPhoto(file, target, onProgress, patientUploads),
};
