import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { endAppointment, patientContact, type AppointmentRow } from './appointments.repository.ts';
import { appointmentDateTime } from '../letters/index.ts';

export type CancelledBy = 'clerk' | 'patient' | 'session';

/**
 * Cancels a booked appointment. The request stays waiting for its photographs, so it is back in the booking
 * queue at once, with the reason shown to the clerks. Unless the patient cancelled it themselves, they are
 * told, by email or text, that the service will offer another time.
 */
export async function cancelAppointment(
  tx: Tx,
  options: {
    appointment: AppointmentRow;
    by: CancelledBy;
    reason: string;
    auditActor: AuditActor;
    at: Date;
    boss: PgBoss;
  },
): Promise<void> {
  const { appointment, at } = options;
  if (appointment.status !== 'booked')
    throw new AppError('conflict', 'This appointment is no longer booked: it cannot be cancelled.');
  const endReason =
    options.by === 'session'
      ? `clinic session cancelled: ${options.reason}`
      : options.by === 'patient'
        ? `cancelled by the patient${options.reason ? `: ${options.reason}` : ''}`
        : `cancelled by the service: ${options.reason}`;
  await endAppointment(tx, appointment.id, {
    status: 'cancelled',
    reason: endReason,
    by: options.by === 'patient' ? 'patient' : options.by,
    at,
  });
  if (options.by !== 'patient') await tellPatientOfCancellation(tx, options);
  await appendAuditEvent(tx, options.auditActor, at, {
    action: 'appointment.cancelled',
    recordType: 'appointment',
    recordId: appointment.id,
    patientId: appointment.patientId,
    detail: { requestId: appointment.requestId, reason: endReason, by: options.by },
  });
}

async function tellPatientOfCancellation(tx: Tx, options: Parameters<typeof cancelAppointment>[1]) {
  const { appointment } = options;
  const contact = await patientContact(tx, appointment.patientId, appointment.serviceId);
  if (!contact.preferred) return;
  await enqueueNotification(
    tx,
    options.boss,
    {
      channel: contact.preferred.channel,
      recipient: contact.preferred.destination,
      subject: `${contact.service}: your skin photography appointment is cancelled`,
      bodyText: [
        `We are sorry: your skin photography appointment on ${appointmentDateTime(appointment.startsAt)} at ${appointment.site.name} has been cancelled${options.by === 'session' ? ' because the clinic cannot go ahead' : ''}.`,
        'Please do not go to the clinic. We will contact you soon with a new appointment.',
        `Questions? Call ${contact.service} on ${contact.telephone}.`,
      ].join('\n'),
      requestId: appointment.requestId,
    },
    options.at,
  );
}
