import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { applyTransition, findVisibleRequest } from '../requests/index.ts';
import { captureView } from './clinic-day.ts';
import { endAppointment, type AppointmentRow } from './appointments.repository.ts';

/**
 * The photographer says the capture is complete. Every lesion on the referral must have every view it needs
 * and the questionnaire must have been confirmed with the patient; anything missing is listed, all of it.
 * The appointment is attended and the request becomes ready for review, which starts the response-target
 * clock.
 */
export async function completeCapture(
  tx: Tx,
  options: { appointment: AppointmentRow; auditActor: AuditActor; at: Date },
) {
  const { appointment, at } = options;
  if (appointment.status !== 'booked')
    throw new AppError('conflict', 'This appointment is no longer open: its capture cannot be completed.');
  const view = await captureView(tx, appointment);
  if (view.missing.length) {
    throw new AppError('validation_failed', `The capture is not complete: ${view.missing.join('; ')}.`, {
      fieldErrors: view.missing.map((message) => ({ field: 'capture', message })),
    });
  }
  await endAppointment(tx, appointment.id, { status: 'attended', reason: null, by: 'photographer', at });
  const request = (await findVisibleRequest(tx, [appointment.serviceId], appointment.requestId, { lock: true }))!;
  const moved = await applyTransition(tx, {
    request,
    action: { type: 'images_complete' },
    actor: options.auditActor,
    at,
    audited: false,
  });
  await appendAuditEvent(tx, options.auditActor, at, {
    action: 'appointment.capture_completed',
    recordType: 'appointment',
    recordId: appointment.id,
    patientId: appointment.patientId,
    detail: { requestId: appointment.requestId, transition: moved.transition },
  });
  return { state: moved.state, dueAt: moved.dueAt };
}
