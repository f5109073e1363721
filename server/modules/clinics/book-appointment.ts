import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { appointmentLetterKey, enqueueAppointmentLetter } from '../letters/index.ts';
import { issuePatientLink } from '../patient-links/index.ts';
import type { RequestRow } from '../requests/index.ts';
import { assertBookable } from './clinics.policy.ts';
import {
  bookSlot,
  endAppointment,
  findAppointment,
  liveAppointment,
  patientContact,
  type AppointmentRow,
} from './appointments.repository.ts';
import { slotServesService } from './booking.repository.ts';
import { appointmentDateTime } from '../letters/index.ts';
import { planReminders } from './reminders.ts';

export type Channel = 'email' | 'sms';

/**
 * Books a clinic appointment for a request, or moves its live one to another slot, and tells the patient.
 * The database keeps a slot from being booked twice (see bookSlot). A clerk's booking sends the patient a
 * fresh secure link to manage the appointment; the appointment letter (PDF) goes with the email, or is made
 * for the patient's pages when the message is a text. Reminders are planned in the same transaction.
 */
export async function bookAppointment(
  tx: Tx,
  options: {
    request: RequestRow;
    slotId: string;
    /** The appointment being moved, if this is a move. */
    moving: AppointmentRow | null;
    by: { kind: 'clerk'; userId: string; channel: Channel } | { kind: 'patient'; channel: Channel | null };
    auditActor: AuditActor;
    at: Date;
    boss: PgBoss;
    publicOrigin: string;
    linkDays: number;
  },
): Promise<AppointmentRow> {
  const { request, at } = options;
  assertBookable(request);
  if (!(await slotServesService(tx, options.slotId, request.serviceId)))
    throw new AppError('not_found', 'No such appointment slot.');
  if (options.moving) {
    if (options.moving.status !== 'booked')
      throw new AppError('conflict', 'This appointment is no longer booked: it cannot be moved.');
    if (options.moving.slotId === options.slotId)
      throw new AppError('validation_failed', 'Choose a different time from the one already booked.');
    await endAppointment(tx, options.moving.id, {
      status: 'moved',
      reason: 'moved',
      by: options.by.kind,
      at,
    });
  } else if (await liveAppointment(tx, request.id)) {
    throw new AppError('conflict', 'This patient already has an appointment. Move it instead of booking another.');
  }
  const appointmentId = await bookSlot(tx, {
    requestId: request.id,
    slotId: options.slotId,
    bookedBy: options.by.kind === 'clerk' ? options.by.userId : null,
    at,
  });
  const appointment = (await findAppointment(tx, appointmentId))!;
  await planReminders(tx, {
    appointmentId,
    startsAt: appointment.startsAt,
    bookedAt: at,
    serviceId: request.serviceId,
  });
  await tellPatient(tx, { ...options, appointment });
  await appendAuditEvent(tx, options.auditActor, at, {
    action: options.moving ? 'appointment.moved' : 'appointment.booked',
    recordType: 'appointment',
    recordId: appointmentId,
    patientId: request.patientId,
    detail: { requestId: request.id, slotId: options.slotId, by: options.by.kind },
  });
  return appointment;
}

async function tellPatient(
  tx: Tx,
  options: Parameters<typeof bookAppointment>[1] & { appointment: AppointmentRow },
): Promise<void> {
  const { request, appointment, at } = options;
  const contact = await patientContact(tx, request.patientId, request.serviceId);
  const channel = options.by.channel ?? contact.preferred?.channel ?? null;
  const destination = channel === 'email' ? contact.email : channel === 'sms' ? contact.mobile : null;
  if (!channel || !destination) {
    if (options.by.kind === 'patient') {
      // The patient is on their pages and sees the new time there; the letter is made for them all the same.
      await enqueueAppointmentLetter(tx, options.boss, { appointmentId: appointment.id, outboxId: null });
      return;
    }
    const message = `The patient has no ${channel === 'sms' ? 'mobile number' : 'email address'} on record. Add one to their details first, or choose the other way to contact them.`;
    throw new AppError('validation_failed', message, { fieldErrors: [{ field: 'channel', message }] });
  }

  let manage = `use the secure link in the message we sent you before, or call ${contact.service} on ${contact.telephone}.`;
  if (options.by.kind === 'clerk') {
    // The link lasts until a week after the appointment at least, so it can be used to move it.
    const expiresAt = new Date(
      Math.max(at.getTime() + options.linkDays * 86_400_000, appointment.startsAt.getTime() + 7 * 86_400_000),
    );
    const { url } = await issuePatientLink(tx, {
      requestId: request.id,
      channel,
      destination,
      createdBy: options.by.userId,
      at,
      expiresAt,
      publicOrigin: options.publicOrigin,
    });
    manage = `open this secure link: ${url} (you will be asked for your date of birth), or call ${contact.service} on ${contact.telephone}.`;
  }
  const site = appointment.site;
  const text = [
    `${options.moving ? 'Your skin photography appointment has been moved.' : 'You have a skin photography appointment.'}`,
    `When: ${appointmentDateTime(appointment.startsAt)}`,
    `Where: ${site.name}, ${site.address}, ${site.postcode}`,
    '',
    'A medical photographer will take photographs of your skin for a consultant dermatologist to review.',
    channel === 'email' ? 'Your appointment letter is attached: it says what to bring.' : '',
    '',
    `To change or cancel it, ${manage}`,
    'If you cannot come, please tell us so we can give the appointment to someone else.',
  ]
    .filter((line, i, lines) => line !== '' || lines[i - 1] !== '')
    .join('\n');
  const outboxId = await enqueueNotification(
    tx,
    options.boss,
    {
      channel,
      recipient: destination,
      subject: `${contact.service}: your skin photography appointment`,
      bodyText: text,
      requestId: request.id,
      ...(channel === 'email'
        ? { attachment: { key: appointmentLetterKey(request.id, appointment.id), name: 'appointment-letter.pdf' } }
        : {}),
    },
    at,
    { hold: channel === 'email' },
  );
  // An email waits for its letter, which the letters job makes and then releases it with.
  await enqueueAppointmentLetter(tx, options.boss, {
    appointmentId: appointment.id,
    outboxId: channel === 'email' ? outboxId : null,
  });
}
