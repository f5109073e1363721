import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import type { AuditActor } from '../audit/index.ts';
import { applyTransition, requestForChange } from '../requests/index.ts';
import { lesionsWithoutImages } from './lesions-without-images.ts';

/**
 * The referrer says the photographs are all there: every lesion must have at least one. The move's own audit
 * row (`request.transitioned`, images_complete) is the call's one row.
 */
export async function completeImages(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; requestId: string },
) {
  const request = await requestForChange(tx, options.actor, options.requestId, 'referrer');
  const missing = await lesionsWithoutImages(tx, request.id);
  if (missing.length) {
    throw new AppError(
      'validation_failed',
      `Add at least one photograph of ${missing.length === 1 ? 'lesion' : 'lesions'} ${missing.join(', ')} first.`,
      { fieldErrors: [{ field: 'images', message: 'Every lesion needs at least one photograph' }] },
    );
  }
  const { state, dueAt } = await applyTransition(tx, {
    request,
    action: { type: 'images_complete' },
    actor: options.auditActor,
    at: options.at,
  });
  return { state, dueAt };
}
