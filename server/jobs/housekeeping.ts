import type pg from 'pg';
import type { Clock } from '../clock.ts';
import type { Worker } from './queue.ts';

/** Removes sessions ended more than 30 days ago and sign-in failures older than a day. */
export function housekeepingWorker(pool: pg.Pool, clock: Clock): Worker {
  return {
    queue: 'housekeeping',
    cron: '17 * * * *',
    async handle() {
      const now = clock.now().getTime();
      await pool.query('DELETE FROM sessions WHERE ended_at < $1', [new Date(now - 30 * 86_400_000)]);
      await pool.query('DELETE FROM sign_in_failures WHERE at < $1', [new Date(now - 86_400_000)]);
    },
  };
}
