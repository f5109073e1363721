import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { insertConsent } from '../requests/index.ts';
import { finishPatientTasks } from './finish-patient-tasks.ts';
import { linkedRequest } from './patient-links.policy.ts';
import type { PatientSession } from './patient-links.repository.ts';

/**
 * The patient gives consent through their link, to the referral and the sharing of their photos (and, if they
 * wish, to teaching use). As when the referrer records it (recordConsent), consent is given before the request
 * is submitted: later it would put consent back on a request that went ahead, or stopped, without it (issue 19).
 */
export async function giveConsent(
  tx: Tx,
  options: {
    session: PatientSession;
    auditActor: AuditActor;
    at: Date;
    boss: PgBoss;
    publicOrigin: string;
    teachingUse: boolean;
  },
): Promise<void> {
  const request = await linkedRequest(tx, options.session, { lock: true });
  if (request.state !== 'draft') {
    throw new AppError(
      'invalid_transition',
      'Your GP practice has already sent your request, so your consent cannot be changed here. Contact your GP practice.',
    );
  }
  const id = await insertConsent(
    tx,
    request.id,
    { referralAndImageSharing: true, teachingUse: options.teachingUse, method: 'patient_link', recordedBy: null },
    options.at,
  );
  const finished = await finishPatientTasks(tx, {
    request,
    linkId: options.session.linkId,
    at: options.at,
    boss: options.boss,
    publicOrigin: options.publicOrigin,
  });
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'consent.recorded',
    recordType: 'consent',
    recordId: id,
    patientId: request.patientId,
    ...(finished ? { detail: finished } : {}),
  });
}
