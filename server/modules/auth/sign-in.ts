import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import type { Config } from '../../config.ts';
import { withTransaction } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { anonymousActor, appendAuditEvent } from '../audit/index.ts';
import { findUserForSignIn, markSignedIn } from '../users/index.ts';
import { decoyPasswordHash, verifyPassword } from './passwords.ts';
import {
  clearFailures,
  countRecentFailures,
  csrfTokenFor,
  endSessionByTokenHash,
  insertSession,
  newToken,
  recordFailure,
  tokenHash,
} from './sessions.repository.ts';

/** The one answer for an unknown account, a wrong password and a disabled user alike. */
export const signInRefusal = 'The email address or password is not right. Check them and try again.';

type SignInOptions = {
  pool: pg.Pool;
  clock: Clock;
  config: Pick<Config, 'session' | 'signIn'>;
  email: string;
  password: string;
  clientAddress: string;
  userAgent: string;
  /** The session cookie the browser already had, ended so a new id is issued. */
  previousToken?: string | undefined;
};

export type SignInResult = { sessionId: string; userId: string; token: string; csrfToken: string };

export async function signIn(options: SignInOptions): Promise<SignInResult> {
  const { pool, clock, config } = options;
  const at = clock.now();
  const accountKey = options.email.trim().toLowerCase();
  const actor = anonymousActor(options.clientAddress);

  const retryAfter = await lockedFor(pool, config, accountKey, options.clientAddress, at);
  if (retryAfter > 0) {
    await appendAuditEvent(pool, actor, at, {
      action: 'auth.sign_in_refused',
      detail: { email: accountKey, reason: 'throttled' },
    });
    const minutes = Math.ceil(retryAfter / 60);
    throw new AppError(
      'too_many_requests',
      `Too many sign-in attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or ask your administrator to help.`,
      { headers: { 'retry-after': String(retryAfter) } },
    );
  }

  const user = await findUserForSignIn(pool, accountKey);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), options.password);
  if (!user || !passwordMatches || !user.active) {
    await withTransaction(pool, async (tx) => {
      await recordFailure(tx, accountKey, options.clientAddress, at);
      await appendAuditEvent(tx, actor, at, {
        action: 'auth.sign_in_refused',
        detail: { email: accountKey, reason: user && passwordMatches ? 'disabled' : 'credentials' },
      });
    });
    throw new AppError('sign_in_failed', signInRefusal);
  }

  const token = newToken();
  const csrfToken = csrfTokenFor(token);
  const sessionId = await withTransaction(pool, async (tx) => {
    await clearFailures(tx, accountKey, options.clientAddress);
    if (options.previousToken) await endSessionByTokenHash(tx, tokenHash(options.previousToken), at, 'replaced');
    const id = await insertSession(tx, {
      tokenHash: tokenHash(token),
      csrfTokenHash: tokenHash(csrfToken),
      userId: user.id,
      at,
      expiresAt: new Date(at.getTime() + config.session.absoluteHours * 3_600_000),
      clientAddress: options.clientAddress,
      userAgent: options.userAgent,
    });
    await markSignedIn(tx, user.id, at);
    await appendAuditEvent(tx, { ...actor, userId: user.id, label: accountKey }, at, {
      action: 'auth.signed_in',
      recordType: 'session',
      recordId: id,
    });
    return id;
  });
  return { sessionId, userId: user.id, token, csrfToken };
}

/**
 * Seconds until this account and address may try again; 0 when they may now. Failures are counted per account and
 * address pair, so someone elsewhere who knows a clinician's email cannot lock them out; per address, across
 * accounts; and per account from anywhere, with a ceiling well above the pair's, against guesses spread over many
 * addresses.
 */
async function lockedFor(
  pool: pg.Pool,
  config: Pick<Config, 'signIn'>,
  accountKey: string,
  clientAddress: string,
  at: Date,
): Promise<number> {
  const since = new Date(at.getTime() - config.signIn.windowMinutes * 60_000);
  const [pair, account, address] = await Promise.all([
    countRecentFailures(pool, { accountKey, clientAddress }, since),
    countRecentFailures(pool, { accountKey }, since),
    countRecentFailures(pool, { clientAddress }, since),
  ]);
  const lockedUntil = (failures: { count: number; latest: Date | null }, limit: number) =>
    failures.count >= limit && failures.latest ? failures.latest.getTime() + config.signIn.lockoutMinutes * 60_000 : 0;
  const until = Math.max(
    lockedUntil(pair, config.signIn.maxFailuresPerAccountAndAddress),
    lockedUntil(account, config.signIn.maxFailuresPerAccount),
    lockedUntil(address, config.signIn.maxFailuresPerAddress),
  );
  return Math.max(0, Math.ceil((until - at.getTime()) / 1000));
}
