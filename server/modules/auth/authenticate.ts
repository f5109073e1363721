import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import type { Config } from '../../config.ts';
import type { Actor } from '../../http/actor.ts';
import { endSession, findOpenSession, tokenHash, touchSession } from './sessions.repository.ts';

export type Authentication =
  | { status: 'anonymous' }
  | { status: 'ended'; reason: 'idle' | 'expired' | 'unknown' }
  | { status: 'signed-in'; actor: Actor; csrfTokenHash: string };

/** Last-seen times are written at most this often, so reads do not all become writes. */
const touchEveryMs = 60_000;

/** Resolves a session cookie to the person behind it, ending a session that has timed out. */
export async function authenticate(options: {
  pool: pg.Pool;
  clock: Clock;
  config: Pick<Config, 'session'>;
  token: string | undefined;
  clientAddress: string;
}): Promise<Authentication> {
  if (!options.token) return { status: 'anonymous' };
  const session = await findOpenSession(options.pool, tokenHash(options.token));
  if (!session) return { status: 'ended', reason: 'unknown' };
  const now = options.clock.now();
  const idleLimit = session.lastSeenAt.getTime() + options.config.session.idleMinutes * 60_000;
  if (now.getTime() >= idleLimit) {
    await endSession(options.pool, session.sessionId, now, 'idle');
    return { status: 'ended', reason: 'idle' };
  }
  if (now.getTime() >= session.expiresAt.getTime()) {
    await endSession(options.pool, session.sessionId, now, 'expired');
    return { status: 'ended', reason: 'expired' };
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= touchEveryMs) {
    await touchSession(options.pool, session.sessionId, now);
  }
  return {
    status: 'signed-in',
    csrfTokenHash: session.csrfTokenHash,
    actor: {
      userId: session.userId,
      sessionId: session.sessionId,
      email: session.email,
      displayName: session.displayName,
      gmcNumber: session.gmcNumber,
      professionalRegistration: session.professionalRegistration,
      memberships: session.memberships,
      clientAddress: options.clientAddress,
    },
  };
}
