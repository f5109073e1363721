import type { Tx } from '../../db/database.ts';
import { organisationsWithRole, type Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { checkConversion } from '../requests/index.ts';
import { findVisibleRequest } from '../requests/index.ts';

/**
 * Whether a consultant's Advice & Guidance case could be converted into a referral, and if not why: asked before
 * signing. The read of the request is audited.
 */
export async function checkCaseConversion(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; requestId: string },
) {
  const consultantOf = organisationsWithRole(options.actor, 'consultant');
  const found = await findVisibleRequest(tx, consultantOf, options.requestId);
  if (!found || !consultantOf.includes(found.serviceId)) throw notFound('request');
  const check = await checkConversion(tx, found, options.at);
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'request.viewed',
    recordType: 'request',
    recordId: found.id,
    patientId: found.patientId,
  });
  return check;
}
