/**
 * Consultant review benchmark (issue 5): the worklist query and the case-open query on 100,000 cases and
 * 400,000 images, on PGlite and on PostgreSQL, first with the schema's indexes and then, in the same run on the
 * same data, with the indexes that support these queries dropped.
 *
 *   npm run bench:review
 *
 * Environment:
 *   BENCH_RUNS=300            timed runs per query (after a warm-up of BENCH_WARMUP=30)
 *   BENCH_SLOW_BUDGET_MS=10000 wall-clock budget per query once the indexes are dropped (at least one run; no
 *                             warm-up, as one worklist then takes seconds)
 *   BENCH_BACKENDS=pglite,postgres
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres
 *                             a PostgreSQL server on which a throwaway database `telederm_bench_<ts>` is created
 *                             (and dropped at the end); skipped with a note when unreachable.
 *   BENCH_EXTRA_SQL='CREATE INDEX …; …'
 *                             run after seeding, before measuring, to try an index or setting: the results then
 *                             describe the schema plus this SQL.
 *   BENCH_KEEP=1              keep the seeded databases (PostgreSQL database, PGlite directory) for a look afterwards.
 *
 * What is timed is what the HTTP routes do, through the same `pg` pool and wire protocol (PGlite is served on
 * loopback exactly as in `openDatabase`): the worklist is `listWorklist` in one transaction (worklist, counts per
 * state, an audit row); opening a case is `getRequest` in one transaction (the GET /api/requests/:id route) then
 * the photograph list in another (GET /api/requests/:id/images: visibility check, audit row, `listImagesOfRequest`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { machine } from './lib/machine.ts';
import { withTransaction, type Database, type Tx } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import type { Actor } from '../server/http/actor.ts';
import { appendAuditEvent, type AuditActor } from '../server/modules/audit/audit.repository.ts';
import { requestShowingImages } from '../server/modules/images/images.policy.ts';
import { listImagesOfRequest } from '../server/modules/images/images.repository.ts';
import { getRequest } from '../server/modules/case-view/get-request.ts';
import { listWorklist } from '../server/modules/review/list-worklist.ts';
import { benchDir, eachBackend } from './lib/backends.ts';
import { random } from './lib/measure.ts';
import { IMAGES_PER_REQUEST, REQUESTS, bulkLoad, seededTables, seedSteps } from './lib/review-data-set.ts';

const outDir = benchDir;
const runs = Number(process.env.BENCH_RUNS ?? 300);
const warmup = Number(process.env.BENCH_WARMUP ?? 30);
const slowBudgetMs = Number(process.env.BENCH_SLOW_BUDGET_MS ?? 10_000);
const extraSql = process.env.BENCH_EXTRA_SQL ?? '';
const goalMs = 20;

const CLAIM_MINUTES = 30;

/**
 * The indexes dropped for the "without" measurements: every index other than a primary key that either query
 * can use, in the bench database only. The unique ones on images and lesions go too (lesions' with ALTER TABLE …
 * DROP CONSTRAINT) because each leads with request_id and would otherwise stand in for the index dropped beside it.
 */
const supportingIndexes: { name: string; table?: string; serves: string }[] = [
  { name: 'requests_worklist', serves: 'worklist (service, state, urgency, due date)' },
  { name: 'requests_service_state', serves: 'worklist, counts per state' },
  { name: 'requests_patient', serves: 'case: earlier requests of the patient' },
  { name: 'images_request', serves: 'worklist image count and first image; case: photographs' },
  { name: 'images_request_sha256', serves: 'unique (request_id, sha256) of photographs not removed (partial)' },
  { name: 'lesions_request_id_position_key', table: 'lesions', serves: 'worklist lesion count; case: lesions' },
  { name: 'messages_request', serves: 'case: conversation' },
  { name: 'request_transitions_request', serves: 'case: timeline' },
  { name: 'outcomes_request', serves: 'case: outcomes' },
  { name: 'outcomes_one_per_request', serves: 'case: diagnosis of earlier requests (unique partial index)' },
  { name: 'letters_request', serves: 'case: letters' },
  { name: 'consents_request', serves: 'case: current consent' },
  { name: 'patient_links_request', serves: 'case: latest patient link' },
];

