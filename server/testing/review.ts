import type { Call } from './intake.ts';

/**
 * Signs an outcome as the review page does (hazard H13): previews its letters, then signs naming the digest the
 * preview answered. A preview refused (a stale version, a missing plan) signs without one, so the signature answers
 * with the same refusal.
 */
export async function signOutcome(call: Call, requestId: string, body: Record<string, unknown>) {
  let signed = body;
  if (body['category'] !== 'more_information_needed') {
    const preview = await call('POST', `/api/requests/${requestId}/outcome/preview`, body);
    if (preview.statusCode === 200)
      signed = { ...body, previewDigest: preview.json<{ previewDigest: string }>().previewDigest };
  }
  return call('POST', `/api/requests/${requestId}/outcome`, signed);
}
