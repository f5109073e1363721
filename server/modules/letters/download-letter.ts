import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { readableOrganisations } from '../requests/index.ts';
import { findVisibleRequest } from '../requests/index.ts';
import { findLetter, type LetterRow } from './letters.repository.ts';

/**
 * A letter of a request the actor may see, with the name to download it under, and the audit row of the download.
 * Null when there is no such letter or the actor may not see its request: the route records the denial.
 */
export async function downloadLetter(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; letterId: string },
): Promise<{ letter: LetterRow; filename: string } | null> {
  const letter = await findLetter(tx, options.letterId);
  if (!letter) return null;
  const owner = await findVisibleRequest(tx, readableOrganisations(options.actor), letter.requestId);
  if (!owner) return null;
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'letter.downloaded',
    recordType: 'letter',
    recordId: letter.id,
    patientId: owner.patientId,
    detail: { audience: letter.audience },
  });
  return { letter, filename: `${owner.reference}-${fileNameOf(letter)}.pdf` };
}

/** The downloaded file's name after the reference: server-made, never from user input. */
function fileNameOf(letter: LetterRow): string {
  if (letter.kind === 'appointment') return 'appointment-letter';
  if (letter.kind === 'returned') return 'returned-to-referrer';
  return letter.audience === 'patient' ? 'patient-copy' : 'clinical-letter';
}
