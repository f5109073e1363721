import type { Queryable } from '../../db/database.ts';
import type { Location } from './slots.ts';

/** A site's location from its postcode, when the postcode data set has the postcode (null otherwise). */
const locationOfPostcode = (postcode: string) =>
  `(SELECT latitude FROM postcode_locations WHERE postcode = ${postcode}),
   (SELECT longitude FROM postcode_locations WHERE postcode = ${postcode})`;

export type Site = {
  id: string;
  clinicId: string;
  clinicName: string;
  name: string;
  address: string;
  postcode: string;
  accessibility: string;
  openingHours: string;
};

/** A site as the sites pages show it: with where it is, from its postcode, or null when that is not known. */
export type LocatedSite = Site & { location: Location | null };

export const siteLocation = `CASE WHEN st.latitude IS NULL THEN NULL
  ELSE json_build_object('latitude', st.latitude, 'longitude', st.longitude) END`;

const siteColumns = `st.id, st.clinic_id AS "clinicId", co.name AS "clinicName", st.name, st.address, st.postcode,
  st.accessibility, st.opening_hours AS "openingHours", ${siteLocation} AS location`;

/** `st` as a JSON object in the Site shape, for queries that return a site with each row. */
export const siteJson = `json_build_object('id', st.id, 'clinicId', st.clinic_id, 'clinicName', co.name, 'name', st.name,
  'address', st.address, 'postcode', st.postcode, 'accessibility', st.accessibility, 'openingHours', st.opening_hours)`;

export async function insertSite(
  tx: Queryable,
  site: {
    clinicId: string;
    name: string;
    address: string;
    postcode: string;
    accessibility: string;
    openingHours: string;
    at: Date;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO clinic_sites (clinic_id, name, address, postcode, accessibility, opening_hours, created_at,
       latitude, longitude)
     VALUES ($1, $2, $3, $4, $5, $6, $7, ${locationOfPostcode('$4')}) RETURNING id`,
    [site.clinicId, site.name, site.address, site.postcode, site.accessibility, site.openingHours, site.at],
  );
  return rows[0]!.id;
}

export async function listSites(db: Queryable, clinicIds: string[]): Promise<LocatedSite[]> {
  const { rows } = await db.query<LocatedSite>(
    `SELECT ${siteColumns} FROM clinic_sites st JOIN organisations co ON co.id = st.clinic_id
     WHERE st.clinic_id = ANY($1) ORDER BY co.name, st.name`,
    [clinicIds],
  );
  return rows;
}

export async function findSite(db: Queryable, siteId: string): Promise<LocatedSite | null> {
  const { rows } = await db.query<LocatedSite>(
    `SELECT ${siteColumns} FROM clinic_sites st JOIN organisations co ON co.id = st.clinic_id WHERE st.id = $1`,
    [siteId],
  );
  return rows[0] ?? null;
}

export async function updateSite(
  tx: Queryable,
  siteId: string,
  site: { name: string; address: string; postcode: string; accessibility: string; openingHours: string },
) {
  await tx.query(
    `UPDATE clinic_sites SET name = $2, address = $3, postcode = $4, accessibility = $5, opening_hours = $6,
       (latitude, longitude) = (${locationOfPostcode('$4')}) WHERE id = $1`,
    [siteId, site.name, site.address, site.postcode, site.accessibility, site.openingHours],
  );
}

/** The clinic organisations that provide for any of the services. */
export async function clinicsProvidingFor(db: Queryable, serviceIds: string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT organisation_id AS id FROM organisation_links WHERE service_id = ANY($1) AND relationship = 'clinic_provider'`,
    [serviceIds],
  );
  return rows.map((r) => r.id);
}

/** The medical photographers of the clinics, who can staff their sessions. */
export async function listPhotographers(
  db: Queryable,
  clinicIds: string[],
): Promise<{ id: string; displayName: string; clinicId: string }[]> {
  const { rows } = await db.query<{ id: string; displayName: string; clinicId: string }>(
    `SELECT u.id, u.display_name AS "displayName", m.organisation_id AS "clinicId"
     FROM users u JOIN memberships m ON m.user_id = u.id
     WHERE m.organisation_id = ANY($1) AND 'photographer' = ANY(m.roles) AND u.disabled_at IS NULL
     ORDER BY u.display_name`,
    [clinicIds],
  );
  return rows;
}
