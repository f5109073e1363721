import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import type { Config } from '../../config.ts';
import { withTransaction } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { anonymousActor, appendAuditEvent } from '../audit/index.ts';
import {
  hashPassword,
  passwordProblem,
  csrfTokenFor,
  endSessionByTokenHash,
  insertSession,
  newToken,
  tokenHash,
} from '../auth/index.ts';
import { findInvitationByTokenHash, invitationUnusable, markInvitationAccepted } from './invitations.repository.ts';
import { usableInvitation } from './open-invitation.ts';
import { emailInUse, insertMembership, insertUser, markSignedIn } from './users.repository.ts';

/**
 * Accepts an invitation: the person's account is made with the password they chose, in the organisation and roles
 * they were invited to, the invitation is used up, and a session starts as at sign-in, all in one transaction. The
 * invitation row is locked, so of two tabs accepting at once only one succeeds.
 */
export async function acceptInvitation(options: {
  pool: pg.Pool;
  clock: Clock;
  config: Pick<Config, 'signIn' | 'session'>;
  token: string;
  password: string;
  clientAddress: string;
  userAgent: string;
  previousSessionToken?: string | undefined;
}): Promise<{ userId: string; sessionToken: string; csrfToken: string }> {
  // Refusals are audited (and unknown links counted) outside the transaction below, so they are kept.
  await usableInvitation(options.pool, options);
  const problem = passwordProblem(options.password);
  if (problem)
    throw new AppError('validation_failed', problem, { fieldErrors: [{ field: 'password', message: problem }] });
  const passwordHash = await hashPassword(options.password);

  const at = options.clock.now();
  const sessionToken = newToken();
  const csrfToken = csrfTokenFor(sessionToken);
  const userId = await withTransaction(options.pool, async (tx) => {
    const invitation = await findInvitationByTokenHash(tx, tokenHash(options.token), { lock: true });
    if (!invitation || invitationUnusable(invitation, at))
      throw new AppError('gone', 'This invitation has already been used. Sign in with the password you chose.');
    if (await emailInUse(tx, invitation.email)) {
      throw new AppError(
        'conflict',
        'An account with this email address already exists. Sign in with it, or ask your administrator for help.',
      );
    }
    const id = await insertUser(tx, {
      email: invitation.email,
      displayName: invitation.displayName,
      passwordHash,
      gmcNumber: invitation.gmcNumber,
      professionalRegistration: invitation.professionalRegistration,
    });
    if (!id) throw new AppError('conflict', 'An account with this email address already exists.');
    await insertMembership(tx, id, invitation.organisationId, invitation.roles);
    await markInvitationAccepted(tx, invitation.id, id, at);
    if (options.previousSessionToken)
      await endSessionByTokenHash(tx, tokenHash(options.previousSessionToken), at, 'replaced');
    const sessionId = await insertSession(tx, {
      tokenHash: tokenHash(sessionToken),
      csrfTokenHash: tokenHash(csrfToken),
      userId: id,
      at,
      expiresAt: new Date(at.getTime() + options.config.session.absoluteHours * 3_600_000),
      clientAddress: options.clientAddress,
      userAgent: options.userAgent,
    });
    await markSignedIn(tx, id, at);
    await appendAuditEvent(tx, { ...anonymousActor(options.clientAddress), userId: id, label: invitation.email }, at, {
      action: 'invitation.accepted',
      recordType: 'user',
      recordId: id,
      detail: {
        invitationId: invitation.id,
        organisationId: invitation.organisationId,
        roles: invitation.roles,
        sessionId,
      },
    });
    return id;
  });
  return { userId, sessionToken, csrfToken };
}
