import type { OrganisationKind, Role } from '../../../shared/roles.ts';
import type { Queryable } from '../../db/database.ts';

/** How long an invitation's link works. */
export const invitationDays = 7;

export type Invitation = {
  id: string;
  email: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  organisationTelephone: string;
  roles: Role[];
  gmcNumber: string | null;
  professionalRegistration: string | null;
  invitedByName: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  withdrawnAt: Date | null;
};

const columns = `i.id, i.email, i.display_name AS "displayName", i.organisation_id AS "organisationId",
  o.name AS "organisationName", o.kind AS "organisationKind", o.telephone AS "organisationTelephone", i.roles,
  i.gmc_number AS "gmcNumber", i.professional_registration AS "professionalRegistration",
  u.display_name AS "invitedByName", i.created_at AS "createdAt", i.expires_at AS "expiresAt",
  i.accepted_at AS "acceptedAt", i.withdrawn_at AS "withdrawnAt"`;
const from = `FROM invitations i JOIN organisations o ON o.id = i.organisation_id JOIN users u ON u.id = i.invited_by`;

/** Why an invitation's link no longer works, or null when it does. */
export function invitationUnusable(invitation: Invitation, now: Date): 'accepted' | 'withdrawn' | 'expired' | null {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.withdrawnAt) return 'withdrawn';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return null;
}

export async function findInvitationByTokenHash(
  db: Queryable,
  hash: string,
  options: { lock?: boolean } = {},
): Promise<Invitation | null> {
  const { rows } = await db.query<Invitation>(
    `SELECT ${columns} ${from} WHERE i.token_hash = $1 ${options.lock ? 'FOR UPDATE OF i' : ''}`,
    [hash],
  );
  return rows[0] ?? null;
}

/** Invitations to the given organisations not yet accepted or withdrawn (expired ones included), newest first. */
export async function listPendingInvitations(db: Queryable, organisationIds: string[]): Promise<Invitation[]> {
  const { rows } = await db.query<Invitation>(
    `SELECT ${columns} ${from}
     WHERE i.organisation_id = ANY($1) AND i.accepted_at IS NULL AND i.withdrawn_at IS NULL
     ORDER BY i.created_at DESC`,
    [organisationIds],
  );
  return rows;
}

export async function findPendingInvitation(
  db: Queryable,
  id: string,
  organisationIds: string[],
): Promise<Invitation | null> {
  const { rows } = await db.query<Invitation>(
    `SELECT ${columns} ${from}
     WHERE i.id = $1 AND i.organisation_id = ANY($2) AND i.accepted_at IS NULL AND i.withdrawn_at IS NULL`,
    [id, organisationIds],
  );
  return rows[0] ?? null;
}

/** Stores a new invitation, withdrawing any earlier one still pending for the same person and organisation. */
export async function insertInvitation(
  tx: Queryable,
  invitation: {
    tokenHash: string;
    email: string;
    displayName: string;
    organisationId: string;
    roles: Role[];
    gmcNumber: string | null;
    professionalRegistration: string | null;
    invitedBy: string;
    at: Date;
    expiresAt: Date;
  },
): Promise<{ id: string; replaced: number }> {
  const replaced = await tx.query(
    `UPDATE invitations SET withdrawn_at = $3
     WHERE lower(email) = lower($1) AND organisation_id = $2 AND accepted_at IS NULL AND withdrawn_at IS NULL`,
    [invitation.email, invitation.organisationId, invitation.at],
  );
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO invitations (token_hash, email, display_name, organisation_id, roles, gmc_number,
       professional_registration, invited_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      invitation.tokenHash,
      invitation.email,
      invitation.displayName,
      invitation.organisationId,
      invitation.roles,
      invitation.gmcNumber,
      invitation.professionalRegistration,
      invitation.invitedBy,
      invitation.at,
      invitation.expiresAt,
    ],
  );
  return { id: rows[0]!.id, replaced: replaced.rowCount ?? 0 };
}

export async function markInvitationAccepted(tx: Queryable, id: string, userId: string, at: Date): Promise<void> {
  await tx.query('UPDATE invitations SET accepted_at = $2, user_id = $3 WHERE id = $1 AND accepted_at IS NULL', [
    id,
    at,
    userId,
  ]);
}

export async function markInvitationWithdrawn(tx: Queryable, id: string, at: Date): Promise<void> {
  await tx.query('UPDATE invitations SET withdrawn_at = $2 WHERE id = $1 AND withdrawn_at IS NULL', [id, at]);
}

/** Withdraws every invitation this person sent that is still waiting; how many. */
export async function withdrawInvitationsSentBy(tx: Queryable, userId: string, at: Date): Promise<number> {
  const { rowCount } = await tx.query(
    'UPDATE invitations SET withdrawn_at = $2 WHERE invited_by = $1 AND accepted_at IS NULL AND withdrawn_at IS NULL',
    [userId, at],
  );
  return rowCount ?? 0;
}
