import type { PgBoss } from 'pg-boss';
import { missingAnswers, type Questionnaire } from '../../../shared/patient-questions.ts';
import type { RequestState } from '../../../shared/request-content.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { finishPatientTasks } from './finish-patient-tasks.ts';
import { linkedRequest } from './patient-links.policy.ts';
import { saveQuestionnaireAnswers, type PatientSession } from './patient-links.repository.ts';

/** The questionnaire can be answered until the request is ready for the dermatologist. */
const answerableStates: RequestState[] = ['draft', 'submitted', 'awaiting_images'];

/**
 * Saves the patient's answers as they go; `complete` says they have finished, and is refused, with every
 * question still to answer, until the questionnaire is whole.
 */
export async function saveQuestionnaire(
  tx: Tx,
  options: {
    session: PatientSession;
    auditActor: AuditActor;
    at: Date;
    boss: PgBoss;
    publicOrigin: string;
    answers: Questionnaire;
    complete: boolean;
  },
): Promise<void> {
  const missing = options.complete ? missingAnswers(options.answers) : [];
  if (missing.length) {
    throw new AppError('validation_failed', missing.map((m) => m.message).join('. '), { fieldErrors: missing });
  }
  const request = await linkedRequest(tx, options.session, { lock: true });
  if (!answerableStates.includes(request.state)) {
    // Once the dermatologist may be reading the answers, they stay as they were read.
    throw new AppError(
      'invalid_transition',
      'Your answers have already gone to the dermatologist, so they cannot be changed now. If something has changed, contact your GP practice.',
    );
  }
  await saveQuestionnaireAnswers(tx, request.id, options.answers, options.at, { complete: options.complete });
  const finished = await finishPatientTasks(tx, {
    request,
    linkId: options.session.linkId,
    at: options.at,
    boss: options.boss,
    publicOrigin: options.publicOrigin,
  });
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'patient.questionnaire_saved',
    recordType: 'request',
    recordId: request.id,
    patientId: request.patientId,
    ...(finished ? { detail: finished } : {}),
  });
}
