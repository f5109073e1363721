import { createHash } from 'node:crypto';
import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { appendAuditEvent, auditEventExists, type AuditActor } from '../audit/index.ts';
import { patientLetter, referrerLetter, type LetterContent, requestLetterFacts } from '../letters/index.ts';
import type { RequestRow } from '../requests/index.ts';
import { caseUnderMyClaim } from './claim-case.ts';
import type { OutcomeRow } from './review.repository.ts';
import type { SignOutcomeInput } from './review.schemas.ts';
import { checkOutcome } from './check-outcome.ts';

/** A letter as the preview shows it: its words, without the photographs a summary may carry. */
export type PreviewLetter = { audience: 'referrer' | 'patient'; content: Omit<LetterContent, 'images'> };

/**
 * Names an outcome exactly as the consultant filled it in, on the case version they read: the signature must carry
 * the digest of the letters the consultant previewed, so a change after the preview asks for another (hazard H13).
 */
export function outcomeDigest(input: SignOutcomeInput): string {
  const { previewDigest: _ignored, ...outcome } = input;
  return createHash('sha256').update(JSON.stringify(outcome)).digest('base64url');
}

/**
 * The letters an outcome would send, composed as the letters job composes them, before anything is signed: the
 * consultant reads them and confirms (hazard H13). Checked as a signature is, so a preview never shows an outcome
 * that could not be signed. Audited as a read, with the digest the signature then names.
 */
export async function previewOutcomeLetters(
  tx: Tx,
  options: {
    actor: Actor;
    auditActor: AuditActor;
    at: Date;
    claimMinutes: number;
    requestId: string;
    input: SignOutcomeInput;
  },
): Promise<{ letters: PreviewLetter[]; previewDigest: string }> {
  const { input, actor } = options;
  if (input.category === 'more_information_needed') {
    throw new AppError('validation_failed', 'A question to the referrer sends no letter', {
      fieldErrors: [{ field: 'category', message: 'A question to the referrer sends no letter' }],
    });
  }
  const request = await caseUnderMyClaim(tx, { ...options, version: input.version });
  const signed = await checkOutcome(tx, {
    request,
    input: { ...input, category: input.category },
    actor,
    at: options.at,
  });
  const found = await requestLetterFacts(tx, request.id);
  if (!found) throw new AppError('not_found', 'Request not found');
  const outcome: OutcomeRow = { id: '', ...signed };
  const facts = {
    ...found.facts,
    // The referral a conversion makes has its reference only once signed.
    referralReference: input.category === 'convert_to_referral' ? 'given when you sign' : found.facts.referralReference,
    outcome,
    addenda: [],
  };
  const letters: PreviewLetter[] = (
    [
      ['referrer', referrerLetter],
      ['patient', patientLetter],
    ] as const
  ).map(([audience, compose]) => {
    const { images: _none, ...content } = compose(facts, options.at);
    return { audience, content };
  });
  const previewDigest = outcomeDigest(input);
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'outcome.letters_previewed',
    recordType: 'request',
    recordId: request.id,
    patientId: request.patientId,
    detail: { digest: previewDigest, category: input.category },
  });
  return { letters, previewDigest };
}

/**
 * Refuses a signature whose letters the consultant has not previewed as they stand: no preview, or a preview of an
 * outcome since changed (another plan, another category, a newer case version).
 */
export async function checkPreviewed(
  tx: Tx,
  { request, input, actor }: { request: RequestRow; input: SignOutcomeInput; actor: Actor },
): Promise<void> {
  const previewed =
    input.previewDigest === outcomeDigest(input) &&
    (await auditEventExists(tx, {
      action: 'outcome.letters_previewed',
      recordType: 'request',
      recordId: request.id,
      userId: actor.userId,
      detail: { digest: input.previewDigest },
    }));
  if (previewed) return;
  const message = input.previewDigest
    ? 'The outcome has changed since you previewed its letters: preview them again before signing'
    : 'Preview the letters before signing';
  throw new AppError('validation_failed', message, { fieldErrors: [{ field: 'previewDigest', message }] });
}
