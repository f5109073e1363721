import type { Feedback } from '../../../shared/patient-questions.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { linkedRequest } from './patient-links.policy.ts';
import { findLink, insertFeedbackResponse, updateLink, type PatientSession } from './patient-links.repository.ts';

/**
 * The patient's feedback on the service, once the dermatologist has replied, once per link. The response is
 * stored under the service and the month only; the link keeps just that feedback was given.
 */
export async function giveFeedback(
  tx: Tx,
  options: { session: PatientSession; auditActor: AuditActor; at: Date; feedback: Feedback },
): Promise<void> {
  const request = await linkedRequest(tx, options.session, { lock: true });
  if (!['outcome_recorded', 'closed'].includes(request.state)) {
    throw new AppError('invalid_transition', 'You can give feedback once the dermatologist has replied.');
  }
  const link = await findLink(tx, options.session.linkId, { lock: true });
  if (link?.feedbackGivenAt) throw new AppError('conflict', 'Thank you: you have already given feedback.');
  await insertFeedbackResponse(tx, request.serviceId, options.at, options.feedback);
  await updateLink(tx, options.session.linkId, { feedbackGivenAt: options.at });
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'feedback.received',
    recordType: 'organisation',
    recordId: request.serviceId,
  });
}
