import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import type { Tx } from '../../db/database.ts';
import { PostcodeFileError, postcodeColumns, postcodeRow, type PostcodeColumns } from './postcode-file.ts';
import { findPostcodeFile, locateSites, recordPostcodeFile, upsertPostcodeLocations } from './postcodes.repository.ts';
import type { Location } from './slots.ts';

/** Any 64-bit constant will do; it only has to be the same in every process. */
const POSTCODE_LOCK = 7_318_020_416;

/** Rows sent to the database at once: the full ONS file has about 2.7 million. */
const batchSize = 5_000;

export type PostcodeLoad = {
  /** The file, as an absolute path. */
  source: string;
  /** `unchanged`: the same file (size and modification time) was loaded before, so it was not read again. */
  status: 'loaded' | 'unchanged';
  /** Rows that gave a postcode and a location. */
  postcodes: number;
  /** Rows that gave none: a postcode the service refuses, or no usable position. */
  skipped: number;
  /** Sites whose location the load set or moved. */
  sitesLocated: number;
};

/**
 * Loads a postcode data set (see postcode-file.ts for the format) into the table the booking pages find
 * distances from, and sets the location of each site whose postcode it holds. Postcodes already there are
 * kept or moved, never removed, so a smaller file (the demo's) and a full one can both be loaded. Runs in the
 * caller's transaction, under a lock so that two processes starting at once load the file once: readers go
 * on seeing the data set as it was until the load commits. A file already loaded unchanged is skipped.
 */
export async function loadPostcodes(tx: Tx, options: { file: string; at: Date }): Promise<PostcodeLoad> {
  const source = path.resolve(options.file);
  const stat = await fs.stat(source).catch((error: NodeJS.ErrnoException) => {
    throw new PostcodeFileError(`cannot read the postcode file ${source}: ${error.code ?? error.message}`);
  });
  const fingerprint = `${stat.size}:${Math.trunc(stat.mtimeMs)}`;
  await tx.query('SELECT pg_advisory_xact_lock($1)', [POSTCODE_LOCK]);
  const previous = await findPostcodeFile(tx, source);
  if (previous?.fingerprint === fingerprint) {
    return { source, status: 'unchanged', postcodes: previous.postcodes, skipped: previous.skipped, sitesLocated: 0 };
  }

  let postcodes = 0;
  let skipped = 0;
  // Keyed by postcode: one INSERT … ON CONFLICT may not touch a row twice, so a repeat in a batch keeps the last.
  let batch = new Map<string, Location>();
  const flush = async () => {
    await upsertPostcodeLocations(tx, batch);
    batch = new Map();
  };
  let columns: PostcodeColumns | null = null;
  const lines = readline.createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!columns) {
      columns = postcodeColumns(line);
      continue;
    }
    if (line.trim() === '') continue;
    const row = postcodeRow(columns, line);
    if (!row) {
      skipped += 1;
      continue;
    }
    postcodes += 1;
    batch.set(row.postcode, { latitude: row.latitude, longitude: row.longitude });
    if (batch.size >= batchSize) await flush();
  }
  if (!columns) throw new PostcodeFileError(`the postcode file ${source} is empty`);
  await flush();
  const sitesLocated = await locateSites(tx);
  await recordPostcodeFile(tx, source, { fingerprint, postcodes, skipped }, options.at);
  return { source, status: 'loaded', postcodes, skipped, sitesLocated };
}
