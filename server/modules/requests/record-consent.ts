import type { ReferrerConsentMethod } from '../../../shared/request-content.ts';
import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { requestForChange } from './requests.policy.ts';
import { insertConsent } from './requests.repository.ts';

/** Records the patient's consent, as the referrer took it, before submission. */
export async function recordConsent(
  tx: Tx,
  options: {
    actor: Actor;
    auditActor: AuditActor;
    at: Date;
    requestId: string;
    consent: { teachingUse: boolean; method: ReferrerConsentMethod };
  },
): Promise<string> {
  const request = await requestForChange(tx, options.actor, options.requestId, 'referrer');
  if (request.state !== 'draft') {
    throw new AppError('invalid_transition', 'Consent is recorded before the request is submitted.');
  }
  const id = await insertConsent(
    tx,
    request.id,
    {
      referralAndImageSharing: true,
      teachingUse: options.consent.teachingUse,
      method: options.consent.method,
      recordedBy: options.actor.userId,
    },
    options.at,
  );
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'consent.recorded',
    recordType: 'consent',
    recordId: id,
    patientId: request.patientId,
  });
  return id;
}
