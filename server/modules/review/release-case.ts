import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type TransitionDetail, appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { type RequestRow, applyTransition, findVisibleRequest } from '../requests/index.ts';
import { caseUnderMyClaim } from './claim-case.ts';
import { setClaim } from './review.repository.ts';
import { hasRole, organisationsWithRole } from '../../http/actor.ts';

/** The call's one audit row: who holds the case now, and the request's move if it moved. */
const recordHolder = (
  tx: Tx,
  options: { auditActor: AuditActor; at: Date },
  action: 'case.released' | 'case.reassigned',
  request: RequestRow,
  to: string | null,
  transition?: TransitionDetail,
) =>
  appendAuditEvent(tx, options.auditActor, options.at, {
    action,
    recordType: 'request',
    recordId: request.id,
    patientId: request.patientId,
    detail: { to, ...(transition ? { transition } : {}) },
  });

/** The consultant hands a case back to the worklist. */
export async function releaseCase(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; requestId: string; claimMinutes: number },
) {
  const request = await caseUnderMyClaim(tx, options);
  const moved = await applyTransition(tx, {
    request,
    action: { type: 'release_review' },
    actor: options.auditActor,
    at: options.at,
    reason: 'Handed back to the worklist',
    audited: false,
  });
  await setClaim(tx, request.id, null, options.at);
  await recordHolder(tx, options, 'case.released', request, null, moved.transition);
  return { state: request.state };
}

/**
 * A service administrator or booking clerk moves a case to another consultant
 * of the service, or back to the worklist (consultantId null).
 */
export async function reassignCase(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; requestId: string; consultantId: string | null },
) {
  const services = organisationsWithRole(options.actor, 'service_admin', 'booking_clerk');
  const request = await findVisibleRequest(tx, services, options.requestId, { lock: true });
  if (!request || !services.includes(request.serviceId)) throw notFound('request');
  if (!hasRole(options.actor, 'service_admin', 'booking_clerk'))
    throw new AppError('forbidden', 'Your role does not allow this.');
  if (options.consultantId) {
    const { rows } = await tx.query<{ name: string }>(
      `SELECT u.display_name AS name FROM users u JOIN memberships m ON m.user_id = u.id
       WHERE u.id = $1 AND m.organisation_id = $2 AND 'consultant' = ANY(m.roles) AND u.disabled_at IS NULL`,
      [options.consultantId, request.serviceId],
    );
    if (!rows[0]) {
      throw new AppError('validation_failed', 'Choose a consultant of this service.', {
        fieldErrors: [{ field: 'consultantId', message: 'Choose a consultant of this service' }],
      });
    }
    let moved: Awaited<ReturnType<typeof applyTransition>> | null = null;
    if (request.state === 'ready_for_review') {
      moved = await applyTransition(tx, {
        request,
        action: { type: 'start_review' },
        actor: options.auditActor,
        at: options.at,
        reason: `Assigned to ${rows[0].name}`,
        audited: false,
      });
    } else if (request.state !== 'in_review') {
      throw new AppError('invalid_transition', 'Only a case waiting for review or in review can be assigned.');
    }
    await setClaim(tx, request.id, options.consultantId, options.at);
    // A case moved from one consultant to another changes no state, but it changes hands: recorded all the same.
    await recordHolder(tx, options, 'case.reassigned', request, options.consultantId, moved?.transition);
    return { state: request.state };
  }
  if (request.state !== 'in_review') throw new AppError('invalid_transition', 'This case is not held by anyone.');
  const moved = await applyTransition(tx, {
    request,
    action: { type: 'release_review' },
    actor: options.auditActor,
    at: options.at,
    reason: 'Returned to the worklist by the service',
    audited: false,
  });
  await setClaim(tx, request.id, null, options.at);
  await recordHolder(tx, options, 'case.reassigned', request, null, moved.transition);
  return { state: request.state };
}
