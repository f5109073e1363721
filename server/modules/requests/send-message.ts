import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { tellOfMessage } from '../notifications/index.ts';
import { applyTransition } from './apply-transition.ts';
import { lesionsAddedWithoutPhotographs } from './lesions-added-with-answer.ts';
import { isTerminal } from './lifecycle.ts';
import { insertMessage, type MessageKind } from './messages.repository.ts';
import { requestForChange } from './requests.policy.ts';

const consultantKinds: MessageKind[] = ['question', 'photo_request'];

/**
 * Adds a message to a request's conversation. A consultant's question or
 * request for better photographs sends the case back to the referrer and
 * pauses the response-target clock; the referrer's answer returns it to the
 * worklist. Whoever must act next is told (tellOfMessage), with no patient details.
 */
export async function sendMessage(
  tx: Tx,
  options: {
    actor: Actor;
    auditActor: AuditActor;
    at: Date;
    boss: PgBoss;
    publicOrigin: string;
    requestId: string;
    kind: MessageKind;
    body: string;
  },
): Promise<{ id: string; state: string }> {
  // A note comes from whichever side the author works on.
  const asConsultant =
    consultantKinds.includes(options.kind) || (options.kind === 'note' && !hasRole(options.actor, 'referrer'));
  if (asConsultant && !hasRole(options.actor, 'consultant')) {
    throw new AppError('forbidden', 'Only a consultant can ask the referrer a question or for better photographs.');
  }
  if (options.kind === 'answer' && !hasRole(options.actor, 'referrer')) {
    throw new AppError('forbidden', 'Only the referrer answers a question about their request.');
  }
  const request = await requestForChange(
    tx,
    options.actor,
    options.requestId,
    asConsultant ? 'consultant' : 'referrer',
  );
  if (request.state === 'draft' || isTerminal(request.state)) {
    throw new AppError('invalid_transition', 'Messages can be sent only while the request is open with the service.');
  }
  const organisationId = asConsultant ? request.serviceId : request.practiceId;
  const id = await insertMessage(tx, {
    requestId: request.id,
    authorUserId: options.actor.userId,
    authorLabel: options.actor.displayName,
    authorOrganisationId: organisationId,
    kind: options.kind,
    body: options.body,
    at: options.at,
  });

  let moved: Awaited<ReturnType<typeof applyTransition>> | null = null;
  if (consultantKinds.includes(options.kind)) {
    moved = await applyTransition(tx, {
      request,
      action: { type: 'request_information' },
      actor: options.auditActor,
      at: options.at,
      reason: options.kind === 'photo_request' ? 'Better photographs requested' : 'Question to the referrer',
      audited: false,
    });
  }
  if (options.kind === 'answer') {
    if (request.state !== 'information_requested') {
      throw new AppError('invalid_transition', 'There is no question waiting for an answer; send a note instead.');
    }
    const unseen = await lesionsAddedWithoutPhotographs(tx, request);
    if (unseen.length) {
      const which = unseen.length === 1 ? `lesion ${unseen[0]}` : `lesions ${unseen.join(', ')}`;
      throw new AppError(
        'validation_failed',
        `Add a photograph of ${which} before you send your answer, so the dermatologist can see the lesion you added. If a photo is still uploading, wait for it to finish.`,
      );
    }
    moved = await applyTransition(tx, {
      request,
      action: { type: 'answer_information' },
      actor: options.auditActor,
      at: options.at,
      reason: 'Referrer answered',
      audited: false,
    });
  }
  // The person who must act next is told (notification centre; email for a question), in this transaction.
  await tellOfMessage(tx, {
    request,
    kind: options.kind,
    fromConsultant: asConsultant,
    authorId: options.actor.userId,
    at: options.at,
    boss: options.boss,
    publicOrigin: options.publicOrigin,
  });
  // One row for the message, with the case's move in it when the message made one.
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'message.sent',
    recordType: 'message',
    recordId: id,
    patientId: request.patientId,
    detail: { kind: options.kind, ...(moved ? { transition: moved.transition } : {}) },
  });
  return { id, state: request.state };
}
