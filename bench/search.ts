/**
 * Search benchmark (issue 13 §3): the header's search box as `GET /api/search` answers it (`search()` in one
 * transaction with its audit row) at 100,000 patients, for a GP (their practice's patients) and a consultant (the
 * patients of requests sent to their service), by NHS number, request reference, the start of a family name and a
 * whole name. Beside each, in the same run and on the same rows, the plain query that finds the same thing with no
 * scoping, no requests and no audit row, and their ratio. Goal: p95 under 100 ms.
 *
 *   node bench/search.ts        (or `npm run bench`, which runs every benchmark)
 *
 * Data: the review benchmark's organisations, 80,000 patients and 100,000 requests (bench/lib/review-data-set.ts),
 * and 20,000 more patients with no request; every patient then named from 2,000 family names and 300 given names
 * drawn with a skew like real surnames (the commonest family name about 1% of patients, as Smith is in England).
 *
 * Environment:
 *   BENCH_RUNS=200            timed searches per kind and role (after BENCH_WARMUP=20)
 *   BENCH_BACKENDS=pglite,postgres
 *   BENCH_DATABASE_URL (or TEST_DATABASE_URL; else postgres://postgres@127.0.0.1:5432/postgres)
 *                             a PostgreSQL server on which a throwaway database is made and dropped; skipped with a
 *                             note when it cannot be reached.
 *   BENCH_KEEP=1              keep the seeded databases.
 */
import { mkdirSync } from 'node:fs';
import type pg from 'pg';
import { benchDir, eachBackend } from './lib/backends.ts';
import { machine } from './lib/machine.ts';
import { fmt, line, random, stats, type Stats } from './lib/measure.ts';
import { PATIENTS, PRACTICES, REQUESTS, pick, seedSteps, uuidOf } from './lib/review-data-set.ts';
import { withTransaction, type Database } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import type { Actor } from '../server/http/actor.ts';
import { search } from '../server/modules/search/search.ts';

const runs = Number(process.env.BENCH_RUNS ?? 200);
const warmup = Number(process.env.BENCH_WARMUP ?? 20);
const goalMs = 100;
const ALL_PATIENTS = 100_000;
const FAMILY_NAMES = 2_000;
const GIVEN_NAMES = 300;

// ---------------------------------------------------------------------------------------------------------------
// Seeding

/** A made-up name from syllables: name n of a list, the same every run. */
const syllables = ['ab', 'bel', 'car', 'dun', 'el', 'far', 'gil', 'har', 'ing', 'jor', 'ken', 'lor', 'mor', 'nes'];
const syllableCount = syllables.length;
const nameOf = (
  n: string,
) => `initcap((ARRAY[${syllables.map((s) => `'${s}'`).join(', ')}])[1 + (${n}) % ${syllableCount}]
  || (ARRAY[${syllables.map((s) => `'${s}'`).join(', ')}])[1 + ((${n}) / ${syllableCount}) % ${syllableCount}]
  || (ARRAY[${syllables.map((s) => `'${s}'`).join(', ')}])[1 + ((${n}) / ${syllableCount * syllableCount}) % ${syllableCount}])`;
/**
 * An index in [0, n) skewed towards 0 like surnames: a uniform number to the power 1.65, which gives the first of
 * 2,000 names to about 1% of people.
 */
const skewed = (expr: string, salt: number, n: number) =>
  `floor(${n} * power(${pick(expr, salt, 1_000_000)}::float / 1000000, 1.65))::int`;

/** Patient k's NHS number: nine digits and a valid Modulus 11 check digit (one of two neighbours always has one). */
const validNhsNumbers = `
  UPDATE patients p SET nhs_number = n.number
  FROM (SELECT id, CASE WHEN check_a < 10 THEN a || check_a ELSE b || check_b END AS number
        FROM (SELECT id, a, b,
                     (11 - (SELECT sum(substr(a, i, 1)::int * (11 - i)) FROM generate_series(1, 9) i) % 11) % 11 AS check_a,
                     (11 - (SELECT sum(substr(b, i, 1)::int * (11 - i)) FROM generate_series(1, 9) i) % 11) % 11 AS check_b
              FROM (SELECT id, (400000000 + 2 * (nhs_number::bigint - 9000000000))::text AS a,
                           (400000001 + 2 * (nhs_number::bigint - 9000000000))::text AS b
                    FROM patients) x) y) n
  WHERE n.id = p.id`;