/** One timed run: its total, its parts (the two HTTP requests of a case open), and time per statement label. */
type Sample = { total: number; parts: number[]; statements?: Map<string, number> };
type Stats = {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  parts: { p50: number; p95: number }[];
  /** Per statement label (summed within a run): p50 and p95 over the runs, largest p50 first. */
  statements: { label: string; p50: number; p95: number }[];
};
type Phase = 'with' | 'without';
type BackendResult = {
  backend: string;
  version: string;
  seedMs: number;
  seedSteps: [string, number][];
  sizes: Record<string, string>;
  worklistRows: number;
  stats: Record<Phase, { worklist: Stats; caseOpen: Stats }>;
  plans: Record<Phase, Plan[]>;
};

/**
 * Bulk load, as one would restore a dump: on one connection, with foreign-key triggers off for the session
 * (`session_replication_role = replica`; CHECK, NOT NULL, primary keys and unique constraints still apply) and the
 * plain indexes dropped and built again afterwards from their own definitions. Nothing outlives the load; the
 * foreign keys are then checked with anti-joins.
 */
async function seed(pool: pg.Pool): Promise<{ total: number; steps: [string, number][] }> {
  const steps: [string, number][] = [];
  const started = performance.now();
  const report = (label: string, ms: number) => {
    steps.push([label, ms]);
    console.log(`  ${label}: ${ms.toFixed(0)} ms`);
  };
  const step = async (label: string, work: () => Promise<unknown>) => {
    const t0 = performance.now();
    await work();
    report(label, performance.now() - t0);
  };
  await bulkLoad(pool, seededTables, seedSteps, report);
  await step('checked foreign keys', async () => {
    const { rows } = await pool.query<{ broken: number }>(
      `SELECT (SELECT count(*) FROM images i LEFT JOIN lesions l ON l.id = i.lesion_id AND l.request_id = i.request_id
               WHERE l.id IS NULL)
            + (SELECT count(*) FROM lesions l LEFT JOIN requests r ON r.id = l.request_id WHERE r.id IS NULL)
            + (SELECT count(*) FROM requests r LEFT JOIN patients p ON p.id = r.patient_id
                 LEFT JOIN organisation_links k ON k.service_id = r.service_id AND k.organisation_id = r.practice_id
               WHERE p.id IS NULL OR k.service_id IS NULL) AS broken`,
    );
    if (rows[0]!.broken !== 0) throw new Error(`seeding left ${rows[0]!.broken} rows without their parent`);
  });
  // The pages are as a long-running database's would be: hint bits set, visibility map current, statistics fresh.
  await step('VACUUM ANALYZE', () => pool.query('VACUUM ANALYZE'));
  return { total: performance.now() - started, steps };
}

// ---------------------------------------------------------------------------------------------------------------
// Who asks, and for what.

type Consultant = { actor: Actor; auditActor: AuditActor; openRequestIds: string[] };

async function consultants(pool: pg.Pool): Promise<Consultant[]> {
  const { rows } = await pool.query<{
    userId: string;
    email: string;
    displayName: string;
    gmcNumber: string;
    serviceId: string;
    serviceName: string;
    openIds: string[];
  }>(
    `SELECT u.id AS "userId", u.email, u.display_name AS "displayName", u.gmc_number AS "gmcNumber",
            o.id AS "serviceId", o.name AS "serviceName",
            (SELECT array_agg(r.id ORDER BY r.id) FROM requests r WHERE r.service_id = o.id
               AND r.state IN ('ready_for_review', 'in_review', 'information_requested', 'awaiting_images')) AS "openIds"
     FROM users u JOIN memberships m ON m.user_id = u.id JOIN organisations o ON o.id = m.organisation_id
     WHERE 'consultant' = ANY (m.roles) ORDER BY u.email`,
  );
  return rows.map((row) => ({
    actor: {
      userId: row.userId,
      sessionId: '00000000-0000-4000-8000-000000000000',
      email: row.email,
      displayName: row.displayName,
      gmcNumber: row.gmcNumber,
      professionalRegistration: null,
      memberships: [
        {
          organisationId: row.serviceId,
          organisationName: row.serviceName,
          kind: 'dermatology_service',
          roles: ['consultant'],
        },
      ],
      clientAddress: '127.0.0.1',
    },
    auditActor: {
      userId: row.userId,
      organisationId: row.serviceId,
      label: row.displayName,
      clientAddress: '127.0.0.1',
    },
    openRequestIds: row.openIds,
  }));
}

