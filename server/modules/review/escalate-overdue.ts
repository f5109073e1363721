import type pg from 'pg';
import { formatLondonDate, formatLondonTime } from '../../../shared/london-time.ts';
import type { Clock } from '../../clock.ts';
import { withTransaction } from '../../db/database.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import type { Worker } from '../../jobs/queue.ts';
import { endOfLondonDay, londonDate } from '../../working-days.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { tellOfEscalation } from '../notifications/index.ts';
import { recordEscalations, type EscalationCause, type NewEscalation } from './escalations.repository.ts';

const systemActor = { userId: null, organisationId: null, label: 'system: escalation', clientAddress: '' };

const causeWords: Record<EscalationCause, string> = {
  waiting_for_consultant: 'It is waiting for a consultant: nobody has claimed it.',
  claimed: 'A consultant has claimed it but not yet signed an outcome.',
  information_requested: 'It is waiting for an answer from the referrer or the patient (the clock is paused).',
};

/**
 * Escalates overdue cases (hazard H10): when a case's due day comes, and again when its response target passes,
 * the service's admins and the consultant holding it are emailed and the escalation is audited; once per case per
 * stage, whatever the number of worker processes. The home pages list the same cases, and the notification centre
 * tells them too (tellOfEscalation).
 */
export async function escalateOverdueCases(
  deps: { pool: pg.Pool; clock: Clock; publicOrigin: string },
  boss: Parameters<Worker['handle']>[1],
) {
  const now = deps.clock.now();
  return withTransaction(deps.pool, async (tx) => {
    const escalated = await recordEscalations(tx, { now, endOfToday: endOfLondonDay(londonDate(now)) });
    const breachedNow = new Set(escalated.filter((e) => e.stage === 'breached').map((e) => e.requestId));
    for (const escalation of escalated) {
      await appendAuditEvent(tx, systemActor, now, {
        action: 'request.escalated',
        recordType: 'request',
        recordId: escalation.requestId,
        patientId: escalation.patientId,
        detail: { stage: escalation.stage, cause: escalation.cause },
      });
      // A case found already past its target gets one message, the breach, not "due today" as well.
      if (escalation.stage === 'due' && breachedNow.has(escalation.requestId)) continue;
      await tellOfEscalation(tx, {
        request: { id: escalation.requestId, reference: escalation.reference },
        stage: escalation.stage,
        cause: escalation.cause,
        at: now,
      });
      for (const recipient of escalation.recipients) {
        await enqueueNotification(tx, boss, message(escalation, recipient, deps.publicOrigin), now);
      }
    }
    return escalated;
  });
}

function message(escalation: NewEscalation, recipient: string, publicOrigin: string) {
  const due = `${formatLondonDate(escalation.dueAt, 'weekday-day-month')} at ${formatLondonTime(escalation.dueAt)}`;
  const breached = escalation.stage === 'breached';
  return {
    channel: 'email' as const,
    recipient,
    subject: breached
      ? `Telederm ${escalation.reference}: past its response target`
      : `Telederm ${escalation.reference}: response due today`,
    bodyText: [
      breached
        ? `Case ${escalation.reference} has passed its response target (due ${due}).`
        : `Case ${escalation.reference} is due a response today, by ${due}.`,
      causeWords[escalation.cause],
      '',
      `Open the case: ${publicOrigin}/review/${escalation.requestId}`,
      `Cases past their target: ${publicOrigin}/service-cases`,
      '',
      'This message contains no patient details. Do not reply to it.',
    ].join('\n'),
    requestId: escalation.requestId,
  };
}

/** Runs the escalation every five minutes. */
export function escalationWorker(deps: { pool: pg.Pool; clock: Clock; publicOrigin: string }): Worker {
  return {
    queue: 'escalations',
    cron: '*/5 * * * *',
    pollingIntervalSeconds: 30,
    async handle(_data, boss) {
      await escalateOverdueCases(deps, boss);
    },
  };
}
