import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { enqueueLetters } from '../letters/index.ts';
import { tellOfOutcome } from '../notifications/index.ts';
import { applyTransition, convertToReferral, sendMessage } from '../requests/index.ts';
import { lesionsWithoutImages } from '../images/index.ts';
import { caseUnderMyClaim } from './claim-case.ts';
import { checkPreviewed } from './preview-outcome-letters.ts';
import { checkOutcome } from './check-outcome.ts';
import { insertOutcome, setClaim } from './review.repository.ts';
import type { SignOutcomeInput } from './review.schemas.ts';

type Options = {
  actor: Actor;
  auditActor: AuditActor;
  at: Date;
  boss: PgBoss;
  publicOrigin: string;
  claimMinutes: number;
  requestId: string;
  input: SignOutcomeInput;
};

/**
 * Records and signs the consultant's outcome: coded diagnosis, plan and
 * category, with the consultant's name and GMC number. Once signed it is
 * never changed. Letters are made and the referrer told by the job queue.
 * "More information needed" is not an outcome: it asks the referrer in the
 * conversation and pauses the clock.
 */
export async function signOutcome(tx: Tx, options: Options): Promise<{ state: string; outcomeId: string | null }> {
  const { input, actor } = options;
  const request = await caseUnderMyClaim(tx, { ...options, version: input.version });

  if (input.category === 'more_information_needed') {
    if (!input.question) {
      throw new AppError('validation_failed', 'Write the question for the referrer', {
        fieldErrors: [{ field: 'question', message: 'Write the question for the referrer' }],
      });
    }
    const sent = await sendMessage(tx, {
      ...options,
      kind: input.askForPhotographs ? 'photo_request' : 'question',
      body: input.question,
    });
    await setClaim(tx, request.id, null, options.at);
    return { state: sent.state, outcomeId: null };
  }

  const outcome = { ...input, category: input.category };
  const signed = await checkOutcome(tx, { request, input: outcome, actor, at: options.at });
  await checkPreviewed(tx, { request, input, actor });

  const outcomeId = await insertOutcome(tx, request.id, signed);
  const moved = await applyTransition(tx, {
    request,
    action: { type: 'record_outcome' },
    actor: options.auditActor,
    at: options.at,
    reason: signed.diagnosisTerm,
    audited: false,
  });
  await setClaim(tx, request.id, null, options.at);
  const referral =
    input.category === 'convert_to_referral'
      ? await convertToReferral(tx, {
          request,
          auditActor: options.auditActor,
          at: options.at,
          photography: input.referralPhotography ?? (await photographyForReferral(tx, request.id)),
        })
      : null;
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'outcome.signed',
    recordType: 'outcome',
    recordId: outcomeId,
    patientId: request.patientId,
    detail: {
      category: input.category,
      diagnosisCode: signed.diagnosisCode,
      transition: moved.transition,
      ...(referral
        ? { convertedTo: { requestId: referral.id, reference: referral.reference, state: referral.state } }
        : {}),
    },
  });
  await enqueueLetters(tx, options.boss, outcomeId);
  await tellOfOutcome(tx, {
    request,
    at: options.at,
    signedBy: actor.userId,
    // The GP must refer on the urgent pathway today, as the email of the letters says.
    urgent: input.category === 'redirect_urgent_cancer',
  });
  return { state: request.state, outcomeId };
}

/** The photographs sent serve the referral when every lesion has one; otherwise a clinic takes them. */
async function photographyForReferral(tx: Tx, requestId: string): Promise<'referrer' | 'clinic'> {
  return (await lesionsWithoutImages(tx, requestId)).length === 0 ? 'referrer' : 'clinic';
}
