import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import { withTransaction } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { findPendingInvitation, markInvitationWithdrawn } from './invitations.repository.ts';
import { manageableOrganisations } from './users.policy.ts';

/** Withdraws an invitation not yet accepted: its link stops working at once. */
export async function withdrawInvitation(options: {
  pool: pg.Pool;
  clock: Clock;
  actor: Actor;
  auditActor: AuditActor;
  invitationId: string;
}): Promise<void> {
  const allowed = await manageableOrganisations(options.pool, options.actor);
  const at = options.clock.now();
  await withTransaction(options.pool, async (tx) => {
    const invitation = await findPendingInvitation(tx, options.invitationId, allowed);
    if (!invitation) throw notFound('invitation');
    await markInvitationWithdrawn(tx, invitation.id, at);
    await appendAuditEvent(tx, options.auditActor, at, {
      action: 'invitation.withdrawn',
      recordType: 'invitation',
      recordId: invitation.id,
    });
  });
}
