import type { Queryable } from '../../db/database.ts';
import type { RequestRow } from './requests.repository.ts';

/**
 * The positions of the lesions the referrer added since the dermatologist asked their question that have no
 * photograph yet (one that failed to process, or was removed, does not count). A lesion added to an answer goes
 * back to review with it, so it must be seen: the answer waits for a photograph of each.
 */
export async function lesionsAddedWithoutPhotographs(
  db: Queryable,
  request: Pick<RequestRow, 'id' | 'clockPausedAt'>,
): Promise<number[]> {
  if (!request.clockPausedAt) return [];
  const { rows } = await db.query<{ position: number }>(
    `SELECT l.position FROM lesions l
     WHERE l.request_id = $1 AND l.created_at > $2
       AND NOT EXISTS (SELECT 1 FROM images i WHERE i.lesion_id = l.id AND i.state <> 'failed' AND i.removed_at IS NULL)
     ORDER BY l.position`,
    [request.id, request.clockPausedAt],
  );
  return rows.map((r) => r.position);
}
