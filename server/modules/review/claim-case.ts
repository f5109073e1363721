import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { type TransitionDetail, appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { applyTransition, requestForChange, type RequestRow } from '../requests/index.ts';
import { claimOf, setClaim, touchClaim } from './review.repository.ts';

type Options = { actor: Actor; auditActor: AuditActor; at: Date; requestId: string; claimMinutes: number };

/**
 * Opening a case for review claims it: one consultant reviews a case at a
 * time. Someone else's claim holds while it is in use; one left idle longer
 * than the claim period lapses and may be taken over, and that is recorded.
 * Every claim, a consultant's return to a case they hold included, writes
 * one `case.claimed` row, with the request's move in it when it moved.
 */
export async function claimCase(tx: Tx, options: Options): Promise<{ request: RequestRow; takenOver: boolean }> {
  const request = await requestForChange(tx, options.actor, options.requestId, 'consultant');
  const claimed = (transition?: TransitionDetail) =>
    appendAuditEvent(tx, options.auditActor, options.at, {
      action: 'case.claimed',
      recordType: 'request',
      recordId: request.id,
      patientId: request.patientId,
      detail: { to: options.actor.userId, ...(transition ? { transition } : {}) },
    });
  /** Moves the case into review under this consultant's claim; the caller writes the one audit row. */
  const startReview = async () => {
    const started = await applyTransition(tx, {
      request,
      action: { type: 'start_review' },
      actor: options.auditActor,
      at: options.at,
      audited: false,
    });
    await setClaim(tx, request.id, options.actor.userId, options.at);
    return started.transition;
  };
  if (request.state === 'ready_for_review') {
    await claimed(await startReview());
    return { request, takenOver: false };
  }
  if (request.state !== 'in_review') {
    throw new AppError('invalid_transition', 'This case is not waiting for review.');
  }
  const claim = await claimOf(tx, request.id);
  if (claim.claimedBy === options.actor.userId) {
    await touchClaim(tx, request.id, options.at);
    await claimed();
    return { request, takenOver: false };
  }
  if (claim.claimTouchedAt && !claimLapsed(claim.claimTouchedAt, options.at, options.claimMinutes)) {
    throw new AppError('conflict', `${claim.claimedByName ?? 'Another consultant'} is reviewing this case.`);
  }
  // The claim has lapsed: hand the case back, then take it, so the timeline shows both (and the audit row, why).
  const lapsed = `Claim of ${claim.claimedByName ?? 'another consultant'} lapsed after ${options.claimMinutes} minutes without activity`;
  const released = await applyTransition(tx, {
    request,
    action: { type: 'release_review' },
    actor: options.auditActor,
    at: options.at,
    reason: lapsed,
    audited: false,
  });
  const started = await startReview();
  await claimed({ ...started, from: released.transition.from, reason: lapsed });
  return { request, takenOver: true };
}

export const claimLapsed = (touchedAt: Date, now: Date, minutes: number) =>
  now.getTime() - touchedAt.getTime() >= minutes * 60_000;

/**
 * The case the consultant is writing to: theirs under a live claim, and at the
 * version they read, so a concurrent write is refused rather than overwritten.
 */
export async function caseUnderMyClaim(
  tx: Tx,
  options: { actor: Actor; requestId: string; at: Date; claimMinutes: number; version?: number | undefined },
): Promise<RequestRow> {
  const request = await requestForChange(tx, options.actor, options.requestId, 'consultant');
  const claim = await claimOf(tx, request.id);
  if (request.state !== 'in_review' || claim.claimedBy !== options.actor.userId) {
    throw new AppError(
      'conflict',
      claim.claimedByName && claim.claimedBy !== options.actor.userId
        ? `${claim.claimedByName} is reviewing this case.`
        : 'Open the case for review first.',
    );
  }
  if (claim.claimTouchedAt && claimLapsed(claim.claimTouchedAt, options.at, options.claimMinutes)) {
    throw new AppError('conflict', 'Your claim on this case lapsed while it was idle. Open it again to carry on.');
  }
  if (options.version !== undefined && options.version !== request.version) {
    throw new AppError('conflict', 'This case changed after you opened it. Reload it to see the latest version.');
  }
  await touchClaim(tx, request.id, options.at);
  return request;
}
