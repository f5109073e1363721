import type { Queryable } from '../../db/database.ts';
import type { OrganisationKind } from '../../../shared/roles.ts';

export type Organisation = {
  id: string;
  kind: OrganisationKind;
  name: string;
  odsCode: string;
  address: string;
  postcode: string;
  telephone: string;
  email: string;
};

const columns = `o.id, o.kind, o.name, o.ods_code AS "odsCode", o.address, o.postcode, o.telephone, o.email`;

/**
 * Organisations visible from the given ones: themselves and those they work
 * with (the services serving a practice, a service's practices and clinics).
 */
export async function listVisibleOrganisations(db: Queryable, own: string[] | 'all'): Promise<Organisation[]> {
  const { rows } = await db.query<Organisation>(
    `SELECT ${columns} FROM organisations o
     WHERE $1::uuid[] IS NULL OR o.id = ANY($1)
        OR o.id IN (SELECT organisation_id FROM organisation_links WHERE service_id = ANY($1))
        OR o.id IN (SELECT service_id FROM organisation_links WHERE organisation_id = ANY($1))
     ORDER BY o.kind, o.name`,
    [own === 'all' ? null : own],
  );
  return rows;
}
