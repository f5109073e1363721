import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { endOfLondonDay, londonDate } from '../../working-days.ts';
import { countImages } from './images.repository.ts';

export type UploadLimits = { maxImagesPerRequest: number; maxPerUserPerDay: number };

/**
 * Refuses a photograph that would take a request past its photo limit, or its uploader past their daily quota.
 *
 * Checked twice: when an upload is created, so that the photo is refused before it is sent, and again in the
 * transaction that commits the image row, which is the check that holds. There the caller has locked the request
 * row, and this takes a transaction lock on the uploader, so uploads created together and ingested together are
 * counted one after another and cannot all slip under the limit.
 */
export async function enforceUploadLimits(
  tx: Tx,
  options: { requestId: string; userId: string | null; at: Date; limits: UploadLimits; committing: boolean },
): Promise<void> {
  const { limits } = options;
  if ((await countImages(tx, { requestId: options.requestId })) >= limits.maxImagesPerRequest) {
    // 422, not 409: tus clients take 409 as an offset mismatch and retry it.
    throw new AppError(
      'unprocessable',
      `This request already has ${limits.maxImagesPerRequest} photographs, the most it can take. Remove one before adding another.`,
    );
  }
  if (!options.userId) return;
  if (options.committing) {
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('image-quota:' || $1, 0))", [options.userId]);
  }
  const dayStart = new Date(endOfLondonDay(londonDate(options.at)).getTime() - 86_400_000 + 1);
  if ((await countImages(tx, { userId: options.userId, since: dayStart })) >= limits.maxPerUserPerDay) {
    throw new AppError(
      'too_many_requests',
      `You have sent ${limits.maxPerUserPerDay} photographs today, the daily limit. Try again tomorrow.`,
    );
  }
}
