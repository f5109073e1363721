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
};

/**
 * Opens the database the service runs on. Both modes are reached through the
 * same `pg` driver and SQL dialect: the embedded PGlite is served over the
 * Postgres wire protocol on a loopback port that only this process knows.
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = createPool(options.databaseUrl, options.poolMax);
    return { pool, url: options.databaseUrl, embedded: false, close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { servePGlite } = await import('./pglite-server.ts');
  const releaseLock = options.pgliteDir === 'memory://' ? async () => {} : await lockDataDir(options.pgliteDir);
  const lite = await PGlite.create(options.pgliteDir);
  const server = await servePGlite(lite);
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
      await releaseLock();
    },
  };
}

/**
 * PGlite's files may be opened by one process only. A second `npm start` (or
 * a command such as audit:verify) on the same data directory stops here
 * with a message instead of corrupting the database.
 */
async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  await fs.mkdir(path.dirname(dir), { recursive: true });
  const lockFile = `${dir}.pid`;
  const holder = Number(await fs.readFile(lockFile, 'utf8').catch(() => ''));
  if (holder && holder !== process.pid && isRunning(holder)) {
    throw new Error(
      `The embedded database in ${dir} is in use by process ${holder}. Stop that process first, ` +
        'or run against a PostgreSQL server with DATABASE_URL.',
    );
  }
  await fs.writeFile(lockFile, String(process.pid));
  return () => fs.rm(lockFile, { force: true });
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
