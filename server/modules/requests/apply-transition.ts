import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { addWorkingDays, extendByPausedWorkingDays } from '../../working-days.ts';
import { type TransitionDetail, appendAuditEvent, type AuditActor } from '../audit/index.ts';
import type { EligibilityResult } from '../eligibility/index.ts';
import { responseTargetWorkingDays, serviceSettings } from '../organisations/index.ts';
import { transition, type RequestAction, type RequestState } from './lifecycle.ts';
import { insertTransition, setLifecycleFields, type RequestRow } from './requests.repository.ts';

/**
 * Moves a request through the lifecycle and records it: the new state, the
 * response-target clock, a timeline entry with who, when and why, and an
 * audit row, all in the caller's transaction. An illegal move is refused (409).
 *
 * A call writes one audit row. A use case that writes its own row for the
 * call (a message, an outcome, an appointment) passes `audited: false` and
 * puts the returned `transition` in that row's detail instead.
 */
export async function applyTransition(
  tx: Tx,
  options: {
    request: RequestRow;
    action: RequestAction;
    actor: AuditActor;
    at: Date;
    reason?: string | null;
    eligibility?: EligibilityResult;
    closedReason?: string;
    /** False when the caller's own audit row records this move (see above). */
    audited?: boolean;
  },
): Promise<{ state: RequestState; dueAt: Date | null; transition: TransitionDetail }> {
  const { request, action, at } = options;
  const result = transition(request.state, action);
  if (!result.ok) throw new AppError('invalid_transition', `${result.message}.`);

  let dueAt: Date | null | undefined;
  let clockPausedAt: Date | null | undefined;
  let readyForReviewAt: Date | undefined;
  if (result.to === 'ready_for_review' && (action.type === 'decide_eligibility' || action.type === 'images_complete')) {
    // The response-target clock starts when the case is first ready for review.
    // The target of its pathway and urgency, as the service has it now: a later change moves no due date.
    const target = responseTargetWorkingDays(await serviceSettings(tx, request.serviceId), request);
    readyForReviewAt = at;
    dueAt = addWorkingDays(at, target);
  }
  if (result.to === 'information_requested') clockPausedAt = at;
  if (action.type === 'answer_information' && request.clockPausedAt && request.dueAt) {
    // The working days spent waiting on the referrer do not count against the service.
    dueAt = extendByPausedWorkingDays(request.dueAt, request.clockPausedAt, at);
    clockPausedAt = null;
  }

  await setLifecycleFields(tx, request.id, {
    state: result.to,
    at,
    ...(options.eligibility ? { eligibility: options.eligibility } : {}),
    ...(action.type === 'submit' ? { submittedAt: at } : {}),
    ...(readyForReviewAt ? { readyForReviewAt } : {}),
    ...(dueAt !== undefined ? { dueAt } : {}),
    ...(clockPausedAt !== undefined ? { clockPausedAt } : {}),
    ...(options.closedReason ? { closedReason: options.closedReason } : {}),
  });
  await insertTransition(tx, {
    requestId: request.id,
    action: action.type,
    from: result.from,
    to: result.to,
    actorUserId: options.actor.userId,
    // The timeline shows names; the audit row keeps the email address too.
    actorLabel: options.actor.label.replace(/ <[^>]+>$/, ''),
    reason: options.reason ?? null,
    at,
  });
  const moved: TransitionDetail = {
    action: action.type,
    from: result.from,
    to: result.to,
    ...(options.reason ? { reason: options.reason } : {}),
  };
  if (options.audited !== false) {
    await appendAuditEvent(tx, options.actor, at, {
      action: 'request.transitioned',
      recordType: 'request',
      recordId: request.id,
      patientId: request.patientId,
      detail: moved,
    });
  }
  request.state = result.to;
  request.version += 1;
  if (dueAt !== undefined) request.dueAt = dueAt;
  if (clockPausedAt !== undefined) request.clockPausedAt = clockPausedAt;
  return { state: result.to, dueAt: dueAt === undefined ? request.dueAt : dueAt, transition: moved };
}
