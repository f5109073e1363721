import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import type { Photography } from '../../../shared/request-content.ts';
import type { AuditActor } from '../audit/index.ts';
import { applyTransition } from './apply-transition.ts';
import { assessEligibility, recordEligibilityDecision } from './decide-eligibility.ts';
import type { RequestState } from './lifecycle.ts';
import { findVisibleRequest, insertRequest, updateRequest, type RequestRow } from './requests.repository.ts';

/** Whether an Advice & Guidance request may be converted into a referral now, and if not, why (in words). */
export type ConversionCheck = { possible: boolean; reasons: string[] };

/**
 * What converting this Advice & Guidance request would meet (hazard H9): the referrer must have authorised it, it
 * must not have been converted already, and the referral pathway's own rules must accept the patient (a child is
 * not converted into an adults-only service). The consultant sees this before signing.
 */
export async function checkConversion(tx: Tx, request: RequestRow, at: Date): Promise<ConversionCheck> {
  if (request.kind !== 'advice_and_guidance') {
    return { possible: false, reasons: ['Only an Advice & Guidance request can be converted into a referral.'] };
  }
  if (!request.conversionAuthorised) {
    return {
      possible: false,
      reasons: [
        'The referrer did not authorise conversion to a referral. Recommend a referral for the GP to make instead.',
      ],
    };
  }
  const { rows } = await tx.query('SELECT 1 FROM requests WHERE converted_from = $1', [request.id]);
  if (rows.length) return { possible: false, reasons: ['This request has already been converted into a referral.'] };
  const { eligibility } = await assessEligibility(tx, { ...request, kind: 'referral' }, at);
  if (eligibility.decision === 'accepted') return { possible: true, reasons: [] };
  return {
    possible: false,
    reasons: [
      'The referral service’s rules do not accept this referral, so it cannot be converted. Choose another outcome:',
      ...eligibility.reasons,
    ],
  };
}

/**
 * Converts a signed Advice & Guidance request into a referral: a new request of the same practice and referrer,
 * for the same patient, with the clinical question, history, lesions, consent and photographs, checked against the
 * referral pathway's rules and sent along it (the booking queue when a clinic takes the photographs, otherwise the
 * worklist with its own due date). Clinical responsibility passes to the service with the acceptance, which happens
 * here. The caller's one audit row records it.
 */
export async function convertToReferral(
  tx: Tx,
  options: { request: RequestRow; auditActor: AuditActor; at: Date; photography: Photography },
): Promise<{ id: string; reference: string; state: RequestState; dueAt: Date | null }> {
  const { request: advice, at } = options;
  const check = await checkConversion(tx, advice, at);
  if (!check.possible) {
    throw new AppError('unprocessable', check.reasons.join(' '), {
      fieldErrors: [{ field: 'category', message: check.reasons.join(' ') }],
    });
  }
  const created = await insertRequest(tx, {
    kind: 'referral',
    urgency: advice.urgency,
    patientId: advice.patientId,
    practiceId: advice.practiceId,
    serviceId: advice.serviceId,
    referrerId: advice.referrerId,
    at,
  });
  await updateRequest(
    tx,
    created.id,
    { clinicalQuestion: advice.clinicalQuestion, history: advice.history, photography: options.photography },
    at,
  );
  await tx.query('UPDATE requests SET converted_from = $2 WHERE id = $1', [created.id, advice.id]);
  await copyLesionsConsentAndPhotographs(tx, { from: advice.id, to: created.id, at });

  const referral = (await findVisibleRequest(tx, [advice.practiceId], created.id, { lock: true }))!;
  await applyTransition(tx, {
    request: referral,
    action: { type: 'submit' },
    actor: options.auditActor,
    at,
    reason: `Converted from Advice & Guidance ${advice.reference} by the consultant, as the referrer authorised`,
    audited: false,
  });
  const assessment = await assessEligibility(tx, referral, at);
  const decided = await recordEligibilityDecision(tx, {
    request: referral,
    auditActor: options.auditActor,
    at,
    assessment,
  });
  return { id: created.id, reference: created.reference, state: decided.state, dueAt: decided.dueAt };
}

/** The referral gets its own rows: lesions (same sites and words), the consent in force, and the photographs. */
async function copyLesionsConsentAndPhotographs(tx: Tx, options: { from: string; to: string; at: Date }) {
  const { rows: lesions } = await tx.query<{ id: string }>('SELECT id FROM lesions WHERE request_id = $1', [
    options.from,
  ]);
  const oldIds = lesions.map((lesion) => lesion.id);
  const newIds = oldIds.map(() => randomUUID());
  const copies = 'unnest($3::uuid[], $4::uuid[]) AS c (old_id, new_id)';
  await tx.query(
    `INSERT INTO lesions (id, request_id, position, body_site, laterality, description, size_mm, obscured_by_hair,
       created_at)
     SELECT c.new_id, $2, l.position, l.body_site, l.laterality, l.description, l.size_mm, l.obscured_by_hair, $5
     FROM lesions l JOIN ${copies} ON c.old_id = l.id WHERE l.request_id = $1`,
    [options.from, options.to, oldIds, newIds, options.at],
  );
  await tx.query(
    `INSERT INTO consents (request_id, referral_and_image_sharing, teaching_use, method, recorded_by, recorded_at)
     SELECT $2, referral_and_image_sharing, teaching_use, method, recorded_by, recorded_at
     FROM consents WHERE request_id = $1 AND withdrawn_at IS NULL
     ORDER BY recorded_at DESC LIMIT 1`,
    [options.from, options.to],
  );
  // The same stored files, under rows of the referral (each row is the referral's record of the photograph).
  await tx.query(
    `INSERT INTO images (upload_id, request_id, lesion_id, view, state, original_key, original_bytes, original_sha256,
       original_format, original_filename, width, height, captured_at, captured_by, captured_by_label, device_make,
       device_model, perceptual_hash, quality, derivatives, failure, uploaded_at, processed_at, owner_id)
     SELECT i.upload_id || ':referral:' || $2::text, $2::uuid, c.new_id, i.view, i.state, i.original_key, i.original_bytes,
       i.original_sha256, i.original_format, i.original_filename, i.width, i.height, i.captured_at, i.captured_by,
       i.captured_by_label, i.device_make, i.device_model, i.perceptual_hash, i.quality, i.derivatives, i.failure,
       i.uploaded_at, i.processed_at, i.owner_id
     FROM images i JOIN ${copies} ON c.old_id = i.lesion_id
     WHERE i.request_id = $1 AND i.state = 'ready' AND i.removed_at IS NULL`,
    [options.from, options.to, oldIds, newIds],
  );
}
