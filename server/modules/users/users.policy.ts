import type { Queryable } from '../../db/database.ts';
import { hasRole, organisationsWithRole, type Actor } from '../../http/actor.ts';

/**
 * The organisations whose users the actor may manage: a system administrator
 * manages every organisation's users, a service administrator their own
 * organisation's.
 */
export async function manageableOrganisations(db: Queryable, actor: Actor): Promise<string[]> {
  if (hasRole(actor, 'system_admin')) {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM organisations');
    return rows.map((r) => r.id);
  }
  return organisationsWithRole(actor, 'service_admin');
}
