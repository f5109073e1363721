/**
 * Starts the real service for the browser tier: fresh data every run, and
 * with TEST_DATABASE_URL a fresh PostgreSQL database (created here, dropped by
 * global-teardown.ts). Playwright's webServer runs this after building the web app.
 */
import fs from 'node:fs';
import pg from 'pg';

const dataDir = process.env['DATA_DIR'];
if (!dataDir) throw new Error('start-server.ts needs DATA_DIR (playwright.config.ts sets it)');
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });
// The service calls process.exit() once it has shut down cleanly; its data goes with it.
process.on('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));

const databaseUrl = process.env['DATABASE_URL'];
const serverUrl = process.env['TEST_DATABASE_URL'];
if (databaseUrl && serverUrl) {
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

await import('../server/main.ts');
