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

  it('0008 gives each practice its own record of a patient another practice had taken over', async () => {
    const fresh = await openTestDatabase({ migrate: false });
    try {
      const before = (await listMigrations()).filter((m) => m.version < 8);
      await fresh.pool.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL)');
      for (const migration of before) {
        await fresh.pool.query(migration.sql);
        await fresh.pool.query('INSERT INTO schema_migrations VALUES ($1, $2)', [migration.version, migration.name]);
      }
      const org = async (kind: string, ods: string) =>
        (
          await fresh.pool.query('INSERT INTO organisations (kind, name, ods_code) VALUES ($1, $2, $2) RETURNING id', [
            kind,
            ods,
          ])
        ).rows[0].id;
      const [service, first, taker] = [
        await org('dermatology_service', 'SVC1'),
        await org('gp_practice', 'GPA'),
        await org('gp_practice', 'GPB'),
      ];
      const user = (
        await fresh.pool.query(
          "INSERT INTO users (email, display_name, password_hash) VALUES ('r@x', 'R', 'x') RETURNING id",
        )
      ).rows[0].id;
      // One shared record, last "moved" to the taker, and a request of each practice pointing at it.
      const patient = (
        await fresh.pool.query(
          `INSERT INTO patients (nhs_number, given_name, family_name, date_of_birth, sex, email, postcode, registered_practice_id, created_at, updated_at)
         VALUES ('9434765919', 'Ada', 'Lovelace', '1970-05-17', 'female', 'taker@example.com', 'NV1 4DE', $1, now(), now()) RETURNING id`,
          [taker],
        )
      ).rows[0].id;
      const request = async (reference: string, practice: string) =>
        (
          await fresh.pool.query(
            `INSERT INTO requests (reference, kind, state, patient_id, practice_id, service_id, referrer_id, created_at, updated_at)
           VALUES ($1, 'referral', 'submitted', $2, $3, $4, $5, now(), now()) RETURNING id`,
            [reference, patient, practice, service, user],
          )
        ).rows[0].id;
      const firstRequest = await request('TD-AAAAAA', first);
      const takerRequest = await request('TD-BBBBBB', taker);

      expect((await migrate(fresh.pool)).applied[0]).toBe('0008_patient_per_practice');
      const records = await fresh.pool.query(
        `SELECT r.id AS request, p.practice_id AS practice, p.nhs_number AS nhs FROM requests r JOIN patients p ON p.id = r.patient_id`,
      );
      const byRequest = new Map(records.rows.map((row) => [row.request, row]));
      expect(byRequest.get(firstRequest)).toMatchObject({ practice: first, nhs: '9434765919' });
      expect(byRequest.get(takerRequest)).toMatchObject({ practice: taker, nhs: '9434765919' });
      expect((await fresh.pool.query('SELECT count(*)::int AS n FROM patients')).rows[0].n).toBe(2);
    } finally {
      await fresh.close();
    }
  });

  it('reports not ready while a migration is missing', async () => {
    await db.pool.query('DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)');
    expect(await migrationsApplied(db.pool)).toBe(false);
  });
});
