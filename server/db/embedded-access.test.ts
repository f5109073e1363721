import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database.ts';
import { migrate } from './migrate.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

/**
 * Issue 11, finding 4: PGlite trusts every connection as superuser, so the embedded database must be reachable only
 * by the operating-system user that runs the service, and the project's own commands reach it through the service.
 */
let dataDir: string;
let db: Database;
let socketPath: string;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'telederm-embedded-'));
  // Open to all, as ./data usually is: what keeps others out must be the socket's own directory and mode.
  await fs.chmod(dataDir, 0o755);
  db = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite'), poolMax: 2 });
  await migrate(db.pool);
  const host = new URL(db.url).hostname;
  socketPath = path.join(decodeURIComponent(host), '.s.PGSQL.5432');
});
afterAll(async () => {
  await db.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('the embedded database', () => {
  it('listens on no TCP port, only on a socket that its owner alone may open', async () => {
    expect(decodeURIComponent(new URL(db.url).hostname)).toMatch(/^\//);
    const socket = await fs.stat(socketPath);
    expect(socket.isSocket()).toBe(true);
    expect(socket.mode & 0o777).toBe(0o600);
    expect((await fs.stat(path.dirname(socketPath))).mode & 0o777).toBe(0o700);
    const lock = await fs.stat(path.join(dataDir, 'pglite.pid'));
    expect(lock.mode & 0o077).toBe(0);
    expect((await db.pool.query('SELECT 1 AS one')).rows[0].one).toBe(1);
  });

  it.skipIf(process.getuid?.() !== 0)('refuses another operating-system user (tried as nobody)', async () => {
    // Runs a client as uid 65534: connecting to the socket must fail on its permissions.
    const script = `require('node:net').connect(${JSON.stringify(socketPath)})
      .on('connect', () => { console.log('connected'); process.exit(0); })
      .on('error', (e) => { console.log(e.code); process.exit(0); });`;
    const { stdout } = await run('setpriv', [
      '--reuid=65534',
      '--regid=65534',
      '--clear-groups',
      process.execPath,
      '-e',
      script,
    ]);
    expect(stdout.trim()).toBe('EACCES');
  });

  it('lets npm run audit:verify and storage:verify run while the service is running, through its socket', async () => {
    await db.pool.query('SELECT 1'); // the service is up and holding the data directory
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
    delete (env as Record<string, string | undefined>)['DATABASE_URL'];
    const audit = await run(process.execPath, [path.join(root, 'scripts/audit-verify.ts')], { env, cwd: root });
    expect(audit.stdout).toMatch(/Audit trail intact/);
    const storage = await run(process.execPath, [path.join(root, 'scripts/storage-verify.ts')], { env, cwd: root });
    expect(storage.stdout).toMatch(/every file has its row/);
  });
});
