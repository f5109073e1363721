import type { Queryable } from '../../db/database.ts';
import type { Location } from './slots.ts';

/** Adds postcodes to the data set, or moves those it has to where the newer file puts them. */
export async function upsertPostcodeLocations(tx: Queryable, rows: Map<string, Location>) {
  if (!rows.size) return;
  const postcodes = [...rows.keys()];
  const locations = [...rows.values()];
  await tx.query(
    `INSERT INTO postcode_locations (postcode, latitude, longitude)
     SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[])
     ON CONFLICT (postcode) DO UPDATE SET latitude = excluded.latitude, longitude = excluded.longitude`,
    [postcodes, locations.map((l) => l.latitude), locations.map((l) => l.longitude)],
  );
}

/** Where a postcode (in its normal form) is, or null when the data set lacks it. */
export async function locatePostcode(db: Queryable, postcode: string): Promise<Location | null> {
  const { rows } = await db.query<Location>('SELECT latitude, longitude FROM postcode_locations WHERE postcode = $1', [
    postcode,
  ]);
  return rows[0] ?? null;
}

/** Sets each site's location from its postcode where the data set has it; gives how many sites changed. */
export async function locateSites(tx: Queryable): Promise<number> {
  const { rowCount } = await tx.query(
    `UPDATE clinic_sites st SET latitude = p.latitude, longitude = p.longitude FROM postcode_locations p
     WHERE p.postcode = st.postcode AND (st.latitude IS DISTINCT FROM p.latitude OR st.longitude IS DISTINCT FROM p.longitude)`,
  );
  return rowCount ?? 0;
}

export type PostcodeFileRow = { fingerprint: string; postcodes: number; skipped: number };

export async function findPostcodeFile(db: Queryable, source: string): Promise<PostcodeFileRow | null> {
  const { rows } = await db.query<PostcodeFileRow>(
    'SELECT fingerprint, postcodes, skipped FROM postcode_files WHERE source = $1',
    [source],
  );
  return rows[0] ?? null;
}

export async function recordPostcodeFile(tx: Queryable, source: string, file: PostcodeFileRow, at: Date) {
  await tx.query(
    `INSERT INTO postcode_files (source, fingerprint, postcodes, skipped, loaded_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (source) DO UPDATE SET fingerprint = excluded.fingerprint, postcodes = excluded.postcodes,
       skipped = excluded.skipped, loaded_at = excluded.loaded_at`,
    [source, file.fingerprint, file.postcodes, file.skipped, at],
  );
}
