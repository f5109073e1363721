import type { Questionnaire } from '../../../shared/patient-questions.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { londonDate } from '../../working-days.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { markAppointment, type AppointmentRow } from './appointments.repository.ts';

type Step = { appointment: AppointmentRow; auditActor: AuditActor; at: Date };

/** Records a step of the appointment once (the first time stands), with its audit row. */
async function recordStep(
  tx: Tx,
  step: Step,
  field: 'arrived_at' | 'questionnaire_confirmed_at',
  action: 'appointment.arrived' | 'appointment.questionnaire_confirmed',
) {
  await markAppointment(tx, step.appointment.id, field, step.at);
  await appendAuditEvent(tx, step.auditActor, step.at, {
    action,
    recordType: 'appointment',
    recordId: step.appointment.id,
    patientId: step.appointment.patientId,
    detail: { requestId: step.appointment.requestId },
  });
}

/** The patient has arrived, on the day of their appointment: photographs may now be taken. */
export async function recordArrival(tx: Tx, step: Step) {
  const { appointment, at } = step;
  if (appointment.status !== 'booked')
    throw new AppError('conflict', 'This appointment is no longer open: the patient cannot be marked as arrived.');
  if (londonDate(at) !== londonDate(appointment.startsAt))
    throw new AppError('invalid_transition', 'A patient can be marked as arrived only on the day of the appointment.');
  if (!appointment.arrivedAt) await recordStep(tx, step, 'arrived_at', 'appointment.arrived');
}

/**
 * The photographer has gone through the questionnaire with the patient: the answers (the patient's own,
 * corrected or completed together) are stored as complete and the confirmation recorded.
 */
export async function confirmQuestionnaire(tx: Tx, step: Step & { answers: Questionnaire }) {
  const { appointment, at } = step;
  if (appointment.status !== 'booked' || !appointment.arrivedAt)
    throw new AppError('invalid_transition', 'Mark the patient as arrived first.');
  await tx.query(
    `INSERT INTO questionnaires (request_id, answers, updated_at, completed_at) VALUES ($1, $2, $3, $3)
     ON CONFLICT (request_id) DO UPDATE SET answers = $2, updated_at = $3, completed_at = coalesce(questionnaires.completed_at, $3)`,
    [appointment.requestId, JSON.stringify(step.answers), at],
  );
  await recordStep(tx, step, 'questionnaire_confirmed_at', 'appointment.questionnaire_confirmed');
}