const choose = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

// ---------------------------------------------------------------------------------------------------------------
// The two operations, as the routes run them.

async function openWorklist(pool: pg.Pool, who: Consultant): Promise<number> {
  const result = await withTransaction(pool, (tx) =>
    listWorklist(tx, {
      actor: who.actor,
      auditActor: who.auditActor,
      at: new Date(),
      claimMinutes: CLAIM_MINUTES,
      filter: { limit: 100 },
    }),
  );
  return result.cases.length;
}

/** GET /api/requests/:id then GET /api/requests/:id/images; returns the time of each. */
async function openCase(pool: pg.Pool, who: Consultant, requestId: string, query?: Tx): Promise<number[]> {
  const t0 = performance.now();
  const detail = query
    ? await getRequest(query, { actor: who.actor, auditActor: who.auditActor, at: new Date(), requestId })
    : await withTransaction(pool, (tx) =>
        getRequest(tx, { actor: who.actor, auditActor: who.auditActor, at: new Date(), requestId }),
      );
  if (!detail) throw new Error(`request ${requestId} not visible to ${who.actor.email}`);
  const t1 = performance.now();
  const listImages = async (tx: Tx) => {
    const found = await requestShowingImages(tx, who.actor, requestId);
    if (!found) return null;
    await appendAuditEvent(tx, who.auditActor, new Date(), {
      action: 'image.listed',
      recordType: 'request',
      recordId: requestId,
      patientId: found.patientId,
    });
    return listImagesOfRequest(tx, requestId);
  };
  const images = query ? await listImages(query) : await withTransaction(pool, listImages);
  if (!images || images.length !== IMAGES_PER_REQUEST) throw new Error(`request ${requestId}: images missing`);
  return [t1 - t0, performance.now() - t1];
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring.

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function summarise(samples: Sample[]): Stats {
  const labels = [...new Set(samples.flatMap((s) => [...(s.statements?.keys() ?? [])]))];
  const totals = samples.map((s) => s.total).sort((a, b) => a - b);
  const partCount = samples[0]?.parts.length ?? 0;
  return {
    n: samples.length,
    p50: percentile(totals, 50),
    p95: percentile(totals, 95),
    p99: percentile(totals, 99),
    mean: totals.reduce((a, b) => a + b, 0) / totals.length,
    parts: Array.from({ length: partCount }, (_, i) => {
      const part = samples.map((s) => s.parts[i]!).sort((a, b) => a - b);
      return { p50: percentile(part, 50), p95: percentile(part, 95) };
    }),
    statements: labels
      .map((label) => {
        const times = samples.map((s) => s.statements?.get(label) ?? 0).sort((a, b) => a - b);
        return { label, p50: percentile(times, 50), p95: percentile(times, 95) };
      })
      .sort((a, b) => b.p50 - a.p50),
  };
}

async function measure(
  label: string,
  once: () => Promise<number[]>,
  options: { runs: number; warmup: number; budgetMs: number },
): Promise<Stats> {
  for (let i = 0; i < options.warmup; i++) await once();
  const samples: Sample[] = [];
  const started = performance.now();
  while (samples.length < options.runs) {
    const statements = new Map<string, number>();
    statementTimes = statements;
    const t0 = performance.now();
    const parts = await once();
    samples.push({ total: performance.now() - t0, parts, statements });
    statementTimes = null;
    if (performance.now() - started > options.budgetMs) break;
  }
  const stats = summarise(samples);
  console.log(
    `  ${label}: n=${stats.n} p50 ${fmt(stats.p50)} p95 ${fmt(stats.p95)} p99 ${fmt(stats.p99)} ms` +
      (stats.n < options.runs ? ` (stopped at the ${options.budgetMs / 1000} s budget)` : ''),
  );
  return stats;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

// ---------------------------------------------------------------------------------------------------------------
// EXPLAIN: the statements are captured from the real functions (a recording wrapper around the transaction),
// so the plans are of exactly the SQL and parameters the application sends.

type Statement = { text: string; values: unknown[] };
type Plan = { label: string; sql: string; plan: string; ms: number | null };

function recording(tx: Tx, into: Statement[]): Tx {
  return new Proxy(tx, {
    get(target, property) {
      if (property === 'query') {
        return (text: unknown, values?: unknown[]) => {
          if (typeof text === 'string') into.push({ text, values: values ?? [] });
          return (target.query as (t: unknown, v?: unknown[]) => Promise<unknown>)(text, values);
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Where the timed pool adds each statement's round trip during a measured run (null: not measuring). */
let statementTimes: Map<string, number> | null = null;

function timedClient(client: pg.PoolClient): pg.PoolClient {
  return new Proxy(client, {
    get(target, property) {
      if (property === 'query') {
        return async (text: unknown, values?: unknown[]) => {
          const t0 = performance.now();
          try {
            return await (target.query as (t: unknown, v?: unknown[]) => Promise<unknown>)(text, values);
          } finally {
            const times = statementTimes;
            if (times && typeof text === 'string') {
              const label = labelOf(text);
              times.set(label, (times.get(label) ?? 0) + performance.now() - t0);
            }
          }
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The pool as the application uses it, with every statement's round trip (BEGIN and COMMIT included) timed. */
function timedPool(pool: pg.Pool): pg.Pool {
  return new Proxy(pool, {
    get(target, property) {
      if (property === 'connect') return async () => timedClient(await target.connect());
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const statementLabels: [RegExp, string][] = [
  [/^BEGIN$/, 'BEGIN'],
  [/^COMMIT$/, 'COMMIT'],
  [/INSERT INTO audit_events/, 'audit row (INSERT, hash-chain trigger)'],
  [
    /FROM (requests r\s+JOIN patients p|\(SELECT r\.id)[\s\S]*AND r\.state IN \('ready_for_review', 'in_review'\)/,
    'worklist',
  ],
  [/FROM requests WHERE service_id = ANY\(\$1\) AND state <> 'draft' GROUP BY state/, 'worklist: counts per state'],
  [/FROM requests r WHERE \(r\.practice_id = ANY\(\$1\)/, 'case: request lookup (findVisibleRequest)'],
  [/FROM patients p, organisations pr/, 'case: patient, practice, service, referrer names'],
  [/FROM lesions WHERE request_id/, 'case: lesions'],
  [/FROM consents c/, 'case: current consent'],
  [/FROM messages WHERE/, 'case: messages'],
  [/FROM request_transitions WHERE/, 'case: transitions'],
  [/FROM outcomes WHERE request_id/, 'case: outcomes'],
  [/FROM letters WHERE request_id/, 'case: letters'],
  [/FROM requests r\s+WHERE r\.patient_id/, 'case: earlier requests'],
  [/FROM requests r LEFT JOIN users u ON u\.id = r\.claimed_by WHERE r\.id/, 'case: claim'],
  [/FROM images i JOIN lesions l/, 'case: photographs (listImagesOfRequest)'],
  [/FROM patient_links l WHERE l\.request_id/, 'case: latest patient link'],
  [/FROM questionnaires WHERE request_id/, 'case: questionnaire'],
];
/** A statement's name in the tables: known ones by pattern, others by their first table. */
const labelOf = (text: string) =>
  statementLabels.find(([pattern]) => pattern.test(text))?.[1] ??
  `${/^\s*(\w+)/.exec(text)?.[1] ?? ''} … FROM ${/FROM\s+(\w+)/i.exec(text)?.[1] ?? '?'}`;

/** The statements one worklist and one case open send, in order, captured in a transaction that is rolled back. */
async function captureStatements(pool: pg.Pool, who: Consultant, requestId: string | null): Promise<Statement[]> {
  const statements: Statement[] = [];
  const tx = await pool.connect();
  try {
    await tx.query('BEGIN');
    const recorder = recording(tx, statements);
    await listWorklist(recorder, {
      actor: who.actor,
      auditActor: who.auditActor,
      at: new Date(),
      claimMinutes: CLAIM_MINUTES,
      filter: { limit: 100 },
    });
    if (requestId) await openCase(pool, who, requestId, recorder);
  } finally {
    await tx.query('ROLLBACK').catch(() => {});
    tx.release();
  }
  return statements;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each distinct SELECT, in a transaction that is rolled back. `analyze(label)` false
 * gives the plan alone, for a statement known to take seconds.
 */
async function explainStatements(
  pool: pg.Pool,
  statements: Statement[],
  options: { analyze?: (label: string) => boolean } = {},
): Promise<Plan[]> {
  const plans: Plan[] = [];
  const tx = await pool.connect();
  try {
    await tx.query('BEGIN');
    let buffers = true;
    const seen = new Set<string>();
    for (const statement of statements) {
      if (!/^\s*SELECT/i.test(statement.text) || seen.has(statement.text)) continue;
      seen.add(statement.text);
      const label = labelOf(statement.text);
      const explain = async (explainOptions: string) => {
        await tx.query('SAVEPOINT explain');
        try {
          const result = await tx.query<{ 'QUERY PLAN': string }>(
            `EXPLAIN (${explainOptions}) ${statement.text}`,
            statement.values,
          );
          await tx.query('RELEASE SAVEPOINT explain');
          return result.rows.map((row) => row['QUERY PLAN']).join('\n');
        } catch (error) {
          await tx.query('ROLLBACK TO SAVEPOINT explain');
          throw error;
        }
      };
      let plan: string;
      if (options.analyze && !options.analyze(label)) {
        plan = `(EXPLAIN without ANALYZE: one run takes seconds; its time is measured above)\n${await explain('COSTS')}`;
      } else {
        try {
          plan = await explain(buffers ? 'ANALYZE, BUFFERS' : 'ANALYZE');
        } catch {
          buffers = false;
          plan = await explain('ANALYZE');
        }
      }
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
      plans.push({ label, sql: statement.text, plan, ms: Number.isNaN(ms) ? null : ms });
    }
  } finally {
    await tx.query('ROLLBACK').catch(() => {});
    tx.release();
  }
  return plans;
}

// ---------------------------------------------------------------------------------------------------------------

async function dropSupportingIndexes(pool: pg.Pool) {
  for (const index of supportingIndexes) {
    await pool.query(
      index.table ? `ALTER TABLE ${index.table} DROP CONSTRAINT ${index.name}` : `DROP INDEX ${index.name}`,
    );
  }
  await pool.query('ANALYZE');
}

async function sizes(pool: pg.Pool): Promise<Record<string, string>> {
  const { rows } = await pool.query<{ name: string; rows: number; size: string }>(
    `SELECT c.relname AS name, c.reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(c.oid)) AS size
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r'
       AND c.relname IN ('requests', 'images', 'lesions', 'patients', 'consents', 'request_transitions', 'messages',
                         'outcomes', 'letters')
     ORDER BY pg_total_relation_size(c.oid) DESC`,
  );
  const total = await pool.query<{ size: string }>(
    'SELECT pg_size_pretty(pg_database_size(current_database())) AS size',
  );
  return {
    ...Object.fromEntries(rows.map((r) => [r.name, `${r.rows.toLocaleString('en-GB')} rows, ${r.size}`])),
    database: total.rows[0]!.size,
  };
}

async function runBackend(name: string, db: Database): Promise<BackendResult> {
  const pool = timedPool(db.pool);
  const version = (await pool.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v;
  console.log(`\n--- ${name}: ${version}`);
  await migrate(pool);
  console.log(
    `seeding ${REQUESTS.toLocaleString('en-GB')} requests, ${(REQUESTS * IMAGES_PER_REQUEST).toLocaleString('en-GB')} images …`,
  );
  const seeded = await seed(pool);
  console.log(`  seeding took ${(seeded.total / 1000).toFixed(1)} s`);
  if (extraSql) {
    console.log(`  BENCH_EXTRA_SQL: ${extraSql}`);
    await pool.query(extraSql);
    await pool.query('ANALYZE');
  }
  const tableSizes = await sizes(pool);
  const people = await consultants(pool);
  const worklistRows = await openWorklist(pool, people[0]!);
  // One consultant's worklist and one of their open cases, as the plans' example (the same in both phases).
  const example = people[0]!;
  const statements = await captureStatements(pool, example, example.openRequestIds[0] ?? null);

  const result: BackendResult = {
    backend: name,
    version,
    seedMs: seeded.total,
    seedSteps: seeded.steps,
    sizes: tableSizes,
    worklistRows,
    stats: {} as BackendResult['stats'],
    plans: {} as BackendResult['plans'],
  };
  for (const phase of ['with', 'without'] as const) {
    if (phase === 'without') {
      console.log(`dropping ${supportingIndexes.map((i) => i.name).join(', ')}; ANALYZE`);
      await dropSupportingIndexes(pool);
    }
    console.log(`${phase} supporting indexes:`);
    const next = random(20261121);
    const budget = phase === 'with' ? Infinity : slowBudgetMs;
    const worklist = await measure(
      'worklist',
      async () => {
        if ((await openWorklist(pool, choose(next, people))) === 0) throw new Error('empty worklist');
        return [];
      },
      { runs, warmup: phase === 'with' ? warmup : 0, budgetMs: budget },
    );
    const caseOpen = await measure(
      'case open',
      () => {
        const who = choose(next, people);
        return openCase(pool, who, choose(next, who.openRequestIds));
      },
      { runs, warmup: phase === 'with' ? warmup : 0, budgetMs: budget },
    );
    result.stats[phase] = { worklist, caseOpen };
    result.plans[phase] = await explainStatements(pool, statements, {
      analyze: (label) =>
        !(label.startsWith('worklist') && label !== 'worklist: counts per state' && worklist.p50 > 2000),
    });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------

const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
const header = (cells: string[]) => [line(cells), line(cells.map(() => '---'))];
const queries = [
  ['worklist', 'worklist'],
  ['case open', 'caseOpen'],
] as const;

function report(results: BackendResult[]): string[] {
  const out: string[] = [];
  out.push(
    ...header([
      'backend',
      'query',
      'with indexes p50 / p95 / p99 (n)',
      'without p50 / p95 / p99 (n)',
      'p95 ratio',
      'p95 < 20 ms',
    ]),
  );
  const goals: string[] = [];
  for (const r of results) {
    for (const [query, key] of queries) {
      const w = r.stats.with[key];
      const wo = r.stats.without[key];
      const met = w.p95 < goalMs;
      out.push(
        line([
          r.backend,
          query,
          `${fmt(w.p50)} / ${fmt(w.p95)} / ${fmt(w.p99)} ms (${w.n})`,
          `${fmt(wo.p50)} / ${fmt(wo.p95)} / ${fmt(wo.p99)} ms (${wo.n})`,
          `${(wo.p95 / w.p95).toFixed(0)}×`,
          met ? 'met' : '**missed**',
        ]),
      );
      goals.push(`goal: ${r.backend} ${query}: p95 ${fmt(w.p95)} ms < ${goalMs} ms: ${met ? 'met' : 'MISSED'}`);
    }
  }
  out.push('');
  for (const r of results) {
    const [detail, images] = r.stats.with.caseOpen.parts;
    out.push(
      `${r.backend} case open = GET request ${fmt(detail!.p50)} / ${fmt(detail!.p95)} ms (p50 / p95) + ` +
        `GET images ${fmt(images!.p50)} / ${fmt(images!.p95)} ms`,
    );
  }
  out.push('', 'Where the time goes, with indexes: round trip per statement, summed within a run (p50 / p95 ms):', '');
  out.push(...header(['backend', 'query', 'statement', 'p50', 'p95']));
  for (const r of results) {
    for (const [query, key] of queries) {
      for (const st of r.stats.with[key].statements) {
        out.push(line([r.backend, query, st.label, fmt(st.p50), fmt(st.p95)]));
      }
    }
  }
  out.push('', 'EXPLAIN ANALYZE, each statement once (server-side execution time, ms):', '');
  out.push(...header(['backend', 'statement', 'with', 'without', 'plan without (top nodes)']));
  for (const r of results) {
    for (const plan of r.plans.with) {
      const other = r.plans.without.find((p) => p.sql === plan.sql);
      const nodes = (other?.plan ?? '')
        .split('\n')
        .filter((l) => /(Scan|Join|Nested Loop|Sort|Aggregate)\b/.test(l) && !/Sort (Key|Method)/.test(l))
        .slice(0, 2)
        .map((l) => l.replace(/^\s*(->\s*)?/, '').replace(/\s+\(cost.*$/, ''))
        .join('; ');
      out.push(line([r.backend, plan.label, plan.ms?.toFixed(2) ?? '?', other?.ms?.toFixed(2) ?? 'not run', nodes]));
    }
  }
  out.push('');
  out.push('', ...goals);
  return out;
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  const host = machine();
  console.log(
    `Review benchmark: ${REQUESTS.toLocaleString('en-GB')} cases, ${(REQUESTS * IMAGES_PER_REQUEST).toLocaleString('en-GB')} images; ` +
      `${runs} runs per query (warm-up ${warmup}); CPU ${host.cpu}, nproc ${host.nproc}, memory ${host.memory}, ` +
      `Node ${host.node}, load ${host.load}`,
  );
  const results: BackendResult[] = [];
  const notes = await eachBackend('review', async (label, db) => {
    results.push(await runBackend(label, db));
  });

  // The plans of the two main statements in full; every plan goes to a file, from which docs/benchmarks.md quotes.
  const planText = (r: BackendResult, phase: Phase, p: Plan) =>
    `### ${r.backend}, ${phase} supporting indexes: ${p.label}\n\n\`\`\`\n${p.plan}\n\`\`\`\n`;
  for (const r of results) {
    for (const phase of ['with', 'without'] as const) {
      for (const p of r.plans[phase]) {
        if (p.label === 'worklist' || p.label.startsWith('case: request lookup'))
          console.log(`\n${planText(r, phase, p)}`);
      }
    }
  }
  const planFile = path.join(outDir, 'bench-review-plans.md');
  writeFileSync(
    planFile,
    results
      .flatMap((r) => [
        ...(['with', 'without'] as const).flatMap((phase) => r.plans[phase].map((p) => planText(r, phase, p))),
      ])
      .join('\n'),
  );
  writeFileSync(
    path.join(outDir, 'bench-review-results.json'),
    JSON.stringify({ machine: host, runs, warmup, slowBudgetMs, extraSql, results }, null, 2),
  );

  console.log('');
  for (const l of report(results)) console.log(l);
  for (const n of notes) console.log(`note: ${n}`);
  for (const r of results) {
    const seedLine = r.seedSteps.map(([label, ms]) => `${label} ${(ms / 1000).toFixed(1)} s`).join(', ');
    console.log(`${r.backend} seeding: ${(r.seedMs / 1000).toFixed(1)} s (${seedLine})`);
  }
  console.log(`EXPLAIN (ANALYZE, BUFFERS) of every statement: ${path.relative(path.dirname(benchDir), planFile)}`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s; load average after: ${machine().load}`);
}

await main();
