import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by
 * default, or a new database on the PostgreSQL server named by
 * TEST_DATABASE_URL, dropped again by `close()`.
 */
export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<Database> {
  const migrated = options.migrate ?? true;
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) {
    const db = await openDatabase({ pgliteDir: 'memory://', poolMax: 5 });
    if (migrated) await migrate(db.pool);
    return db;
  }
  const base = new URL(serverUrl);
  const name = `${base.pathname.slice(1) || 'telederm'}_t${randomBytes(5).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), pgliteDir: 'memory://', poolMax: 5 });
  if (migrated) await migrate(db.pool);
  return {
    ...db,
    async close() {
      await db.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
