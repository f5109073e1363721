import type { Tx } from '../../db/database.ts';
import { hasRole, organisationsWithRole, type Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { RequestState } from '../requests/lifecycle.ts';
import { requestForPhotographer } from '../clinics/clinics.policy.ts';
import { findVisibleRequest, listLesions, type RequestRow } from '../requests/requests.repository.ts';

/** States in which photographs may still be added to a request. */
export const statesTakingImages: readonly RequestState[] = ['draft', 'awaiting_images', 'information_requested'];

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
