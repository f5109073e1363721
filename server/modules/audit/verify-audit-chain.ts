import type { Queryable } from '../../db/database.ts';

export type ChainReport = { rows: number; ok: boolean; problems: string[] };

/**
 * Walks the whole trail in order, recomputing each row's digest and checking
 * it links to the row before. Any edited, inserted or removed row shows here.
 * Reads in pages so a long trail does not have to fit in memory.
 */
export async function verifyAuditChain(db: Queryable, pageSize = 5_000): Promise<ChainReport> {
  const problems: string[] = [];
  let previousHash = '0'.repeat(64);
  let previousSeq = 0;
  let rows = 0;
  for (;;) {
    const page = await db.query<{ seq: number; prev_hash: string; hash: string; recomputed: string }>(
      `SELECT seq, prev_hash, hash, audit_event_digest(e) AS recomputed
       FROM audit_events e WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [previousSeq, pageSize],
    );
    for (const row of page.rows) {
      rows += 1;
      if (row.prev_hash !== previousHash) problems.push(`row ${row.seq}: does not link to the row before it`);
      if (row.recomputed !== row.hash) problems.push(`row ${row.seq}: contents do not match its hash`);
      previousHash = row.hash;
      previousSeq = row.seq;
    }
    if (page.rows.length < pageSize) break;
  }
  return { rows, ok: problems.length === 0, problems };
}