const searchSteps: [string, string][] = [
  [
    `${ALL_PATIENTS - PATIENTS} more patients, without requests`,
    `INSERT INTO patients (id, nhs_number, given_name, family_name, date_of_birth, sex, address, postcode, practice_id,
                           created_at, updated_at)
     SELECT ${uuidOf('pat', 'k')}, (9000000000 + k)::text, 'Given', 'Family', date '1930-01-01' + ${pick('k', 5, 32_000)}::int,
            'female', k || ' Test Street', 'NV1 4DE', ${uuidOf('prac', `1 + (k % ${PRACTICES})`)}, now(), now()
     FROM generate_series(${PATIENTS + 1}, ${ALL_PATIENTS}) k`,
  ],
  [
    `names: ${FAMILY_NAMES} family names and ${GIVEN_NAMES} given names, skewed like surnames`,
    `UPDATE patients SET
       family_name = ${nameOf(skewed('(nhs_number::bigint - 9000000000)', 41, FAMILY_NAMES))},
       given_name = ${nameOf(`7 + ${skewed('(nhs_number::bigint - 9000000000)', 42, GIVEN_NAMES)}`)}`,
  ],
  ['valid NHS numbers (Modulus 11)', validNhsNumbers],
  // References as the service makes them: TD- and six characters.
  ['references of six characters', `UPDATE requests SET reference = 'TD-' || substr(reference, 5)`],
];

