import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import type { Config } from '../../config.ts';
import type { Queryable } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { anonymousActor, appendAuditEvent } from '../audit/index.ts';
import { countRecentFailures, recordFailure, tokenHash, passwordRules } from '../auth/index.ts';
import { findInvitationByTokenHash, invitationUnusable, type Invitation } from './invitations.repository.ts';

/** Failures of invitation links are counted with sign-in failures, under this account key, per address. */
const failureKey = 'invitation-link';

/**
 * The invitation a link's token names, if it can still be used. An unknown token is counted against the caller's
 * address, with failed sign-ins, and past the per-address ceiling every link is refused for a while (429): tokens
 * have 256 random bits, so only guessing makes many unknown ones. An expired, used or withdrawn link says so and
 * whom to contact; an unknown one only that it is not recognised. Each refusal is audited.
 */
export async function usableInvitation(
  db: Queryable,
  options: {
    clock: Clock;
    config: Pick<Config, 'signIn'>;
    token: string;
    clientAddress: string;
    lock?: boolean;
  },
): Promise<Invitation> {
  const at = options.clock.now();
  const actor = anonymousActor(options.clientAddress);
  const since = new Date(at.getTime() - options.config.signIn.windowMinutes * 60_000);
  const failures = await countRecentFailures(db, { clientAddress: options.clientAddress }, since);
  if (failures.count >= options.config.signIn.maxFailuresPerAddress && failures.latest) {
    const retryAfter = Math.ceil(
      (failures.latest.getTime() + options.config.signIn.lockoutMinutes * 60_000 - at.getTime()) / 1000,
    );
    if (retryAfter > 0) {
      await appendAuditEvent(db, actor, at, { action: 'invitation.refused', detail: { reason: 'throttled' } });
      const minutes = Math.ceil(retryAfter / 60);
      throw new AppError(
        'too_many_requests',
        `Too many attempts from this connection. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
        { headers: { 'retry-after': String(retryAfter) } },
      );
    }
  }
  const invitation = /^[A-Za-z0-9_-]{43}$/.test(options.token)
    ? await findInvitationByTokenHash(db, tokenHash(options.token), { lock: options.lock ?? false })
    : null;
  if (!invitation) {
    await recordFailure(db, failureKey, options.clientAddress, at);
    await appendAuditEvent(db, actor, at, { action: 'invitation.refused', detail: { reason: 'unknown' } });
    throw new AppError(
      'not_found',
      'This invitation link is not recognised. Check you used the whole link from the email, or ask the administrator who invited you to send a new invitation.',
    );
  }
  const unusable = invitationUnusable(invitation, at);
  if (unusable) {
    await appendAuditEvent(db, actor, at, {
      action: 'invitation.refused',
      recordType: 'invitation',
      recordId: invitation.id,
      detail: { reason: unusable },
    });
    const contact = `${invitation.organisationName}${invitation.organisationTelephone ? ` on ${invitation.organisationTelephone}` : ''}`;
    const words = {
      expired: `This invitation has expired: invitation links work for a limited time, to keep accounts safe. Ask the administrator at ${contact} to send you a new invitation.`,
      withdrawn: `This invitation has been withdrawn or replaced by a newer one. Use the link in the most recent email, or contact the administrator at ${contact}.`,
      accepted: `This invitation has already been used. If you chose your password, sign in with it; if not, contact the administrator at ${contact}.`,
    }[unusable];
    throw new AppError('gone', words);
  }
  return invitation;
}

/** What the person opening a working invitation link is shown: who invited them, where, and the password rules. */
export async function openInvitation(options: {
  pool: pg.Pool;
  clock: Clock;
  config: Pick<Config, 'signIn'>;
  token: string;
  clientAddress: string;
}) {
  const invitation = await usableInvitation(options.pool, options);
  return {
    displayName: invitation.displayName,
    email: invitation.email,
    organisationName: invitation.organisationName,
    invitedBy: invitation.invitedByName,
    roles: invitation.roles,
    expiresAt: invitation.expiresAt,
    passwordMinLength: passwordRules.minLength,
  };
}
