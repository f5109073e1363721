import type { Queryable } from '../../db/database.ts';

/**
 * The positions of a request's lesions that have no photograph yet (one that failed to process, or was removed,
 * does not count).
 */
export async function lesionsWithoutImages(db: Queryable, requestId: string): Promise<number[]> {
  const { rows } = await db.query<{ position: number }>(
    `SELECT l.position FROM lesions l
     WHERE l.request_id = $1
       AND NOT EXISTS (SELECT 1 FROM images i WHERE i.lesion_id = l.id AND i.state <> 'failed' AND i.removed_at IS NULL)
     ORDER BY l.position`,
    [requestId],
  );
  return rows.map((r) => r.position);
}