async function seed(pool: pg.Pool): Promise<number> {
  const started = performance.now();
  const client = await pool.connect();
  try {
    await client.query('SET session_replication_role = replica');
    // Organisations, patients and requests of the review data set: the search reads nothing else.
    for (const [label, sql] of [...seedSteps.slice(0, 3), ...searchSteps]) {
      const t0 = performance.now();
      await client.query(sql);
      console.log(`  seeded ${label}: ${(performance.now() - t0).toFixed(0)} ms`);
    }
  } finally {
    await client.query('RESET session_replication_role').catch(() => {});
    client.release();
  }
  await pool.query('VACUUM ANALYZE');
  return performance.now() - started;
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring

type Role = 'GP' | 'consultant';
type Kind = 'NHS number' | 'reference' | 'start of a family name' | 'whole name';
const kinds: Kind[] = ['NHS number', 'reference', 'start of a family name', 'whole name'];

/** What one person can find: a sample of the patients and requests they may see. */
type Searcher = {
  role: Role;
  actor: Actor;
  patients: { nhsNumber: string; givenName: string; familyName: string }[];
  references: string[];
};

function actorFor(userId: string, organisationId: string, role: 'referrer' | 'consultant'): Actor {
  return {
    userId,
    sessionId: '00000000-0000-0000-0000-000000000000',
    email: 'bench@bench.example',
    displayName: 'Bench',
    gmcNumber: null,
    professionalRegistration: null,
    memberships: [
      {
        organisationId,
        organisationName: 'Bench',
        kind: role === 'referrer' ? 'gp_practice' : 'dermatology_service',
        roles: [role],
      },
    ],
    clientAddress: '127.0.0.1',
  };
}

async function searchers(pool: pg.Pool): Promise<Searcher[]> {
  const found: Searcher[] = [];
  for (const j of [1, 57, 133]) {
    const practiceId = (await pool.query<{ id: string }>(`SELECT ${uuidOf('prac', '$1::int')} AS id`, [j])).rows[0]!.id;
    const userId = (await pool.query<{ id: string }>(`SELECT ${uuidOf('ref', '$1::int')} AS id`, [j])).rows[0]!.id;
    found.push({
      role: 'GP',
      actor: actorFor(userId, practiceId, 'referrer'),
      ...(await sample(pool, 'p.practice_id = $1', 'r.practice_id = $1', practiceId)),
    });
  }
  for (const i of [2, 7]) {
    const serviceId = (await pool.query<{ id: string }>(`SELECT ${uuidOf('svc', '$1::int')} AS id`, [i])).rows[0]!.id;
    const userId = (await pool.query<{ id: string }>(`SELECT ${uuidOf('cons', '$1::int')} AS id`, [i])).rows[0]!.id;
    found.push({
      role: 'consultant',
      actor: actorFor(userId, serviceId, 'consultant'),
      ...(await sample(
        pool,
        'EXISTS (SELECT 1 FROM requests r WHERE r.patient_id = p.id AND r.service_id = $1)',
        'r.service_id = $1',
        serviceId,
      )),
    });
  }
  return found;
}

async function sample(pool: pg.Pool, patientWhere: string, requestWhere: string, organisationId: string) {
  const { rows: patients } = await pool.query<{ nhsNumber: string; givenName: string; familyName: string }>(
    `SELECT nhs_number AS "nhsNumber", given_name AS "givenName", family_name AS "familyName"
     FROM patients p WHERE ${patientWhere} ORDER BY md5(p.id::text) LIMIT 500`,
    [organisationId],
  );
  const { rows } = await pool.query<{ reference: string }>(
    `SELECT reference FROM requests r WHERE ${requestWhere} AND submitted_at IS NOT NULL
     ORDER BY md5(r.id::text) LIMIT 500`,
    [organisationId],
  );
  return { patients, references: rows.map((r) => r.reference) };
}

/** What is typed in the box for a kind of search, and the plain query that finds the same rows unscoped. */
function query(kind: Kind, searcher: Searcher, next: () => number): { text: string; plain: [string, unknown[]] } {
  const patient = searcher.patients[Math.floor(next() * searcher.patients.length)]!;
  switch (kind) {
    case 'NHS number': {
      const n = patient.nhsNumber;
      return {
        text: `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
        plain: ['SELECT id FROM patients WHERE nhs_number = $1', [n]],
      };
    }
    case 'reference': {
      const reference = searcher.references[Math.floor(next() * searcher.references.length)]!;
      return {
        text: reference.toLowerCase(),
        plain: ['SELECT patient_id FROM requests WHERE reference = $1', [reference]],
      };
    }
    case 'start of a family name': {
      const start = patient.familyName.slice(0, 4).toLowerCase();
      return {
        text: start,
        plain: [`SELECT id FROM patients WHERE lower(family_name) LIKE $1 || '%' LIMIT 21`, [start]],
      };
    }
    case 'whole name':
      return {
        text: `${patient.givenName} ${patient.familyName}`,
        plain: [
          `SELECT id FROM patients WHERE lower(family_name) LIKE $1 || '%' AND lower(given_name) LIKE $2 || '%' LIMIT 21`,
          [patient.familyName.toLowerCase(), patient.givenName.toLowerCase()],
        ],
      };
  }
}

type Measure = { role: Role; kind: Kind; search: Stats; plain: Stats; found: number; tried: number };

async function measure(pool: pg.Pool, all: Searcher[]): Promise<Measure[]> {
  const measures: Measure[] = [];
  for (const role of ['GP', 'consultant'] as const) {
    const ofRole = all.filter((s) => s.role === role);
    for (const kind of kinds) {
      const next = random(20261203 + kinds.indexOf(kind));
      const searchTimes: number[] = [];
      const plainTimes: number[] = [];
      let found = 0;
      for (let i = 0; i < warmup + runs; i++) {
        const searcher = ofRole[i % ofRole.length]!;
        const { text, plain } = query(kind, searcher, next);
        let t0 = performance.now();
        const answer = await withTransaction(pool, (tx) =>
          search(tx, {
            actor: searcher.actor,
            auditActor: { userId: searcher.actor.userId, organisationId: null, label: 'bench', clientAddress: '' },
            at: new Date(),
            text,
          }),
        );
        const searchMs = performance.now() - t0;
        t0 = performance.now();
        await pool.query(plain[0], plain[1]);
        const plainMs = performance.now() - t0;
        if (i < warmup) continue;
        searchTimes.push(searchMs);
        plainTimes.push(plainMs);
        if (answer.patients.length > 0) found++;
      }
      // Every search was of something the searcher may see: finding nothing would mean the benchmark is wrong.
      if (found !== runs) throw new Error(`${role}, ${kind}: ${runs - found} of ${runs} searches found nothing`);
      measures.push({ role, kind, search: stats(searchTimes), plain: stats(plainTimes), found, tried: runs });
      const m = measures.at(-1)!;
      console.log(
        `  ${role}, ${kind}: search p50 ${fmt(m.search.p50)} p95 ${fmt(m.search.p95)} ms; plain p50 ${fmt(m.plain.p50)} p95 ${fmt(m.plain.p95)} ms`,
      );
    }
  }
  return measures;
}

type Result = { backend: string; version: string; seedMs: number; measures: Measure[] };

async function runBackend(name: string, db: Database): Promise<Result> {
  const pool = db.pool;
  const version = (await pool.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v;
  console.log(`\n--- ${name}: ${version}`);
  await migrate(pool);
  console.log(
    `seeding ${ALL_PATIENTS.toLocaleString('en-GB')} patients and ${REQUESTS.toLocaleString('en-GB')} requests …`,
  );
  const seedMs = await seed(pool);
  const { rows } = await pool.query<{ n: number; top: number }>(
    `SELECT count(*)::int AS n, (SELECT count(*)::int FROM patients GROUP BY family_name ORDER BY 1 DESC LIMIT 1) AS top
     FROM patients`,
  );
  console.log(`  ${rows[0]!.n} patients; the commonest family name has ${rows[0]!.top}`);
  return { backend: name, version, seedMs, measures: await measure(pool, await searchers(pool)) };
}

async function main() {
  mkdirSync(benchDir, { recursive: true });
  const started = performance.now();
  const host = machine();
  console.log(
    `Search benchmark: ${ALL_PATIENTS.toLocaleString('en-GB')} patients; ${runs} searches per kind and role (warm-up ${warmup}); ` +
      `CPU ${host.cpu}, nproc ${host.nproc}, memory ${host.memory}, Node ${host.node}, load ${host.load}`,
  );
  const results: Result[] = [];
  const notes = await eachBackend('search', async (label, db) => {
    results.push(await runBackend(label, db));
  });
  console.log('');
  console.log(
    line([
      'backend',
      'who',
      'search by',
      'search p50 / p95',
      'plain query p50 / p95',
      'p95 ratio',
      `p95 < ${goalMs} ms`,
    ]),
  );
  console.log(line(Array<string>(7).fill('---')));
  const missed: string[] = [];
  for (const r of results) {
    for (const m of r.measures) {
      const met = m.search.p95 < goalMs;
      if (!met) missed.push(`${r.backend}, ${m.role}, ${m.kind}`);
      console.log(
        line([
          r.backend,
          m.role,
          m.kind,
          `${fmt(m.search.p50)} / ${fmt(m.search.p95)} ms`,
          `${fmt(m.plain.p50)} / ${fmt(m.plain.p95)} ms`,
          `${(m.search.p95 / m.plain.p95).toFixed(1)}×`,
          met ? 'met' : '**missed**',
        ]),
      );
    }
  }
  console.log('');
  console.log(
    missed.length ? `goal: MISSED for ${missed.join('; ')}` : `goal: every search p95 under ${goalMs} ms: met`,
  );
  for (const n of notes) console.log(`note: ${n}`);
  for (const r of results) console.log(`${r.backend} seeding: ${(r.seedMs / 1000).toFixed(1)} s`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s; load average after: ${machine().load}`);
}

await main();
