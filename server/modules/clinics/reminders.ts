import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import { withTransaction, type Queryable } from '../../db/database.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import type { Worker } from '../../jobs/queue.ts';
import { addCalendarDays, atLondonTime, isWorkingDay, londonDate } from '../../working-days.ts';
import { appendAuditEvent } from '../audit/audit.repository.ts';
import { appointmentDateTime } from '../letters/appointment-date-time.ts';
import { serviceContactSql, serviceSettings } from '../organisations/service-settings.repository.ts';

/** Reminders go out at this time, London time, on their working day. */
const reminderTime = '10:00';

/**
 * When an appointment's reminders are due: for each number N, 10:00 London
 * time on the working day N working days before the appointment's day
 * (weekends and England and Wales bank holidays skipped). A reminder that
 * would fall at or before the booking, or at or after the appointment, is
 * dropped, as are repeats of the same N. Earliest first.
 */
export function reminderTimes(
  appointmentStartsAt: Date,
  workingDaysBefore: number[],
  bookedAt: Date,
): { workingDaysBefore: number; dueAt: Date }[] {
  const appointmentDay = londonDate(appointmentStartsAt);
  const wanted = [...new Set(workingDaysBefore)].filter((n) => Number.isInteger(n) && n >= 0);
  return wanted
    .map((n) => {
      let date = appointmentDay;
      for (let counted = 0; counted < n;) {
        date = addCalendarDays(date, -1);
        if (isWorkingDay(date)) counted += 1;
      }
      return { workingDaysBefore: n, dueAt: atLondonTime(date, reminderTime) };
    })
    .filter((r) => r.dueAt > bookedAt && r.dueAt < appointmentStartsAt)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/**
 * Plans a new appointment's reminders at its service's working days before
 * (3 and 1 unless the service says otherwise), in the booking's transaction.
 */
export async function planReminders(
  tx: Queryable,
  appointment: { appointmentId: string; startsAt: Date; bookedAt: Date; serviceId: string },
): Promise<{ workingDaysBefore: number; dueAt: Date }[]> {
  const { reminderWorkingDays } = await serviceSettings(tx, appointment.serviceId);
  const planned = reminderTimes(appointment.startsAt, reminderWorkingDays, appointment.bookedAt);
  for (const reminder of planned) {
    await tx.query(
      `INSERT INTO appointment_reminders (appointment_id, working_days_before, due_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [appointment.appointmentId, reminder.workingDaysBefore, reminder.dueAt],
    );
  }
  return planned;
}

type DueReminder = {
  appointmentId: string;
  workingDaysBefore: number;
  patientId: string;
  requestId: string;
  status: string;
  startsAt: Date;
  email: string | null;
  mobile: string | null;
  siteName: string;
  siteAddress: string;
  sitePostcode: string;
  serviceName: string;
  serviceTelephone: string;
};

const systemActor = { userId: null, organisationId: null, label: 'system: reminders', clientAddress: '' };

/**
 * Every minute, sends the reminders that are due, by email when the patient
 * has an address and otherwise by text. A reminder whose appointment is no
 * longer booked (or has begun) is closed without sending. Each batch is one
 * transaction: the outbox rows and the reminders marked sent commit together,
 * and SKIP LOCKED keeps two processes from taking the same reminder.
 */
export function remindersWorker(deps: { pool: pg.Pool; clock: Clock }): Worker {
  return {
    queue: 'appointment-reminders',
    cron: '* * * * *',
    pollingIntervalSeconds: 30,
    async handle(_data, boss) {
      const now = deps.clock.now();
      await withTransaction(deps.pool, async (tx) => {
        const { rows } = await tx.query<DueReminder>(
          `SELECT ar.appointment_id AS "appointmentId", ar.working_days_before AS "workingDaysBefore",
                  r.patient_id AS "patientId", r.id AS "requestId", a.status, sl.starts_at AS "startsAt",
                  p.email, p.mobile, cs.name AS "siteName", cs.address AS "siteAddress", cs.postcode AS "sitePostcode",
                  s.name AS "serviceName", ${serviceContactSql('s').telephone} AS "serviceTelephone"
           FROM appointment_reminders ar
           JOIN appointments a ON a.id = ar.appointment_id
           JOIN clinic_slots sl ON sl.id = a.slot_id
           JOIN clinic_sessions se ON se.id = sl.session_id
           JOIN clinic_sites cs ON cs.id = se.site_id
           JOIN requests r ON r.id = a.request_id
           JOIN patients p ON p.id = r.patient_id
           JOIN organisations s ON s.id = r.service_id
           WHERE ar.sent_at IS NULL AND ar.due_at <= $1
           ORDER BY ar.due_at
           LIMIT 100
           FOR UPDATE OF ar SKIP LOCKED`,
          [now],
        );
        for (const reminder of rows) {
          const channel = reminder.email ? 'email' : reminder.mobile ? 'sms' : null;
          if (reminder.status === 'booked' && reminder.startsAt > now && channel) {
            await enqueueNotification(tx, boss, reminderMessage(reminder, channel), now);
            await appendAuditEvent(tx, systemActor, now, {
              action: 'appointment.reminder_sent',
              recordType: 'appointment',
              recordId: reminder.appointmentId,
              patientId: reminder.patientId,
              detail: { workingDaysBefore: reminder.workingDaysBefore, channel },
            });
          }
          // Sent or not, it is done with: an ended appointment's reminder never goes later.
          await tx.query(
            'UPDATE appointment_reminders SET sent_at = $3 WHERE appointment_id = $1 AND working_days_before = $2',
            [reminder.appointmentId, reminder.workingDaysBefore, now],
          );
        }
      });
    },
  };
}

function reminderMessage(reminder: DueReminder, channel: 'email' | 'sms') {
  const when = appointmentDateTime(reminder.startsAt);
  const phone = reminder.serviceTelephone ? ` on ${reminder.serviceTelephone}` : '';
  return {
    channel,
    recipient: (channel === 'email' ? reminder.email : reminder.mobile)!,
    subject: `Reminder: your appointment on ${when}`,
    bodyText: [
      `Reminder from ${reminder.serviceName}: your appointment to have photographs of your skin taken is on ${when}.`,
      `Where: ${[reminder.siteName, reminder.siteAddress, reminder.sitePostcode].filter(Boolean).join(', ')}.`,
      `To change or cancel, use the link in the message we sent when you booked, or phone ${reminder.serviceName}${phone}.`,
    ].join('\n'),
    requestId: reminder.requestId,
  };
}
