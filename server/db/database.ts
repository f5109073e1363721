import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

/** A connection or a transaction: what every repository function takes. */
export type Queryable = pg.Pool | pg.PoolClient;
export type Tx = pg.PoolClient;

export type Database = {
  pool: pg.Pool;
  /** The connection string the pool (and the job queue) use. */
  url: string;
  /** True when the database is the embedded PGlite in this process. */
  embedded: boolean;
  close(): Promise<void>;
};

// timestamptz and date come back as Date and string respectively; bigint counts as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

type OpenOptions = {
  /** A PostgreSQL server. When absent, PGlite is started with its data in `pgliteDir`. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `memory://` for a throwaway database. */
  pgliteDir: string;
  poolMax: number;
  /**
   * For the project's own commands (audit:verify, storage:verify): when the embedded database is in use by a running
   * service, connect to it through its owner-only socket instead of refusing.
   */
  joinRunningService?: boolean;
};

/**
 * Opens the database the service runs on. Both modes are reached through the
 * same `pg` driver and SQL dialect: the embedded PGlite is served over the
 * Postgres wire protocol on a Unix socket that only this operating-system user
 * can open (see servePGlite).
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = createPool(options.databaseUrl, options.poolMax);
    return { pool, url: options.databaseUrl, embedded: false, close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { servePGlite } = await import('./pglite-server.ts');
  const memory = options.pgliteDir === 'memory://';
  if (!memory && options.joinRunningService) {
    const running = await runningService(options.pgliteDir);
    if (running?.url) {
      const pool = createPool(running.url, options.poolMax);
      return { pool, url: running.url, embedded: true, close: () => pool.end() };
    }
  }
  const lock = memory ? null : await lockDataDir(options.pgliteDir);
  const lite = await PGlite.create(options.pgliteDir);
  const server = await servePGlite(lite, memory ? {} : { socketDir: `${options.pgliteDir}.socket` });
  await lock?.announce(server.url);
  const url = server.url;
  const pool = createPool(url, options.poolMax);
  return {
    pool,
    url,
    embedded: true,
    async close() {
      await pool.end();
      await server.stop();
      await lite.close();
      await lock?.release();
    },
  };
}

/** What the lock file beside the embedded database says: who holds it, and where it can be reached. */
type LockHolder = { pid: number; url?: string };

async function runningService(dir: string): Promise<LockHolder | null> {
  const text = await fs.readFile(`${dir}.pid`, 'utf8').catch(() => '');
  let holder: LockHolder;
  try {
    // An older service wrote the bare pid.
    holder = /^\d+$/.test(text.trim()) ? { pid: Number(text) } : (JSON.parse(text) as LockHolder);
  } catch {
    return null; // empty, or cut short by a crash: nobody is announced
  }
  return holder && holder.pid !== process.pid && isRunning(holder.pid) ? holder : null;
}

/**
 * PGlite's files may be opened by one process only. A second `npm start` on
 * the same data directory stops here with a message instead of corrupting the
 * database; the project's own commands join the running one instead.
 */
async function lockDataDir(dir: string) {
  await fs.mkdir(path.dirname(dir), { recursive: true });
  const lockFile = `${dir}.pid`;
  const holder = await runningService(dir);
  if (holder) {
    throw new Error(
      `The embedded database in ${dir} is in use by process ${holder.pid}. Stop that process first, ` +
        'or run against a PostgreSQL server with DATABASE_URL.',
    );
  }
  const write = (content: LockHolder) => fs.writeFile(lockFile, JSON.stringify(content), { mode: 0o600 });
  await write({ pid: process.pid });
  return {
    /** Tells the project's own commands where the running service's database is. */
    announce: (url: string) => write({ pid: process.pid, url }),
    release: () => fs.rm(lockFile, { force: true }),
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function createPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'telederm',
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return pool;
}

/**
 * Runs `work` in one transaction: committed if it returns, rolled back if it throws.
 * Inside `work`, use only `tx`, never the pool: on PGlite there is one backend,
 * and a second connection's query waits for this transaction to end.
 */
export async function withTransaction<T>(pool: pg.Pool, work: (tx: Tx) => Promise<T>): Promise<T> {
  const tx = await pool.connect();
  try {
    await tx.query('BEGIN');
    const result = await work(tx);
    await tx.query('COMMIT');
    return result;
  } catch (error) {
    await tx.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    tx.release();
  }
}
