import type { PgBoss } from 'pg-boss';
import type pg from 'pg';
import { roleLabels, type OrganisationKind, type Role } from '../../../shared/roles.ts';
import type { Clock } from '../../clock.ts';
import { withTransaction } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound, type FieldError } from '../../http/errors.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { newToken, tokenHash } from '../auth/index.ts';
import { longDate } from '../patient-links/index.ts';
import { invitationDays, insertInvitation } from './invitations.repository.ts';
import { manageableOrganisations, roleProblems } from './users.policy.ts';
import { emailInUse } from './users.repository.ts';
import type { InviteUserInput } from './users.schemas.ts';

/** Why a person cannot be given these roles with these registrations: the same rules as an account made directly. */
export function registrationProblems(input: {
  roles: readonly Role[];
  gmcNumber?: string | undefined;
  professionalRegistration?: string | undefined;
}): FieldError[] {
  const problems: FieldError[] = [];
  if (input.roles.includes('consultant') && !input.gmcNumber)
    problems.push({ field: 'gmcNumber', message: 'Enter the GMC number: a consultant needs one' });
  if (input.roles.includes('referrer') && !input.professionalRegistration)
    problems.push({
      field: 'professionalRegistration',
      message: 'Enter the professional registration: a referrer needs one',
    });
  return problems;
}

/**
 * Invites a person into an organisation the actor manages: a one-time link, of which only the hash is kept, sent by
 * email through the outbox in the same transaction, working for {@link invitationDays} days. A newer invitation to
 * the same person and organisation replaces an older one still pending.
 */
export async function sendInvitation(options: {
  pool: pg.Pool;
  boss: PgBoss;
  clock: Clock;
  publicOrigin: string;
  actor: Actor;
  auditActor: AuditActor;
  input: InviteUserInput;
}): Promise<{ id: string; expiresAt: Date }> {
  const { input, actor } = options;
  const allowed = await manageableOrganisations(options.pool, actor);
  if (!allowed.includes(input.organisationId)) throw notFound('organisation');
  const { rows } = await options.pool.query<{ kind: OrganisationKind; name: string; telephone: string }>(
    'SELECT kind, name, telephone FROM organisations WHERE id = $1',
    [input.organisationId],
  );
  const organisation = rows[0];
  if (!organisation) throw notFound('organisation');
  const roles = [...new Set(input.roles)];
  const problems = [...roleProblems(actor, organisation.kind, roles), ...registrationProblems(input)];
  if (problems.length)
    throw new AppError('validation_failed', problems.map((p) => p.message).join('; '), { fieldErrors: problems });

  const email = input.email.toLowerCase();
  const at = options.clock.now();
  const expiresAt = new Date(at.getTime() + invitationDays * 86_400_000);
  return withTransaction(options.pool, async (tx) => {
    if (await emailInUse(tx, email)) {
      throw new AppError('conflict', 'A user with this email address already exists.', {
        fieldErrors: [{ field: 'email', message: 'A user with this email address already exists' }],
      });
    }
    const token = newToken();
    const { id, replaced } = await insertInvitation(tx, {
      tokenHash: tokenHash(token),
      email,
      displayName: input.displayName,
      organisationId: input.organisationId,
      roles,
      gmcNumber: input.gmcNumber ?? null,
      professionalRegistration: input.professionalRegistration ?? null,
      invitedBy: actor.userId,
      at,
      expiresAt,
    });
    const url = `${options.publicOrigin}/invitation/${token}`;
    const text = [
      `Dear ${input.displayName},`,
      '',
      `${actor.displayName} has invited you to join ${organisation.name} on Telederm, the teledermatology service, as: ${roles.map((r) => roleLabels[r].toLowerCase()).join(', ')}.`,
      '',
      `Open this link to choose your password and sign in: ${url}`,
      '',
      `The link works once, until ${longDate(expiresAt)}. Do not share it: whoever opens it can set your password.`,
      `If you did not expect this email, ignore it, or contact ${organisation.name}${organisation.telephone ? ` on ${organisation.telephone}` : ''}.`,
    ].join('\n');
    await enqueueNotification(
      tx,
      options.boss,
      { channel: 'email', recipient: email, subject: `Join ${organisation.name} on Telederm`, bodyText: text },
      at,
    );
    await appendAuditEvent(tx, options.auditActor, at, {
      action: 'invitation.sent',
      recordType: 'invitation',
      recordId: id,
      detail: { organisationId: input.organisationId, roles, replaced },
    });
    return { id, expiresAt };
  });
}
