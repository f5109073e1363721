import type { Tx } from '../../db/database.ts';
import { describeBodySite } from '../../../shared/body-sites.ts';
import type { RequestState } from '../../../shared/request-content.ts';
import { listImagesOfRequest } from '../images/images.repository.ts';
import { statesTakingImages } from '../images/images.policy.ts';
import { listLetters } from '../letters/letters.repository.ts';
import { currentConsent, findVisibleRequest, listLesions } from '../requests/requests.repository.ts';
import type { PatientSession } from './patient-links.repository.ts';
import { longDate } from './send-patient-link.ts';

const dayDate = longDate;

/** Where the request is, in the words a patient would use. */
export function statusInWords(
  state: RequestState,
  dueAt: Date | null,
  photography: 'referrer' | 'clinic' = 'referrer',
): string {
  switch (state) {
    case 'draft':
    case 'submitted':
      return 'Your GP practice is preparing your request.';
    case 'awaiting_images':
      return photography === 'clinic'
        ? 'Waiting for your photography appointment at a clinic near you.'
        : 'Waiting for your photos.';
    case 'ready_for_review':
    case 'in_review':
      return dueAt ? `With the dermatologist: expect an answer by ${dayDate(dueAt)}.` : 'With the dermatologist.';
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
  const { rows } = await tx.query<{ practice: string; practiceTelephone: string; service: string }>(
    `SELECT pr.name AS practice, pr.telephone AS "practiceTelephone", s.name AS service
     FROM requests r JOIN organisations pr ON pr.id = r.practice_id JOIN organisations s ON s.id = r.service_id WHERE r.id = $1`,
    [session.requestId],
  );
  const names = rows[0]!;
  // Seen from its practice's side, where even a draft is visible.
  const { rows: owner } = await tx.query<{ practice_id: string }>('SELECT practice_id FROM requests WHERE id = $1', [
    session.requestId,
  ]);
  const request = (await findVisibleRequest(tx, [owner[0]!.practice_id], session.requestId))!;
  const [lesions, consent, images, letters, questionnaire] = [
    await listLesions(tx, request.id),
    await currentConsent(tx, request.id),
    await listImagesOfRequest(tx, request.id),
    await listLetters(tx, request.id),
    (
      await tx.query<{ answers: object; completedAt: Date | null }>(
        'SELECT answers, completed_at AS "completedAt" FROM questionnaires WHERE request_id = $1',
        [request.id],
      )
    ).rows[0] ?? null,
  ];
  const ownerId = `patient:${session.linkId}`;
  const patientLetter = letters.filter((l) => l.audience === 'patient' && l.kind === 'outcome').at(-1);
  const answered = request.state === 'outcome_recorded' || request.state === 'closed';
  return {
    /** Needed as the upload's metadata; the link reaches this request only. */
    requestId: request.id,
    reference: request.reference,
    practice: { name: names.practice, telephone: names.practiceTelephone },
    serviceName: names.service,
    status: { state: request.state, text: statusInWords(request.state, request.dueAt, request.photography) },
    consent:
      consent && !consent.withdrawnAt
        ? { given: consent.referralAndImageSharing, teachingUse: consent.teachingUse }
        : null,
    // A clinic patient's photographs are taken at their appointment, not sent from home.
    takesPhotos: request.photography === 'referrer' && statesTakingImages.includes(request.state),
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
