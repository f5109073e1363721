import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import { appendAuditEvent, anonymousActor } from '../audit/index.ts';
import { findLink, markSessionVerified, updateLink, type PatientSession } from './patient-links.repository.ts';

export const maxDateOfBirthAttempts = 5;

export type Verification = { ok: true } | { ok: false; error: AppError };

/**
 * The second factor: before anything about the patient is shown, they
 * confirm their date of birth. Five wrong answers lock the link, and the
 * practice is told. A wrong answer is returned, not thrown, so that the count
 * and the lock are committed.
 */
export async function verifyDateOfBirth(
  tx: Tx,
  options: {
    session: PatientSession;
    dateOfBirth: string;
    at: Date;
    clientAddress: string;
    boss: PgBoss;
    publicOrigin: string;
  },
): Promise<Verification> {
  const link = (await findLink(tx, options.session.linkId, { lock: true }))!;
  if (link.lockedAt)
    return {
      ok: false,
      error: new AppError('gone', 'This link has been locked. Contact your GP practice for a new one.'),
    };
  const { rows } = await tx.query<{ dob: string; patientId: string; reference: string; referrerEmail: string }>(
    `SELECT p.date_of_birth::text AS dob, p.id AS "patientId", r.reference, u.email AS "referrerEmail"
     FROM requests r JOIN patients p ON p.id = r.patient_id JOIN users u ON u.id = r.referrer_id WHERE r.id = $1`,
    [link.requestId],
  );
  const facts = rows[0]!;
  const actor = { ...anonymousActor(options.clientAddress), label: 'patient (via link)' };
  if (facts.dob === options.dateOfBirth) {
    await markSessionVerified(tx, options.session.sessionId, options.at);
    if (!link.verifiedAt) await updateLink(tx, link.id, { verifiedAt: options.at });
    await appendAuditEvent(tx, actor, options.at, {
      action: 'patient_link.verified',
      recordType: 'patient_link',
      recordId: link.id,
      patientId: facts.patientId,
    });
    return { ok: true };
  }
  const failures = link.dobFailures + 1;
  await updateLink(tx, link.id, { dobFailures: failures });
  if (failures < maxDateOfBirthAttempts) {
    const left = maxDateOfBirthAttempts - failures;
    const message = `The date of birth does not match our records. You have ${left} more ${left === 1 ? 'try' : 'tries'}.`;
    return {
      ok: false,
      error: new AppError('validation_failed', message, { fieldErrors: [{ field: 'dateOfBirth', message }] }),
    };
  }
  await updateLink(tx, link.id, { lockedAt: options.at });
  await appendAuditEvent(tx, actor, options.at, {
    action: 'patient_link.locked',
    recordType: 'patient_link',
    recordId: link.id,
    patientId: facts.patientId,
  });
  await enqueueNotification(
    tx,
    options.boss,
    {
      channel: 'email',
      recipient: facts.referrerEmail,
      subject: `Telederm ${facts.reference}: patient link locked`,
      bodyText: [
        `The patient link for request ${facts.reference} was locked after ${maxDateOfBirthAttempts} wrong dates of birth.`,
        `If the patient still needs to send photos, check their details and send a new link: ${options.publicOrigin}/requests/${link.requestId}`,
        '',
        'This message contains no patient details. Do not reply to it.',
      ].join('\n'),
      requestId: link.requestId,
    },
    options.at,
  );
  return {
    ok: false,
    error: new AppError(
      'gone',
      'This link has been locked to keep your information safe. Contact your GP practice for a new one.',
    ),
  };
}
