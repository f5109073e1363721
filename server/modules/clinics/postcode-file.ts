import { checkPostcode } from '../patients/index.ts';
import type { Location } from './slots.ts';

/**
 * Reading a postcode data set: a CSV file with a header row naming at least the columns `pcds` (the postcode,
 * as "NV1 4DE"), `lat` and `long` (its centre in WGS84 degrees). That is the shape of the ONS Postcode
 * Directory (ONSPD) CSV, published under the Open Government Licence, whose other columns are ignored; the
 * demo's own file (server/seed/demo-postcodes.csv) has just those three. docs/clinics.md describes the format.
 */

export class PostcodeFileError extends Error {
  override name = 'PostcodeFileError';
}

/** Where the three columns that matter are in the file's rows. */
export type PostcodeColumns = { postcode: number; latitude: number; longitude: number };

/**
 * The fields of one CSV line: comma-separated, each optionally in double quotes, a doubled quote inside quotes
 * being one quote (RFC 4180). The ONS files quote their text fields and hold no line breaks inside fields.
 */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}

/** The columns of `pcds`, `lat` and `long` in the header row (any case, any order, a byte-order mark ignored). */
export function postcodeColumns(header: string): PostcodeColumns {
  const names = csvFields(header.replace(/^\uFEFF/, '')).map((name) => name.trim().toLowerCase());
  const columns = { postcode: names.indexOf('pcds'), latitude: names.indexOf('lat'), longitude: names.indexOf('long') };
  const missing = Object.entries({ pcds: columns.postcode, lat: columns.latitude, long: columns.longitude })
    .filter(([, index]) => index < 0)
    .map(([name]) => name);
  if (missing.length) {
    throw new PostcodeFileError(
      `the postcode file's first row has no ${missing.join(', ')} column: expected the ONS Postcode Directory CSV, ` +
        'or a CSV with the columns pcds, lat and long',
    );
  }
  return columns;
}

/**
 * A postcode and its location from one data row, or null for a row that gives none: a postcode the service's
 * check refuses (no patient or site can have it), or no usable position. The ONS Postcode Directory gives
 * postcodes without a grid reference latitude 99.999999 and longitude 0; those are refused by the range check.
 */
export function postcodeRow(columns: PostcodeColumns, line: string): ({ postcode: string } & Location) | null {
  const fields = csvFields(line);
  const postcode = checkPostcode(fields[columns.postcode] ?? '');
  const [latitude, longitude] = [fields[columns.latitude], fields[columns.longitude]].map((field) =>
    field === undefined || field.trim() === '' ? Number.NaN : Number(field),
  ) as [number, number];
  if (!postcode.ok) return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { postcode: postcode.value, latitude, longitude };
}
