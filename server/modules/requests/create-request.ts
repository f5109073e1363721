import type { Tx } from '../../db/database.ts';
import { organisationsWithRole, type Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { findVisiblePatient } from '../patients/index.ts';
import type { Photography, RequestKind, Urgency } from '../../../shared/request-content.ts';
import { insertRequest } from './requests.repository.ts';

/** Services that serve the practice: the only ones a request from it may go to. */
export async function servicesServing(tx: Tx, practiceId: string): Promise<string[]> {
  const { rows } = await tx.query<{ service_id: string }>(
    `SELECT service_id FROM organisation_links WHERE organisation_id = $1 AND relationship = 'serves_practice'`,
    [practiceId],
  );
  return rows.map((r) => r.service_id);
}

/** Starts a draft request for a patient of the referrer's practice. */
export async function createRequest(
  tx: Tx,
  options: {
    actor: Actor;
    auditActor: AuditActor;
    at: Date;
    input: { patientId: string; kind: RequestKind; urgency: Urgency; serviceId: string; photography?: Photography };
  },
): Promise<{ id: string; reference: string }> {
  const practiceId = organisationsWithRole(options.actor, 'referrer')[0];
  if (!practiceId) throw new AppError('forbidden', 'Only a referrer at a GP practice can make a request.');
  const patient = await findVisiblePatient(tx, [practiceId], options.input.patientId);
  if (!patient) throw notFound('patient');
  if (!(await servicesServing(tx, practiceId)).includes(options.input.serviceId)) {
    const message = 'Choose a dermatology service that serves your practice';
    throw new AppError('validation_failed', message, { fieldErrors: [{ field: 'serviceId', message }] });
  }
  const created = await insertRequest(tx, {
    ...options.input,
    practiceId,
    referrerId: options.actor.userId,
    at: options.at,
  });
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'request.created',
    recordType: 'request',
    recordId: created.id,
    patientId: patient.id,
  });
  return created;
}
