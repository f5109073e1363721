import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { enqueueReturnedLetter } from '../letters/index.ts';
import { tellOfReturn } from '../notifications/index.ts';
import { serviceSettings, type DidNotAttendRule } from '../organisations/index.ts';
import { applyTransition } from '../requests/index.ts';
import { findVisibleRequest } from '../requests/index.ts';
import { endAppointment, patientContact, type AppointmentRow } from './appointments.repository.ts';
import { appointmentDateTime } from '../letters/index.ts';

export type DidNotAttendResult = 'offer_again' | 'returned_to_referrer';

/** What the service's rule makes of a did-not-attend, given how many the request now has (this one included). */
export function applyDidNotAttendRule(rule: DidNotAttendRule, didNotAttendCount: number): DidNotAttendResult {
  if (rule === 'return_to_referrer') return 'returned_to_referrer';
  return didNotAttendCount >= 2 ? 'returned_to_referrer' : 'offer_again';
}

/**
 * Records that the patient did not attend, and follows the service's rule: offer one more appointment (the
 * request goes back to the booking queue and the patient is asked to get in touch), or return the request to
 * the referrer with a letter. Only once the appointment has started and the service's grace has passed
 * (`didNotAttendFrom`): the patient is told at once that they were missed, and one told so before their
 * appointment may not come to it (hazard H11).
 */
export async function markDidNotAttend(
  tx: Tx,
  options: {
    appointment: AppointmentRow;
    by: 'clerk' | 'photographer';
    auditActor: AuditActor;
    at: Date;
    boss: PgBoss;
  },
): Promise<DidNotAttendResult> {
  const { appointment, at } = options;
  if (appointment.status !== 'booked')
    throw new AppError('conflict', 'This appointment is no longer booked: it cannot be marked as did not attend.');
  if (appointment.arrivedAt)
    throw new AppError(
      'conflict',
      'The patient has arrived for this appointment: it cannot be marked as did not attend.',
    );
  if (at < appointment.didNotAttendFrom)
    throw new AppError(
      'invalid_transition',
      `The patient can be recorded as did not attend from ${appointmentDateTime(appointment.didNotAttendFrom)} ` +
        '(London time), once the appointment has started and the time allowed for a late arrival has passed.',
    );

  await endAppointment(tx, appointment.id, { status: 'did_not_attend', reason: 'did not attend', by: options.by, at });
  const { rows } = await tx.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM appointments WHERE request_id = $1 AND status = 'did_not_attend'`,
    [appointment.requestId],
  );
  const settings = await serviceSettings(tx, appointment.serviceId);
  const result = applyDidNotAttendRule(settings.didNotAttendRule, rows[0]!.count);
  const request = (await findVisibleRequest(tx, [appointment.serviceId], appointment.requestId, { lock: true }))!;

  let moved: Awaited<ReturnType<typeof applyTransition>> | null = null;
  if (result === 'returned_to_referrer') {
    moved = await applyTransition(tx, {
      request,
      action: { type: 'return_to_referrer' },
      actor: options.auditActor,
      at,
      reason: `The patient did not attend the community photography clinic (${rows[0]!.count === 1 ? 'once' : `${rows[0]!.count} times`}).`,
      closedReason: 'did_not_attend',
      audited: false,
    });
    await enqueueReturnedLetter(tx, options.boss, { requestId: request.id });
    await tellOfReturn(tx, { request, at });
  } else {
    await askPatientToRebook(tx, { ...options, request: { id: request.id, patientId: request.patientId } });
  }
  await appendAuditEvent(tx, options.auditActor, at, {
    action: 'appointment.did_not_attend',
    recordType: 'appointment',
    recordId: appointment.id,
    patientId: appointment.patientId,
    detail: {
      requestId: appointment.requestId,
      by: options.by,
      result,
      ...(moved ? { transition: moved.transition } : {}),
    },
  });
  return result;
}

async function askPatientToRebook(
  tx: Tx,
  options: { appointment: AppointmentRow; at: Date; boss: PgBoss; request: { id: string; patientId: string } },
) {
  const contact = await patientContact(tx, options.request.patientId, options.appointment.serviceId);
  if (!contact.preferred) return;
  await enqueueNotification(
    tx,
    options.boss,
    {
      channel: contact.preferred.channel,
      recipient: contact.preferred.destination,
      subject: `${contact.service}: we missed you at your skin photography appointment`,
      bodyText: [
        `We missed you at your skin photography appointment on ${appointmentDateTime(options.appointment.startsAt)}.`,
        `We will offer you one more appointment. Please call ${contact.service} on ${contact.telephone} if the times we offer do not suit you.`,
        'If you miss the next one, your request will go back to your GP practice.',
      ].join('\n'),
      requestId: options.request.id,
    },
    options.at,
  );
}
