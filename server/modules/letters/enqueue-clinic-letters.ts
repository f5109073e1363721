import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';

/** Jobs of the `letters` queue that are not outcome letters, told apart by `kind`. */
export type AppointmentLetterJob = { kind: 'appointment'; appointmentId: string; outboxId: string | null };
export type ReturnedLetterJob = { kind: 'returned'; requestId: string };

/** The same queue as the outcome letters (make-letters-job.ts). */
const queue = 'letters';

/** Where an appointment letter is stored; the booking's held email attaches the file at this key. */
export function appointmentLetterKey(requestId: string, appointmentId: string): string {
  return `letters/${requestId}/appointment-${appointmentId}-patient.pdf`;
}

export const returnedLetterKey = (requestId: string) => `letters/${requestId}/returned-referrer.pdf`;

const jobOptions = (tx: Tx) => ({
  retryLimit: 8,
  retryDelay: 10,
  retryBackoff: true,
  db: { executeSql: (text: string, values?: unknown[]) => tx.query(text, values as unknown[]) },
});

/**
 * Queues the appointment letter in the booking's transaction. The job makes
 * the PDF at {@link appointmentLetterKey}, records it and then releases the
 * held email (`outboxId`) that carries it, so the email never goes without
 * its letter.
 */
export async function enqueueAppointmentLetter(
  tx: Tx,
  boss: PgBoss,
  options: { appointmentId: string; outboxId: string | null },
): Promise<void> {
  const job: AppointmentLetterJob = { kind: 'appointment', ...options };
  await boss.send(queue, job, jobOptions(tx));
}

/** Queues the letter returning a request to its referrer, in the transaction that returns it. */
export async function enqueueReturnedLetter(tx: Tx, boss: PgBoss, options: { requestId: string }): Promise<void> {
  const job: ReturnedLetterJob = { kind: 'returned', ...options };
  await boss.send(queue, job, jobOptions(tx));
}
