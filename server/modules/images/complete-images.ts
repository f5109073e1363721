import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/audit.repository.ts';
import { applyTransition } from '../requests/apply-transition.ts';
import { requestForChange } from '../requests/requests.policy.ts';
import { lesionsWithoutImages } from './lesions-without-images.ts';

/** The referrer says the photographs are all there: every lesion must have at least one. */
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
  const moved = await applyTransition(tx, {
    request,
    action: { type: 'images_complete' },
    actor: options.auditActor,
    at: options.at,
  });
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'request.images_completed',
    recordType: 'request',
    recordId: request.id,
    patientId: request.patientId,
  });
  return moved;
}
