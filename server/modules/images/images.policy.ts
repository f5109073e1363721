import type { Tx } from '../../db/database.ts';
import { hasRole, organisationsWithRole, type Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type RequestState, findVisibleRequest, listLesions, type RequestRow } from '../requests/index.ts';
import { requestForPhotographer } from '../clinics/index.ts';
import type { ImageRow } from './images.repository.ts';

/** States in which photographs may still be added to a request. */
export const statesTakingImages: readonly RequestState[] = ['draft', 'awaiting_images', 'information_requested'];

/**
 * States in which a photograph may still be taken off a request: before it is ready for review, so before any
 * dermatologist can have seen it. What a consultant may have looked at stays in front of them.
 */
export const statesRemovingImages: readonly RequestState[] = ['draft', 'awaiting_images'];

/**
 * The request and lesion a new photograph is for, if the actor may add to it:
 * a referrer of the referring practice, or a clinic's photographer during the patient's appointment, while
 * the request still takes images.
 */
export async function requestTakingImages(
  tx: Tx,
  actor: Actor,
  requestId: string,
  lesionId: string,
  options: { lock?: boolean } = {},
): Promise<RequestRow> {
  const practices = organisationsWithRole(actor, 'referrer');
  let request = await findVisibleRequest(tx, practices, requestId, { lock: options.lock ?? false });
  if (!request || !practices.includes(request.practiceId)) {
    // A photographer adds photographs at the clinic, once the patient has arrived for their appointment.
    request = await requestForPhotographer(tx, actor, requestId, { forUpload: true, lock: options.lock ?? false });
  }
  if (!request) throw notFound('request');
  if (!(await listLesions(tx, request.id)).some((l) => l.id === lesionId)) throw notFound('lesion');
  if (!statesTakingImages.includes(request.state)) {
    throw new AppError('invalid_transition', 'Photographs can no longer be added to this request.');
  }
  return request;
}

/**
 * Whether the actor may see a request's photographs: anyone who may see the request, and the photographers
 * of a clinic where the patient has (or had) an appointment for it.
 */
export async function requestShowingImages(tx: Tx, actor: Actor, requestId: string): Promise<RequestRow | null> {
  const organisations = actor.memberships.map((m) => m.organisationId);
  const request =
    (await findVisibleRequest(tx, organisations, requestId)) ?? (await requestForPhotographer(tx, actor, requestId));
  if (!request) return null;
  if (!hasRole(actor, 'referrer', 'consultant', 'booking_clerk', 'service_admin', 'photographer')) return null;
  return request;
}

/**
 * The request a photograph is on, locked, if the actor may take the photograph off it: a referrer of the referring
 * practice (any of its photographs, the patient's own too), or a clinic's photographer during the patient's
 * appointment, for a photograph taken by a photographer of that clinic. Someone who may see the photograph but not
 * remove it is told why (403); anyone else learns nothing of it (404).
 */
export async function requestRemovingImage(tx: Tx, actor: Actor, image: ImageRow): Promise<RequestRow> {
  const practices = organisationsWithRole(actor, 'referrer');
  const referred = await findVisibleRequest(tx, practices, image.requestId, { lock: true });
  if (referred && practices.includes(referred.practiceId)) return referred;
  const { rowCount: takenHere } = await tx.query(
    `SELECT 1 FROM images i JOIN memberships m ON m.user_id = i.captured_by
     WHERE i.id = $1 AND m.organisation_id = ANY($2) AND 'photographer' = ANY(m.roles)`,
    [image.id, organisationsWithRole(actor, 'photographer')],
  );
  if (takenHere) {
    const atClinic = await requestForPhotographer(tx, actor, image.requestId, { forUpload: true, lock: true });
    if (atClinic) return atClinic;
    // The clinic's own photograph, once its photographs have gone for review (or the appointment is over).
    if (await requestForPhotographer(tx, actor, image.requestId)) {
      throw new AppError(
        'invalid_transition',
        'This photograph can no longer be removed: the clinic has sent its photographs for review. The dermatologist may have seen it: ask the referring practice to send them a note saying what is wrong with it.',
      );
    }
  }
  if (await requestShowingImages(tx, actor, image.requestId)) {
    throw new AppError(
      'forbidden',
      'Only the referring practice can remove this photograph, or the clinic that took it while the patient is there.',
    );
  }
  throw notFound('image');
}
