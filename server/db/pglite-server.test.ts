import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, withTransaction, type Database } from './database.ts';

describe('embedded PGlite over the wire protocol', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ pgliteDir: 'memory://', poolMax: 8 });
    await db.pool.query('CREATE TABLE counter (n integer NOT NULL); INSERT INTO counter VALUES (0)');
  });
  afterAll(() => db.close());

  it('keeps each connection’s extended-protocol batch together: every query gets its own answer', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        db.pool.query<{ n: number; s: string }>('SELECT $1::int AS n, $2::text AS s', [i, `q${i}`]),
      ),
    );
    answers.forEach((answer, i) => expect(answer.rows).toEqual([{ n: i, s: `q${i}` }]));
  });

  it('runs concurrent transactions one after another, so read-modify-write loses nothing', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        withTransaction(db.pool, async (tx) => {
          const { rows } = await tx.query<{ n: number }>('SELECT n FROM counter');
          await new Promise((resolve) => setImmediate(resolve));
          await tx.query('UPDATE counter SET n = $1', [rows[0]!.n + 1]);
        }),
      ),
    );
    expect((await db.pool.query('SELECT n FROM counter')).rows[0].n).toBe(20);
  });

  it('serves transactions and single statements mixed together, each seeing only its own work', async () => {
    // The stock multiplexer of @electric-sql/pglite-socket stalls on this workload.
    await db.pool.query('CREATE TABLE mixed (id integer PRIMARY KEY, v text NOT NULL)');
    const results = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        if (i % 2 === 0) return (await db.pool.query<{ n: number }>('SELECT $1::int AS n', [i])).rows[0]!.n === i;
        return withTransaction(db.pool, async (tx) => {
          await tx.query('INSERT INTO mixed VALUES ($1, $2)', [i, `v${i}`]);
          return (await tx.query<{ v: string }>('SELECT v FROM mixed WHERE id = $1', [i])).rows[0]!.v === `v${i}`;
        });
      }),
    );
    expect(results.every(Boolean)).toBe(true);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM mixed')).rows[0].n).toBe(50);
  });

  it('rolls back a transaction whose client disconnects, and serves the others', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query('BEGIN');
    await client.query('UPDATE counter SET n = -1');
    const waiting = db.pool.query<{ n: number }>('SELECT n FROM counter');
    await client.end();
    expect((await waiting).rows[0]!.n).toBe(20);
  });
});
