import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import { withTransaction } from '../../db/database.ts';
import { type AuditActor, appendAuditEvent } from '../audit/index.ts';
import { endSession } from './sessions.repository.ts';

export async function signOut(options: { pool: pg.Pool; clock: Clock; actor: AuditActor; sessionId: string }) {
  const at = options.clock.now();
  await withTransaction(options.pool, async (tx) => {
    if (await endSession(tx, options.sessionId, at, 'signed_out')) {
      await appendAuditEvent(tx, options.actor, at, {
        action: 'auth.signed_out',
        recordType: 'session',
        recordId: options.sessionId,
      });
    }
  });
}
