import type { Queryable } from '../../db/database.ts';
import { statesTakingImages, listImagesOfRequest, type ImageRow } from '../images/index.ts';
import { currentConsent, type Consent, type RequestRow } from '../requests/index.ts';
import { findQuestionnaire, type QuestionnaireRow } from './patient-links.repository.ts';

/**
 * What the link asks of the patient, and how far they have got: the tasks their start page lists
 * (web/src/features/patient/patient-tasks.tsx) — consent, their own photos, the questionnaire.
 */
export type PatientTasks = {
  consentGiven: boolean;
  questionnaireCompleted: boolean;
  /** Photos sent through this link and not refused; null when no photos are asked of the patient. */
  photosSent: number | null;
};

/**
 * The patient sends their own photos only while the request takes them, and not when a clinic's photographer
 * takes them at an appointment.
 */
export const asksPatientForPhotos = (request: Pick<RequestRow, 'photography' | 'state'>) =>
  request.photography === 'referrer' && statesTakingImages.includes(request.state);

/** The patient's tasks, from what is already read of the request. */
export function tasksOf(options: {
  request: Pick<RequestRow, 'photography' | 'state'>;
  linkId: string;
  consent: Consent | null;
  images: readonly Pick<ImageRow, 'ownerId' | 'state'>[];
  questionnaire: QuestionnaireRow | null;
}): PatientTasks {
  const ownerId = `patient:${options.linkId}`;
  return {
    consentGiven: Boolean(options.consent && !options.consent.withdrawnAt && options.consent.referralAndImageSharing),
    questionnaireCompleted: Boolean(options.questionnaire?.completedAt),
    photosSent: asksPatientForPhotos(options.request)
      ? options.images.filter((i) => i.ownerId === ownerId && i.state !== 'failed').length
      : null,
  };
}

/** Whether the patient has done everything the link asks of them. */
export function patientPartDone(tasks: PatientTasks): boolean {
  return tasks.consentGiven && tasks.questionnaireCompleted && (tasks.photosSent === null || tasks.photosSent > 0);
}

export async function loadPatientTasks(db: Queryable, request: RequestRow, linkId: string): Promise<PatientTasks> {
  return tasksOf({
    request,
    linkId,
    consent: await currentConsent(db, request.id),
    images: await listImagesOfRequest(db, request.id),
    questionnaire: await findQuestionnaire(db, request.id),
  });
}
