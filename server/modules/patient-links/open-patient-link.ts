import type pg from 'pg';
import { withTransaction } from '../../db/database.ts';
import { appendAuditEvent, anonymousActor } from '../audit/index.ts';
import { serviceContactSql } from '../organisations/index.ts';
import { newToken, tokenHash } from '../auth/index.ts';
import { findLinkByTokenHash, insertPatientSession, linkUnusable, updateLink } from './patient-links.repository.ts';

export type Opened =
  | { ok: true; sessionToken: string; maxAgeSeconds: number }
  | { ok: false; status: 404 | 410; title: string; paragraphs: string[] };

/**
 * The first open of a patient link: the token in the URL is exchanged for a
 * session cookie, and the browser is sent on to a URL without it. A link that
 * cannot be used says what happened and whom to contact, and nothing else.
 */
export async function openPatientLink(options: {
  pool: pg.Pool;
  at: Date;
  token: string;
  clientAddress: string;
}): Promise<Opened> {
  const refused = (linkId: string | undefined, reason: string) =>
    appendAuditEvent(options.pool, anonymousActor(options.clientAddress), options.at, {
      action: 'patient_link.refused',
      recordType: 'patient_link',
      recordId: linkId,
      detail: { reason },
    });
  const link = /^[A-Za-z0-9_-]{43}$/.test(options.token)
    ? await findLinkByTokenHash(options.pool, tokenHash(options.token))
    : null;
  if (!link) {
    await refused(undefined, 'unknown');
    return {
      ok: false,
      status: 404,
      title: 'This link is not recognised',
      paragraphs: ['Check you used the whole link from the message, or ask your GP practice to send a new one.'],
    };
  }
  const serviceContact = serviceContactSql('s');
  const { rows } = await options.pool.query<{
    practice: string;
    telephone: string;
    patientId: string;
    service: string;
    serviceTelephone: string;
  }>(
    `SELECT o.name AS practice, o.telephone, r.patient_id AS "patientId",
       s.name AS service, ${serviceContact.telephone} AS "serviceTelephone"
     FROM requests r JOIN organisations o ON o.id = r.practice_id JOIN organisations s ON s.id = r.service_id
     WHERE r.id = $1`,
    [link.requestId],
  );
  const practice = rows[0]!;
  // The practice sends links; the service books appointments, so a patient with one is told whom to call too.
  const contact = [
    `Contact ${practice.practice}${practice.telephone ? ` on ${practice.telephone}` : ''} if you need a new link.`,
    ...(practice.serviceTelephone
      ? [`About an appointment at a skin clinic, contact ${practice.service} on ${practice.serviceTelephone}.`]
      : []),
  ];
  const unusable = linkUnusable(link, options.at);
  if (unusable) {
    await refused(link.id, unusable);
    const what = {
      expired: ['This link has expired', 'Links work for a limited time, to keep your information safe.'],
      revoked: ['This link has been cancelled', 'Your GP practice cancelled this link.'],
      superseded: [
        'This link has been replaced',
        'Your GP practice sent you a newer link. Use the link in the most recent message.',
      ],
      locked: [
        'This link has been locked',
        'The date of birth was entered wrongly too many times, so the link was locked to keep your information safe.',
      ],
    }[unusable];
    return { ok: false, status: 410, title: what[0]!, paragraphs: [what[1]!, ...contact] };
  }
  const sessionToken = newToken();
  const expiresAt = new Date(Math.min(link.expiresAt.getTime(), options.at.getTime() + 12 * 3_600_000));
  await withTransaction(options.pool, async (tx) => {
    await insertPatientSession(tx, link.id, tokenHash(sessionToken), options.at, expiresAt);
    if (!link.openedAt) await updateLink(tx, link.id, { openedAt: options.at });
    await appendAuditEvent(tx, anonymousActor(options.clientAddress), options.at, {
      action: 'patient_link.opened',
      recordType: 'patient_link',
      recordId: link.id,
      patientId: practice.patientId,
    });
  });
  return { ok: true, sessionToken, maxAgeSeconds: Math.floor((expiresAt.getTime() - options.at.getTime()) / 1000) };
}
