import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { latestLink, linkUnusable, issuePatientLink, longDate } from '../patient-links/index.ts';

const systemActor = { userId: null, organisationId: null, label: 'system: letters', clientAddress: '' };

/**
 * Tells the patient their letter is ready (hazard H14), by the channel they last used for their link, or else the
 * one the practice recorded (email first): to open the link they have while it still works, or else a fresh secure
 * link to read it, behind their date of birth. Returns
 * false when the practice recorded no email or mobile, so the referrer can be told to give the patient their copy.
 */
export async function tellPatientLetterReady(
  tx: Tx,
  options: { requestId: string; patientId: string; boss: PgBoss; at: Date; publicOrigin: string; linkDays: number },
): Promise<boolean> {
  const { rows } = await tx.query<{ email: string | null; mobile: string | null; practice: string; telephone: string }>(
    `SELECT p.email, p.mobile, o.name AS practice, o.telephone
     FROM requests r JOIN patients p ON p.id = r.patient_id JOIN organisations o ON o.id = r.practice_id
     WHERE r.id = $1`,
    [options.requestId],
  );
  const patient = rows[0];
  if (!patient) return false;
  const byChannel = { email: patient.email, sms: patient.mobile };
  const last = await latestLink(tx, options.requestId);
  const channel = last && byChannel[last.channel] ? last.channel : patient.email ? 'email' : 'sms';
  const destination = byChannel[channel];
  if (!destination) return false;
  const tell = (howToRead: string[]) =>
    enqueueNotification(
      tx,
      options.boss,
      {
        channel,
        recipient: destination,
        subject: `${patient.practice}: your letter from the skin specialist is ready`,
        bodyText: [
          'Your letter from the skin specialist is ready.',
          ...howToRead,
          `${patient.practice} also has a copy${patient.telephone ? `: call ${patient.telephone}` : ''}.`,
        ].join('\n'),
        requestId: options.requestId,
      },
      options.at,
    );
  // A link still in use is not superseded (that would end the patient's visit): they are told to open it again.
  if (last && !linkUnusable(last, options.at) && last.channel === channel) {
    await tell([
      `Open the secure link ${patient.practice} sent you before (it works until ${longDate(last.expiresAt)}) to read it.`,
    ]);
    return true;
  }
  const expiresAt = new Date(options.at.getTime() + options.linkDays * 86_400_000);
  const { linkId, url } = await issuePatientLink(tx, {
    requestId: options.requestId,
    channel,
    destination,
    createdBy: null,
    at: options.at,
    expiresAt,
    publicOrigin: options.publicOrigin,
  });
  await tell([
    `Read it here: ${url}`,
    `You will be asked for your date of birth. The link works until ${longDate(expiresAt)}.`,
  ]);
  await appendAuditEvent(tx, systemActor, options.at, {
    action: 'patient_link.sent',
    recordType: 'patient_link',
    recordId: linkId,
    patientId: options.patientId,
    detail: { channel },
  });
  return true;
}
