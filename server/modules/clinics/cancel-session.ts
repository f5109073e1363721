import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { cancelAppointment } from './cancel-appointment.ts';
import { clinicsInScope } from './clinics.policy.ts';
import { findAppointment } from './appointments.repository.ts';
import { bookingQueue, type QueueItem } from './booking.repository.ts';
import { cancelSessionRow, findSession } from './sessions.repository.ts';
import { organisationsWithRole } from '../../http/actor.ts';

/**
 * Cancels a clinic session: its booked appointments are cancelled and each patient told; their requests go
 * back to the booking queue, and are returned here so the clerk can rebook them straight away.
 */
export async function cancelSession(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; boss: PgBoss; sessionId: string; reason: string },
): Promise<{ toRebook: QueueItem[] }> {
  const session = await findSession(tx, options.sessionId, { lock: true });
  if (!session || !(await clinicsInScope(tx, options.actor)).includes(session.site.clinicId))
    throw notFound('clinic session');
  if (session.cancelledAt) throw new AppError('conflict', 'This session has already been cancelled.');
  if (session.startsAt <= options.at)
    throw new AppError(
      'conflict',
      'This session has started: it cannot be cancelled. Cancel its appointments one by one.',
    );
  const services = organisationsWithRole(options.actor, 'booking_clerk');
  const { rows: others } = await tx.query(
    `SELECT 1 FROM appointments a JOIN clinic_slots s ON s.id = a.slot_id JOIN requests r ON r.id = a.request_id
     WHERE s.session_id = $1 AND a.status = 'booked' AND NOT r.service_id = ANY($2) LIMIT 1`,
    [session.id, services],
  );
  if (others.length)
    throw new AppError(
      'conflict',
      'Another service has patients booked into this session: agree the cancellation with them first.',
    );
  await cancelSessionRow(tx, session.id, options.reason, options.at);
  const { rows } = await tx.query<{ id: string }>(
    `SELECT a.id FROM appointments a JOIN clinic_slots s ON s.id = a.slot_id
     WHERE s.session_id = $1 AND a.status = 'booked' ORDER BY s.starts_at FOR UPDATE OF a`,
    [session.id],
  );
  const requestIds: string[] = [];
  for (const { id } of rows) {
    const appointment = (await findAppointment(tx, id))!;
    await cancelAppointment(tx, {
      appointment,
      by: 'session',
      reason: options.reason,
      auditActor: options.auditActor,
      at: options.at,
      boss: options.boss,
    });
    requestIds.push(appointment.requestId);
  }
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'clinic_session.cancelled',
    recordType: 'clinic_session',
    recordId: session.id,
    detail: { siteId: session.site.id, appointmentsCancelled: rows.length },
  });
  return { toRebook: requestIds.length ? await bookingQueue(tx, services, requestIds) : [] };
}
