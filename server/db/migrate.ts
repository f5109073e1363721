import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { withTransaction } from './database.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Any 64-bit constant will do; it only has to be the same in every process. */
const MIGRATION_LOCK = 7_318_020_401;

export type Migration = { version: number; name: string; sql: string };

export async function listMigrations(): Promise<Migration[]> {
  const files = (await fs.readdir(migrationsDir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => ({
      version: Number(file.slice(0, 4)),
      name: file.replace(/\.sql$/, ''),
      sql: await fs.readFile(path.join(migrationsDir, file), 'utf8'),
    })),
  );
}

/**
 * Applies every migration not yet applied, in order, in one transaction held
 * under an advisory lock: a second process starting at the same moment waits,
 * then finds nothing left to do. Forward-only: there are no down migrations.
 */
export async function migrate(pool: pg.Pool): Promise<{ applied: string[] }> {
  const migrations = await listMigrations();
  return withTransaction(pool, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
    );
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.query(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.name);
    }
    return { applied };
  });
}

/** True when the database answers and every migration this build knows is applied. */
export async function migrationsApplied(pool: pg.Pool): Promise<boolean> {
  const latest = (await listMigrations()).at(-1)?.version ?? 0;
  const table = await pool.query<{ exists: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS exists");
  if (!table.rows[0]?.exists) return false;
  const { rows } = await pool.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM schema_migrations',
  );
  return (rows[0]?.version ?? -1) >= latest;
}
