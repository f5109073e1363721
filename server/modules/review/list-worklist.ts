import type { Tx } from '../../db/database.ts';
import { organisationsWithRole, type Actor } from '../../http/actor.ts';
import { endOfLondonDay, londonDate } from '../../working-days.ts';
import { ageOnDate } from '../patients/index.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { claimLapsed } from './claim-case.ts';
import { countsByState, worklist, type WorklistRow } from './review.repository.ts';

/**
 * A consultant's worklist across their services: cases ready for review and in
 * review, urgent first then by due date, with overdue and due-today marked and
 * who holds each case; and how many of the services' requests are in each state.
 */
export async function listWorklist(
  tx: Tx,
  options: {
    actor: Actor;
    auditActor: AuditActor;
    at: Date;
    claimMinutes: number;
    filter: {
      kind?: 'advice_and_guidance' | 'referral' | undefined;
      practiceId?: string | undefined;
      overdue?: boolean;
      limit: number;
    };
    roles?: ('consultant' | 'service_admin' | 'booking_clerk')[];
  },
) {
  const serviceIds = organisationsWithRole(options.actor, ...(options.roles ?? ['consultant']));
  const rows = await worklist(tx, { serviceIds, ...options.filter, now: options.at });
  const counts = await countsByState(tx, serviceIds);
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'worklist.viewed',
    detail: { count: rows.length },
  });
  return { cases: rows.map((row) => presentCase(row, options.actor.userId, options.at, options.claimMinutes)), counts };
}

export function presentCase(row: WorklistRow, me: string, now: Date, claimMinutes: number) {
  const endOfToday = endOfLondonDay(londonDate(now));
  const held =
    row.state === 'in_review' &&
    row.claimedBy &&
    row.claimTouchedAt &&
    !claimLapsed(row.claimTouchedAt, now, claimMinutes);
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    urgency: row.urgency,
    state: row.state,
    dueAt: row.dueAt,
    overdue: row.dueAt !== null && row.dueAt.getTime() < now.getTime(),
    dueToday: row.dueAt !== null && row.dueAt.getTime() >= now.getTime() && row.dueAt.getTime() <= endOfToday.getTime(),
    patient: { name: row.patientName, age: ageOnDate(row.dateOfBirth, londonDate(now)), sex: row.sex },
    practiceName: row.practiceName,
    lesionCount: row.lesionCount,
    imageCount: row.imageCount,
    thumbnailUrl: row.firstImageId ? `/api/images/${row.firstImageId}/thumbnail` : null,
    heldBy: held
      ? { id: row.claimedBy!, name: row.claimedByName ?? '', mine: row.claimedBy === me, since: row.claimTouchedAt }
      : null,
  };
}
