import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { requestForChange } from './requests.policy.ts';
import { deleteLesion, insertLesion, listLesions, updateLesion, type Lesion } from './requests.repository.ts';

type LesionInput = Omit<Lesion, 'id' | 'position'>;
type Common = { actor: Actor; auditActor: AuditActor; at: Date; requestId: string };

/**
 * Lesions are edited while the request is a draft; eligibility counts them at submission. After that, what the
 * dermatologist may have seen stays as it was: the one change is a lesion added while answering their question
 * (they may ask about another site or lesion), which goes back to them with the answer.
 */
const maxLesionsPerRequest = 10;

async function draftFor(tx: Tx, options: Common) {
  const request = await requestForChange(tx, options.actor, options.requestId, 'referrer');
  if (request.state !== 'draft')
    throw new AppError('invalid_transition', 'Lesions can only be changed before the request is submitted.');
  return request;
}

/** A draft, or a request waiting for the referrer's answer to the dermatologist's question. */
async function requestTakingLesions(tx: Tx, options: Common) {
  const request = await requestForChange(tx, options.actor, options.requestId, 'referrer');
  if (request.state !== 'draft' && request.state !== 'information_requested') {
    throw new AppError(
      'invalid_transition',
      'Lesions can only be added before the request is submitted, or while the dermatologist is waiting for your answer.',
    );
  }
  return request;
}

export async function addLesion(tx: Tx, options: Common & { lesion: LesionInput }): Promise<string> {
  const request = await requestTakingLesions(tx, options);
  if ((await listLesions(tx, request.id)).length >= maxLesionsPerRequest) {
    throw new AppError('validation_failed', `A request can describe at most ${maxLesionsPerRequest} lesions.`);
  }
  // A draft's hidden lesion is refused at submission by the eligibility rule (hazard H16); one added to an answer
  // would reach the dermatologist without that rule, so it is refused here.
  if (request.state !== 'draft' && options.lesion.obscuredByHair) {
    const message =
      'The dermatologist cannot assess a lesion hidden by hair from photographs. Tell them about it in your answer instead.';
    throw new AppError('validation_failed', message, { fieldErrors: [{ field: 'obscuredByHair', message }] });
  }
  const id = await insertLesion(tx, request.id, options.lesion, options.at);
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'lesion.added',
    recordType: 'lesion',
    recordId: id,
    patientId: request.patientId,
  });
  return id;
}

export async function changeLesion(tx: Tx, options: Common & { lesionId: string; lesion: LesionInput }): Promise<void> {
  const request = await draftFor(tx, options);
  if (!(await updateLesion(tx, request.id, options.lesionId, options.lesion))) throw notFound('lesion');
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'lesion.updated',
    recordType: 'lesion',
    recordId: options.lesionId,
    patientId: request.patientId,
  });
}

export async function removeLesion(tx: Tx, options: Common & { lesionId: string }): Promise<void> {
  const request = await draftFor(tx, options);
  // A photograph removed from the lesion is still kept with it, as part of the record: so is the lesion.
  const { rows } = await tx.query<{ shown: boolean }>(
    'SELECT removed_at IS NULL AS shown FROM images WHERE lesion_id = $1 ORDER BY removed_at NULLS FIRST LIMIT 1',
    [options.lesionId],
  );
  if (rows[0]) {
    throw new AppError(
      'conflict',
      rows[0].shown
        ? 'This lesion has photographs, so it cannot be removed. Describe it again instead, or tell the dermatologist in a note.'
        : 'Photographs of this lesion were removed but are kept in the record, so the lesion cannot be removed. Describe it again instead.',
    );
  }
  if (!(await deleteLesion(tx, request.id, options.lesionId))) throw notFound('lesion');
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'lesion.removed',
    recordType: 'lesion',
    recordId: options.lesionId,
    patientId: request.patientId,
  });
}
