import type { PgBoss } from 'pg-boss';
import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import { withTransaction } from '../../db/database.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { returnedLetter } from './clinic-letter-content.ts';
import { returnedLetterKey, type ReturnedLetterJob } from './enqueue-clinic-letters.ts';
import { renderLetter } from './letter-pdf.ts';
import { hasReturnedLetter, insertLetter, returnedLetterFacts } from './letters.repository.ts';

const systemActor = { userId: null, organisationId: null, label: 'system: letters', clientAddress: '' };

/**
 * Makes, stores and records the letter returning a request, and tells the
 * referrer by an email with no patient details in it. Once only.
 */
export async function makeReturnedLetter(
  deps: { pool: pg.Pool; clock: Clock; blobs: BlobStore; publicOrigin: string },
  job: ReturnedLetterJob,
  boss: PgBoss,
): Promise<void> {
  if (await hasReturnedLetter(deps.pool, job.requestId)) return;
  const found = await returnedLetterFacts(deps.pool, job.requestId);
  if (!found) return;
  const at = deps.clock.now();
  const pdf = await renderLetter(returnedLetter(found.facts, at));
  const blobKey = returnedLetterKey(job.requestId);
  await deps.blobs.put(blobKey, pdf, { contentType: 'application/pdf' });
  await withTransaction(deps.pool, async (tx) => {
    const letterId = await insertLetter(tx, {
      kind: 'returned',
      requestId: job.requestId,
      audience: 'referrer',
      blobKey,
      bytes: pdf.length,
      at,
    });
    if (!letterId) return;
    const { reference } = found.facts;
    await enqueueNotification(
      tx,
      boss,
      {
        channel: 'email',
        recipient: found.referrerEmail,
        subject: `Telederm ${reference}: request returned, patient did not attend`,
        bodyText: [
          `Request ${reference} has been returned to you: the patient did not attend the community photography clinic.`,
          'Clinical responsibility remains with you. If the patient still needs a dermatology opinion, send a new request.',
          '',
          `Read the letter: ${deps.publicOrigin}/requests/${job.requestId}`,
          '',
          'This message contains no patient details. Do not reply to it.',
        ].join('\n'),
        requestId: job.requestId,
      },
      at,
    );
    await appendAuditEvent(tx, systemActor, at, {
      action: 'letter.made',
      recordType: 'letter',
      recordId: letterId,
      patientId: found.patientId,
      detail: { kind: 'returned', audience: 'referrer' },
    });
  });
}
