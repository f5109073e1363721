import type { OfferPage } from '../clinics/clinics-api.ts';
import type { Feedback, Questionnaire } from '../../../../shared/patient-questions.ts';
import type { RequestState } from '../../../../shared/request-content.ts';
import type { ClinicSite } from '../clinic-day/clinic-day-api.ts';
import type { ImageView, QualityWarning, RequestImage } from '../images/images-api.ts';
import { uploadPhoto, type UploadEndpoint } from '../images/upload-photo.ts';
import type { PhotoSource } from '../images/use-photographs.ts';
import { patientApi, patientCsrfHeaders } from './patient-client.ts';

/** GET /api/patient/session: before the date of birth is confirmed, only the practice is known. */
export type PatientSession = {
  verified: boolean;
  practice: string;
  telephone: string;
  csrfToken: string;
  expiresAt: string;
};

export type PatientPhoto = {
  id: string;
  lesionId: string;
  view: ImageView;
  state: 'processing' | 'ready' | 'failed';
  warnings: QualityWarning[];
  failure: string | null;
  thumbnailUrl: string | null;
};

/** GET /api/patient/request: the one request the link reaches, in the patient's words. */
export type PatientView = {
  requestId: string;
  reference: string;
  practice: { name: string; telephone: string };
  serviceName: string;
  /** Whom to contact at the service about the request or an appointment (the service's settings). */
  service: { name: string; telephone: string; email: string; openingHours: string };
  status: { state: RequestState; text: string };
  consent: { given: boolean; teachingUse: boolean } | null;
  takesPhotos: boolean;
  lesions: { id: string; position: number; site: string; description: string }[];
  photos: PatientPhoto[];
  questionnaire: { answers: Questionnaire; completedAt: string | null };
  letter: { url: string; createdAt: string } | null;
  feedback: { canGive: boolean; given: boolean };
  expiresAt: string;
};

export const getPatientSession = () => patientApi.get<PatientSession>('/api/patient/session');
export const getPatientView = () => patientApi.get<PatientView>('/api/patient/request');
export const verifyDateOfBirth = (dateOfBirth: string) => patientApi.post<void>('/api/patient/verify', { dateOfBirth });
export const giveConsent = (teachingUse: boolean) =>
  patientApi.post<void>('/api/patient/consent', { referralAndImageSharing: true, teachingUse });
export const saveQuestionnaire = (answers: Questionnaire, complete = false) =>
  patientApi.put<void>('/api/patient/questionnaire', { answers, complete });
export const giveFeedback = (feedback: Feedback) => patientApi.post<void>('/api/patient/feedback', feedback);

/** The patient's appointment at a community photography clinic, where a photographer takes the photos. */
export type PatientAppointment = { id: string; startsAt: string; endsAt: string; site: ClinicSite };

/**
 * GET /api/patient/appointment: the booked appointment (null when there is none) and the first week of times it
 * could move to, with the weeks that have any.
 */
export const getPatientAppointment = () =>
  patientApi.get<{ appointment: PatientAppointment | null } & OfferPage>('/api/patient/appointment');
export const moveAppointment = (slotId: string) =>
  patientApi.post<{ appointment: PatientAppointment }>('/api/patient/appointment/move', { slotId });
export const cancelAppointment = (reason: string) =>
  patientApi.post<{ appointment: null }>('/api/patient/appointment/cancel', { reason });

const patientUploads: UploadEndpoint = {
  url: '/api/patient/uploads',
  headers: patientCsrfHeaders,
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
    const added = await patientApi.post<{ id: string; state: PatientPhoto['state'] }>('/api/patient/images', {
      uploadId,
    });
    filenames.set(added.id, target.filename);
    const photo = { ...added, lesionId: target.lesionId, view: target.view, warnings: [], failure: null };
    return asRequestImage({ ...photo, thumbnailUrl: null }, target.filename);
  },
  upload: (file, target, onProgress) => uploadPhoto(file, target, onProgress, patientUploads),
};
