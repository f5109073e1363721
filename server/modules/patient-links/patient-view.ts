import type { Tx } from '../../db/database.ts';
import { describeBodySite } from '../../../shared/body-sites.ts';
import { formatLondonDate } from '../../../shared/london-time.ts';
import type { RequestState } from '../../../shared/request-content.ts';
import { listImagesOfRequest } from '../images/index.ts';
import { listLetters } from '../letters/index.ts';
import { currentConsent, listLesions } from '../requests/index.ts';
import { linkedRequest } from './patient-links.policy.ts';
import { findQuestionnaire, organisationsOfRequest, type PatientSession } from './patient-links.repository.ts';
import { asksPatientForPhotos, patientPartDone, tasksOf } from './patient-tasks.ts';

/**
 * Where the request is, in the words a patient would use. `partDone`: the patient has done everything their link
 * asked; until the practice sends the request on, telling them it is still being prepared would be untrue.
 */
export function statusInWords(
  state: RequestState,
  dueAt: Date | null,
  photography: 'referrer' | 'clinic' = 'referrer',
  partDone = false,
): string {
  switch (state) {
    case 'draft':
    case 'submitted':
      return partDone
        ? 'Thank you — you have done everything we asked. Your GP practice will now send your request to the dermatology service.'
        : 'Your GP practice is preparing your request.';
    case 'awaiting_images':
      if (photography === 'clinic') return 'Waiting for your photography appointment at a clinic near you.';
      return partDone
        ? 'Thank you — you have sent everything we asked. Your GP practice will now send your photos to the dermatology service.'
        : 'Waiting for your photos.';
    case 'ready_for_review':
    case 'in_review':
      return dueAt
        ? `With the dermatologist: expect an answer by ${formatLondonDate(dueAt, 'weekday-day-month')}.`
        : 'With the dermatologist.';
    case 'information_requested':
      return 'The dermatologist has asked your GP practice a question. We will carry on when they answer.';
    case 'outcome_recorded':
    case 'closed':
      return 'The dermatologist has replied. Your letter is below.';
    case 'redirected':
    case 'not_accepted':
    case 'withdrawn':
    case 'returned':
      return 'This request is no longer going ahead. Your GP practice will tell you what happens next.';
  }
}

/** The one request the link reaches, as the patient's pages show it. */
export async function patientView(tx: Tx, session: PatientSession) {
  const names = await organisationsOfRequest(tx, session.requestId);
  const request = await linkedRequest(tx, session);
  const [lesions, consent, images, letters, questionnaire] = [
    await listLesions(tx, request.id),
    await currentConsent(tx, request.id),
    await listImagesOfRequest(tx, request.id),
    await listLetters(tx, request.id),
    await findQuestionnaire(tx, request.id),
  ];
  const partDone = patientPartDone(tasksOf({ request, linkId: session.linkId, consent, images, questionnaire }));
  const ownerId = `patient:${session.linkId}`;
  const patientLetter = letters.filter((l) => l.audience === 'patient' && l.kind === 'outcome').at(-1);
  const answered = request.state === 'outcome_recorded' || request.state === 'closed';
  return {
    /** Needed as the upload's metadata; the link reaches this request only. */
    requestId: request.id,
    /** For the audit row of the read: taken off before the view is sent. */
    patientId: request.patientId,
    reference: request.reference,
    practice: { name: names.practice, telephone: names.practiceTelephone },
    serviceName: names.service,
    /** Whom to contact at the service about appointments and the request (the service's settings). */
    service: {
      name: names.service,
      telephone: names.serviceTelephone,
      email: names.serviceEmail,
      openingHours: names.serviceOpeningHours,
    },
    status: {
      state: request.state,
      text: statusInWords(request.state, request.dueAt, request.photography, partDone),
    },
    /** Everything the link asked of the patient is done. */
    partDone,
    consent:
      consent && !consent.withdrawnAt
        ? { given: consent.referralAndImageSharing, teachingUse: consent.teachingUse }
        : null,
    // A clinic patient's photographs are taken at their appointment, not sent from home.
    takesPhotos: asksPatientForPhotos(request),
    lesions: lesions.map((l) => ({
      id: l.id,
      position: l.position,
      site: describeBodySite(l.bodySite, l.laterality),
      description: l.description,
    })),
    photos: images
      .filter((i) => i.ownerId === ownerId)
      .map((i) => ({
        id: i.id,
        lesionId: i.lesionId,
        view: i.view,
        state: i.state,
        warnings: i.quality?.warnings ?? [],
        failure: i.failure,
        thumbnailUrl: i.state === 'ready' ? `/api/patient/images/${i.id}/thumbnail` : null,
      })),
    questionnaire: questionnaire ?? { answers: {}, completedAt: null },
    letter: answered && patientLetter ? { url: '/api/patient/letter', createdAt: patientLetter.createdAt } : null,
    feedback: { canGive: answered && !session.link.feedbackGivenAt, given: session.link.feedbackGivenAt !== null },
    expiresAt: session.link.expiresAt,
  };
}
