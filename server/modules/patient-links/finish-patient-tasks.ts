import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import type { PatientFinishedDetail } from '../audit/index.ts';
import { isTerminal, touchRequest, type RequestRow } from '../requests/index.ts';
import { markLinkFinished, referrerEmailOf } from './patient-links.repository.ts';
import { loadPatientTasks, patientPartDone } from './patient-tasks.ts';

/**
 * Called after each write the patient makes through their link, in its transaction. The write that completes
 * the last of the link's tasks records it on the link and tells the referrer by email, so that a finished
 * request does not wait unseen for a GP who thinks the patient is still busy (issue 12 §7b). A link is finished
 * once: a repeat call, or any later write, tells no one again. A request that has ended tells no one.
 *
 * `photoArriving` is for the call that is taking a photo in: the photo counts before its row is written.
 *
 * Returns what the caller's audit row records, or null when this call finished nothing.
 */
export async function finishPatientTasks(
  tx: Tx,
  options: {
    request: RequestRow;
    linkId: string;
    at: Date;
    boss: PgBoss;
    publicOrigin: string;
    photoArriving?: boolean;
  },
): Promise<PatientFinishedDetail | null> {
  const { request, at } = options;
  if (isTerminal(request.state)) return null;
  const tasks = await loadPatientTasks(tx, request, options.linkId);
  if (options.photoArriving && tasks.photosSent !== null) tasks.photosSent += 1;
  if (!patientPartDone(tasks)) return null;
  if (!(await markLinkFinished(tx, options.linkId, at))) return null;
  await touchRequest(tx, request.id, at);
  const notificationId = await enqueueNotification(
    tx,
    options.boss,
    {
      channel: 'email',
      recipient: await referrerEmailOf(tx, request.referrerId),
      ...patientFinishedEmail({
        reference: request.reference,
        requestId: request.id,
        publicOrigin: options.publicOrigin,
      }),
      requestId: request.id,
    },
    at,
  );
  return { patientFinished: { notificationId } };
}

/**
 * The referrer's email. It leaves the NHS network, so it names the request by its reference and links to it,
 * and says nothing clinical and nothing about the patient: what they sent is read behind the sign-in.
 */
export function patientFinishedEmail(options: { reference: string; requestId: string; publicOrigin: string }) {
  return {
    subject: `Telederm ${options.reference}: the patient has finished their part`,
    bodyText: [
      `The patient has done everything their link asked for request ${options.reference}.`,
      `Open the request to look at what they sent and take the next step: ${options.publicOrigin}/requests/${options.requestId}`,
      '',
      'This message contains no patient details. Do not reply to it.',
    ].join('\n'),
  };
}
