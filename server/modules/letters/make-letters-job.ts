import type { PgBoss } from 'pg-boss';
import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import { withTransaction, type Tx } from '../../db/database.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import type { Worker } from '../../jobs/queue.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import { appendAuditEvent } from '../audit/index.ts';
import type { AppointmentLetterJob, ReturnedLetterJob } from './enqueue-clinic-letters.ts';
import { makeAppointmentLetter } from './make-appointment-letter.ts';
import { makeReturnedLetter } from './make-returned-letter.ts';
import { patientLetter, referrerLetter } from './compose-letters.ts';
import { renderLetter } from './letter-pdf.ts';
import { tellPatientLetterReady } from './tell-patient-letter-ready.ts';
import { insertLetter, letterFacts } from './letters.repository.ts';

const queue = 'letters';

/**
 * A job of the letters queue: an outcome's letters (queued before letters had
 * kinds, so `kind` may be absent), an appointment letter or a returned letter.
 */
type LettersJob = { kind?: 'outcome'; outcomeId: string } | AppointmentLetterJob | ReturnedLetterJob;

/** Queued with the signature, in its transaction: a signed outcome always gets its letters. */
export async function enqueueLetters(tx: Tx, boss: PgBoss, outcomeId: string) {
  await boss.send(queue, { kind: 'outcome', outcomeId } satisfies LettersJob, {
    retryLimit: 8,
    retryDelay: 10,
    retryBackoff: true,
    db: { executeSql: (text: string, values?: unknown[]) => tx.query(text, values as unknown[]) },
  });
}

/**
 * Makes the clinical letter and the patient's plain-English copy of a signed
 * outcome (or addendum), stores them with the case and tells the referrer.
 * Idempotent: files have fixed keys and a letter already recorded is not
 * recorded or announced again. Appointment and returned letters share the
 * queue (make-appointment-letter.ts, make-returned-letter.ts).
 */
export function lettersWorker(deps: {
  pool: pg.Pool;
  clock: Clock;
  blobs: BlobStore;
  publicOrigin: string;
  /** How long the link that tells the patient their letter is ready works (PATIENT_LINK_DAYS). */
  linkDays?: number;
}): Worker {
  return {
    queue,
    pollingIntervalSeconds: 0.5,
    async handle(data, boss) {
      const job = data as LettersJob;
      if (job.kind === 'appointment') return makeAppointmentLetter(deps, job, boss);
      if (job.kind === 'returned') return makeReturnedLetter(deps, job, boss);
      const { outcomeId } = job;
      const found = await letterFacts(deps.pool, outcomeId);
      if (!found) return;
      const at = deps.clock.now();
      const made: { audience: 'referrer' | 'patient'; blobKey: string; bytes: number }[] = [];
      for (const [audience, compose] of [
        ['referrer', referrerLetter],
        ['patient', patientLetter],
      ] as const) {
        const pdf = await renderLetter(compose(found.facts, at));
        const blobKey = `letters/${found.requestId}/${outcomeId}-${audience}.pdf`;
        await deps.blobs.put(blobKey, pdf, { contentType: 'application/pdf' });
        made.push({ audience, blobKey, bytes: pdf.length });
      }
      await withTransaction(deps.pool, async (tx) => {
        let recorded = 0;
        for (const letter of made) {
          if (await insertLetter(tx, { requestId: found.requestId, outcomeId, ...letter, at })) recorded += 1;
        }
        if (recorded === 0) return;
        const { reference } = found.facts;
        const patientTold = await tellPatientLetterReady(tx, {
          requestId: found.requestId,
          patientId: found.patientId,
          boss,
          at,
          publicOrigin: deps.publicOrigin,
          linkDays: deps.linkDays ?? 14,
        });
        await enqueueNotification(
          tx,
          boss,
          {
            channel: 'email',
            recipient: found.referrerEmail,
            subject: found.urgentCancer
              ? `URGENT Telederm ${reference}: suspected cancer, refer on the two-week-wait pathway today`
              : `Telederm ${reference}: the dermatologist's response is ready`,
            bodyText: [
              found.urgentCancer
                ? `The consultant dermatologist suspects skin cancer for request ${reference}. Refer the patient urgently on the suspected cancer pathway (two-week wait) today.`
                : `The consultant dermatologist has responded to request ${reference}.`,
              '',
              `Read the outcome and download the letters: ${deps.publicOrigin}/requests/${found.requestId}`,
              '',
              patientTold
                ? 'The patient has been sent a secure link to read their copy.'
                : 'The patient has no email address or mobile number on your record, so they have not been sent their copy: give or post them the patient copy.',
              '',
              'This message contains no patient details. Do not reply to it.',
            ].join('\n'),
            requestId: found.requestId,
          },
          at,
        );
        await appendAuditEvent(
          tx,
          { userId: null, organisationId: null, label: 'system: letters', clientAddress: '' },
          at,
          {
            action: 'letters.made',
            recordType: 'outcome',
            recordId: outcomeId,
            patientId: found.patientId,
            detail: { letters: recorded },
          },
        );
      });
    },
  };
}
