import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { enqueueLetters } from '../letters/index.ts';
import { tellOfOutcome } from '../notifications/index.ts';
import { requestForChange } from '../requests/index.ts';
import { insertOutcome, listOutcomes } from './review.repository.ts';

/**
 * Corrects or adds to a signed outcome without changing it: a new signed
 * entry, by a consultant of the service, with letters that carry it.
 */
export async function addAddendum(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; boss: PgBoss; requestId: string; text: string },
): Promise<string> {
  const request = await requestForChange(tx, options.actor, options.requestId, 'consultant');
  const outcome = (await listOutcomes(tx, request.id)).find((o) => o.kind === 'outcome');
  if (!outcome) throw new AppError('invalid_transition', 'There is no signed outcome to add to.');
  if (!options.actor.gmcNumber)
    throw new AppError('forbidden', 'Your account has no GMC number: ask your administrator.');
  const id = await insertOutcome(tx, request.id, {
    kind: 'addendum',
    addendumTo: outcome.id,
    category: null,
    diagnosisCode: null,
    diagnosisTerm: null,
    differentials: [],
    plan: options.text,
    medicines: [],
    leaflets: [],
    onwardReferral: null,
    signedBy: options.actor.userId,
    signedByName: options.actor.displayName,
    gmcNumber: options.actor.gmcNumber,
    signedAt: options.at,
  });
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'outcome.addendum_signed',
    recordType: 'outcome',
    recordId: id,
    patientId: request.patientId,
    detail: { category: null, diagnosisCode: null },
  });
  await enqueueLetters(tx, options.boss, id);
  await tellOfOutcome(tx, { request, at: options.at, signedBy: options.actor.userId, addendum: true });
  return id;
}
