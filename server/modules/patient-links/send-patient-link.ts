import type { PgBoss } from 'pg-boss';
import { formatLondonDate } from '../../../shared/london-time.ts';
import type { Tx } from '../../db/database.ts';
import { organisationsWithRole, type Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { newToken, tokenHash } from '../auth/index.ts';
import { isTerminal, findVisibleRequest, type RequestRow } from '../requests/index.ts';
import { insertLink, latestLink, updateLink } from './patient-links.repository.ts';

/** A request the actor may send links for: the referrer's practice, or a booking clerk's service. */
export async function requestForLinks(tx: Tx, actor: Actor, requestId: string): Promise<RequestRow> {
  const practices = organisationsWithRole(actor, 'referrer');
  const services = organisationsWithRole(actor, 'booking_clerk');
  const request = await findVisibleRequest(tx, [...practices, ...services], requestId, { lock: true });
  if (!request || !(practices.includes(request.practiceId) || services.includes(request.serviceId)))
    throw notFound('request');
  return request;
}

/** A link's last day as a patient's message says it: "Monday 14 December", London time. */
export const longDate = (value: Date) => formatLondonDate(value, 'weekday-day-month');

/**
 * Sends the patient a secure link for this request by text or email. The
 * token has 256 random bits and only its hash is kept; a new link supersedes
 * the old. The message names the practice and nothing clinical.
 */
export async function sendPatientLink(
  tx: Tx,
  options: {
    actor: Actor;
    auditActor: AuditActor;
    at: Date;
    boss: PgBoss;
    publicOrigin: string;
    linkDays: number;
    requestId: string;
    channel: 'sms' | 'email';
  },
) {
  const request = await requestForLinks(tx, options.actor, options.requestId);
  if (isTerminal(request.state))
    throw new AppError('invalid_transition', 'This request is closed: a link cannot be sent for it.');
  const { rows } = await tx.query<{ mobile: string | null; email: string | null; practice: string; telephone: string }>(
    `SELECT p.mobile, p.email, o.name AS practice, o.telephone FROM patients p JOIN organisations o ON o.id = $2 WHERE p.id = $1`,
    [request.patientId, request.practiceId],
  );
  const contact = rows[0]!;
  const destination = options.channel === 'sms' ? contact.mobile : contact.email;
  if (!destination) {
    const message = `The patient has no ${options.channel === 'sms' ? 'mobile number' : 'email address'} on record. Add one to their details first.`;
    throw new AppError('validation_failed', message, { fieldErrors: [{ field: 'channel', message }] });
  }
  const expiresAt = new Date(options.at.getTime() + options.linkDays * 86_400_000);
  const { linkId, url } = await issuePatientLink(tx, {
    requestId: request.id,
    channel: options.channel,
    destination,
    createdBy: options.actor.userId,
    at: options.at,
    expiresAt,
    publicOrigin: options.publicOrigin,
  });
  const text = [
    `${contact.practice} has asked you to send photos of your skin, and answer a few questions, for a skin specialist.`,
    `Open this secure link: ${url}`,
    `It works until ${longDate(expiresAt)}. You will be asked for your date of birth.`,
    `Questions? Call ${contact.practice}${contact.telephone ? ` on ${contact.telephone}` : ''}.`,
  ].join('\n');
  await enqueueNotification(
    tx,
    options.boss,
    {
      channel: options.channel,
      recipient: destination,
      subject: `${contact.practice}: send photos of your skin`,
      bodyText: text,
      requestId: request.id,
    },
    options.at,
  );
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'patient_link.sent',
    recordType: 'patient_link',
    recordId: linkId,
    patientId: request.patientId,
    detail: { channel: options.channel },
  });
  return { id: linkId, expiresAt };
}

/**
 * Makes a new link for the request (superseding any earlier one): 256 random bits, of which only the hash is
 * kept. The URL is for the one message that carries it.
 */
export async function issuePatientLink(
  tx: Tx,
  link: {
    requestId: string;
    channel: 'sms' | 'email';
    destination: string;
    createdBy: string | null;
    at: Date;
    expiresAt: Date;
    publicOrigin: string;
  },
): Promise<{ linkId: string; url: string }> {
  const token = newToken();
  const linkId = await insertLink(tx, {
    requestId: link.requestId,
    tokenHash: tokenHash(token),
    channel: link.channel,
    destination: link.destination,
    createdBy: link.createdBy,
    at: link.at,
    expiresAt: link.expiresAt,
  });
  return { linkId, url: `${link.publicOrigin}/p/${token}` };
}

export async function revokePatientLink(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; requestId: string },
) {
  const request = await requestForLinks(tx, options.actor, options.requestId);
  const link = await latestLink(tx, request.id);
  if (!link || link.revokedAt || link.supersededAt)
    throw new AppError('conflict', 'There is no link in use to revoke.');
  await updateLink(tx, link.id, { revokedAt: options.at });
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'patient_link.revoked',
    recordType: 'patient_link',
    recordId: link.id,
    patientId: request.patientId,
  });
}
