import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { listMigrations, migrate, migrationsApplied } from './migrate.ts';
import { openTestDatabase } from '../testing/test-database.ts';

describe('migrations', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('are numbered, forward-only files applied in order', async () => {
    const migrations = await listMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.version)).toEqual([...migrations.map((m) => m.version)].sort((a, b) => a - b));
    const { rows } = await db.pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(await migrationsApplied(db.pool)).toBe(true);
  });

  it('can be started by several processes at once: the lock makes the others wait and find nothing to do', async () => {
    const fresh = await openTestDatabase({ migrate: false });
    try {
      const results = await Promise.all([migrate(fresh.pool), migrate(fresh.pool), migrate(fresh.pool)]);
      const all = (await listMigrations()).map((m) => m.name);
      expect(results.flatMap((r) => r.applied).sort()).toEqual(all.sort());
      expect(await migrationsApplied(fresh.pool)).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('are not applied again on a second start', async () => {
    expect((await migrate(db.pool)).applied).toEqual([]);
  });

  it('reports not ready while a migration is missing', async () => {
    await db.pool.query('DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)');
    expect(await migrationsApplied(db.pool)).toBe(false);
  });
});
