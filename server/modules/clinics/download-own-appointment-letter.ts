import type { Tx } from '../../db/database.ts';
import { notFound } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { listLetters, type LetterRow } from '../letters/index.ts';
import { linkedRequest } from '../patient-links/index.ts';
import type { PatientSession } from '../patient-links/index.ts';
import { liveAppointment } from './appointments.repository.ts';

/** The letter of the patient's live appointment, through their link, with the audit row of the download. */
export async function downloadOwnAppointmentLetter(
  tx: Tx,
  options: { session: PatientSession; auditActor: AuditActor; at: Date },
): Promise<LetterRow> {
  const linked = await linkedRequest(tx, options.session);
  const live = await liveAppointment(tx, linked.id);
  const found = live
    ? (await listLetters(tx, linked.id)).find((l) => l.kind === 'appointment' && l.appointmentId === live.id)
    : undefined;
  if (!found) throw notFound('letter');
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'patient.letter_downloaded',
    recordType: 'request',
    recordId: linked.id,
    patientId: linked.patientId,
  });
  return found;
}
