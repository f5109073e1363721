import type { OrganisationKind } from '../../../shared/roles.ts';
import type { Queryable } from '../../db/database.ts';
import type { Organisation } from './organisations.repository.ts';

export type ManagedOrganisation = Organisation & {
  /** The dermatology services a practice or clinic works with. */
  serviceIds: string[];
  /** A community clinic's sites. */
  sites: { id: string; name: string; postcode: string }[];
  /** How many users belong to it, so a new organisation's lack of an administrator shows. */
  userCount: number;
};

/** Every organisation, for the system administrator, with its links, sites and number of users. */
export async function listAllOrganisations(db: Queryable): Promise<ManagedOrganisation[]> {
  const { rows } = await db.query<ManagedOrganisation>(
    `SELECT o.id, o.kind, o.name, o.ods_code AS "odsCode", o.address, o.postcode, o.telephone, o.email,
            coalesce((SELECT array_agg(l.service_id ORDER BY l.service_id) FROM organisation_links l
                      WHERE l.organisation_id = o.id), '{}') AS "serviceIds",
            coalesce((SELECT json_agg(json_build_object('id', s.id, 'name', s.name, 'postcode', s.postcode)
                                      ORDER BY s.name)
                      FROM clinic_sites s WHERE s.clinic_id = o.id), '[]') AS sites,
            (SELECT count(*)::int FROM memberships m WHERE m.organisation_id = o.id) AS "userCount"
     FROM organisations o ORDER BY o.kind, o.name`,
  );
  return rows;
}

/** A new organisation; null when its ODS code is already taken. */
export async function insertOrganisation(
  tx: Queryable,
  organisation: {
    kind: OrganisationKind;
    name: string;
    odsCode: string;
    address: string;
    postcode: string;
    telephone: string;
    email: string;
    at: Date;
  },
): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO organisations (kind, name, ods_code, address, postcode, telephone, email, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (ods_code) DO NOTHING RETURNING id`,
    [
      organisation.kind,
      organisation.name,
      organisation.odsCode,
      organisation.address,
      organisation.postcode,
      organisation.telephone,
      organisation.email,
      organisation.at,
    ],
  );
  return rows[0]?.id ?? null;
}

export async function organisationKinds(db: Queryable, ids: string[]): Promise<Map<string, OrganisationKind>> {
  const { rows } = await db.query<{ id: string; kind: OrganisationKind }>(
    'SELECT id, kind FROM organisations WHERE id = ANY($1)',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.kind]));
}

/** Links a practice or clinic to a service; false when they were linked already. */
export async function insertOrganisationLink(
  tx: Queryable,
  serviceId: string,
  organisationId: string,
  relationship: 'serves_practice' | 'clinic_provider',
): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO organisation_links (service_id, organisation_id, relationship) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING`,
    [serviceId, organisationId, relationship],
  );
  return (rowCount ?? 0) > 0;
}
