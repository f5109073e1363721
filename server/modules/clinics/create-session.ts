import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { atLondonTime } from '../../working-days.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { clinicsInScope } from './clinics.policy.ts';
import { insertSession } from './sessions.repository.ts';
import { findSite, listPhotographers } from './sites.repository.ts';

/**
 * Adds a clinic session at a site and makes its slots. The times are London wall-clock times on the date;
 * the photographers must work for the site's clinic. A session cannot start in the past.
 */
export async function createSession(
  tx: Tx,
  options: {
    actor: Actor;
    auditActor: AuditActor;
    at: Date;
    session: {
      siteId: string;
      date: string;
      start: string;
      end: string;
      slotMinutes: number;
      photographerIds: string[];
    };
  },
): Promise<string> {
  const { session, at } = options;
  const site = await findSite(tx, session.siteId);
  if (!site || !(await clinicsInScope(tx, options.actor)).includes(site.clinicId)) throw notFound('clinic site');
  const startsAt = atLondonTime(session.date, session.start);
  const endsAt = atLondonTime(session.date, session.end);
  const refuse = (field: string, message: string) =>
    new AppError('validation_failed', message, { fieldErrors: [{ field, message }] });
  if (endsAt <= startsAt) throw refuse('end', 'The session must end after it starts');
  if (startsAt <= at) throw refuse('date', 'The session must start in the future');
  if (endsAt.getTime() - startsAt.getTime() < session.slotMinutes * 60_000)
    throw refuse('slotMinutes', 'The session is shorter than one slot');
  const staff = new Set((await listPhotographers(tx, [site.clinicId])).map((p) => p.id));
  if (!session.photographerIds.every((id) => staff.has(id)))
    throw refuse('photographerIds', `Choose photographers who work for ${site.clinicName}`);
  const { id } = await insertSession(tx, {
    siteId: site.id,
    startsAt,
    endsAt,
    slotMinutes: session.slotMinutes,
    photographerIds: [...new Set(session.photographerIds)],
    at,
  });
  await appendAuditEvent(tx, options.auditActor, at, {
    action: 'clinic_session.created',
    recordType: 'clinic_session',
    recordId: id,
    detail: { siteId: site.id },
  });
  return id;
}
