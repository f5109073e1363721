import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../server/db/database.ts';

export type Backend = { db: Database; cleanup: () => Promise<void> };

const root = path.resolve(import.meta.dirname, '../..');
/** Where benchmarks keep their embedded databases and other scratch files (git-ignored). */
export const benchDir = path.join(root, '.tmp');
const keep = process.env.BENCH_KEEP === '1';

/** A fresh embedded database under .tmp/bench-<name>-pglite, removed after unless BENCH_KEEP=1. */
export async function pgliteBackend(name: string): Promise<Backend> {
  const dir = path.join(benchDir, `bench-${name}-pglite`);
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.pid`, { force: true });
  const db = await openDatabase({ pgliteDir: dir, poolMax: 4 });
  return {
    db,
    async cleanup() {
      await db.close();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A throwaway database `telederm_<name>_<ts>` on the PostgreSQL server of BENCH_DATABASE_URL (or TEST_DATABASE_URL,
 * else the machine's own at 127.0.0.1:5432 as user postgres), dropped after unless BENCH_KEEP=1; a note saying why
 * when it cannot be reached.
 */
export async function postgresBackend(name: string): Promise<Backend | string> {
  const serverUrl =
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    return `PostgreSQL not reachable at ${serverUrl} (${(error as Error).message}): skipped`;
  }
  const database = `telederm_${name}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const db = await openDatabase({ databaseUrl: url.toString(), pgliteDir: '', poolMax: 4 });
  return {
    db,
    async cleanup() {
      await db.close();
      if (!keep) await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** The backends BENCH_BACKENDS names (pglite,postgres by default), each opened in turn and cleaned up after. */
export async function eachBackend(
  name: string,
  run: (label: 'PGlite' | 'PostgreSQL', db: Database) => Promise<void>,
): Promise<string[]> {
  const wanted = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',').map((s) => s.trim());
  const notes: string[] = [];
  for (const backend of wanted) {
    const opened =
      backend === 'pglite' ? await pgliteBackend(name) : backend === 'postgres' ? await postgresBackend(name) : null;
    if (opened === null) throw new Error(`unknown backend ${backend} (pglite, postgres)`);
    if (typeof opened === 'string') {
      console.log(`\n--- ${opened}`);
      notes.push(opened);
      continue;
    }
    try {
      await run(backend === 'pglite' ? 'PGlite' : 'PostgreSQL', opened.db);
    } finally {
      await opened.cleanup();
    }
  }
  return notes;
}
