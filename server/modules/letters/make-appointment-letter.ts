import type { PgBoss } from 'pg-boss';
import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import { withTransaction, type Tx } from '../../db/database.ts';
import { releaseNotification, withdrawNotification } from '../../jobs/outbox.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { appointmentLetter } from './clinic-letter-content.ts';
import { appointmentLetterKey, type AppointmentLetterJob } from './enqueue-clinic-letters.ts';
import { renderLetter } from './letter-pdf.ts';
import {
  appointmentLetterFacts,
  appointmentStatusOf,
  hasAppointmentLetter,
  insertLetter,
} from './letters.repository.ts';

const systemActor = { userId: null, organisationId: null, label: 'system: letters', clientAddress: '' };

/**
 * Makes, stores and records an appointment letter, then releases its email.
 * A letter already recorded is not made again (the email may have carried
 * it), but its email is still released: releasing twice sends once.
 */
export async function makeAppointmentLetter(
  deps: { pool: pg.Pool; clock: Clock; blobs: BlobStore },
  job: AppointmentLetterJob,
  boss: PgBoss,
): Promise<void> {
  if (await hasAppointmentLetter(deps.pool, job.appointmentId)) {
    if (job.outboxId) await withTransaction(deps.pool, (tx) => releaseIfStillBooked(tx, boss, job));
    return;
  }
  const found = await appointmentLetterFacts(deps.pool, job.appointmentId);
  if (!found) return;
  const at = deps.clock.now();
  const pdf = await renderLetter(appointmentLetter(found.facts, at));
  const blobKey = appointmentLetterKey(found.requestId, job.appointmentId);
  await deps.blobs.put(blobKey, pdf, { contentType: 'application/pdf' });
  await withTransaction(deps.pool, async (tx) => {
    const letterId = await insertLetter(tx, {
      kind: 'appointment',
      appointmentId: job.appointmentId,
      requestId: found.requestId,
      audience: 'patient',
      blobKey,
      bytes: pdf.length,
      at,
    });
    if (letterId) {
      await appendAuditEvent(tx, systemActor, at, {
        action: 'letter.made',
        recordType: 'letter',
        recordId: letterId,
        patientId: found.patientId,
        detail: { kind: 'appointment', audience: 'patient' },
      });
    }
    if (job.outboxId) await releaseIfStillBooked(tx, boss, job);
  });
}

/**
 * Sends the booking's held email, unless the appointment was moved or cancelled before its letter was ready:
 * then the message (which would give a stale time) is withdrawn, its link token redacted, and the reason kept.
 */
async function releaseIfStillBooked(tx: Tx, boss: PgBoss, job: AppointmentLetterJob) {
  if ((await appointmentStatusOf(tx, job.appointmentId)) === 'booked') {
    return releaseNotification(tx, boss, job.outboxId!);
  }
  await withdrawNotification(tx, job.outboxId!, 'the appointment changed before its letter was ready');
}
