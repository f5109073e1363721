import pg from 'pg';

/** Drops the database start-server.ts created on the TEST_DATABASE_URL server, if there is one. */
export default async function globalTeardown() {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  const name = process.env['TELEDERM_E2E_DATABASE'];
  if (!serverUrl || !name) return;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
