import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { requestStateLabels, type RequestState } from '../../../shared/request-content.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { requestRemovingImage, statesRemovingImages } from './images.policy.ts';
import { findImage, markRemoved } from './images.repository.ts';

/** States in which the request is, or has been, in front of a dermatologist. */
const reviewStates: readonly RequestState[] = [
  'ready_for_review',
  'in_review',
  'information_requested',
  'outcome_recorded',
  'closed',
];

/**
 * Takes a wrong or poor photograph off its request before the review starts, so that it never reaches the
 * dermatologist. Nothing is deleted: the row and its files are kept as part of the record (docs/retention.md), with
 * who removed it, when and why, and no list, view, count or letter shows it again. One audit row says so.
 */
export async function removeImage(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; imageId: string; reason: string },
): Promise<void> {
  const image = await findImage(tx, options.imageId);
  if (!image) throw notFound('image');
  const request = await requestRemovingImage(tx, options.actor, image);
  if (!statesRemovingImages.includes(request.state)) {
    const seen = reviewStates.includes(request.state)
      ? ' The dermatologist may have seen it: send them a note saying what is wrong with it.'
      : '';
    throw new AppError(
      'invalid_transition',
      `This photograph can no longer be removed: the request is ${requestStateLabels[request.state].toLowerCase()}.${seen}`,
    );
  }
  // Removed by someone else a moment ago: it is gone from view either way.
  if (!(await markRemoved(tx, image.id, { by: options.actor.userId, reason: options.reason, at: options.at }))) {
    throw notFound('image');
  }
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'image.removed',
    recordType: 'image',
    recordId: image.id,
    patientId: request.patientId,
    detail: {
      reason: options.reason,
      requestId: request.id,
      lesionId: image.lesionId,
      view: image.view,
      state: request.state,
    },
  });
}
