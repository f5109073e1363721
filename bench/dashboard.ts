/**
 * Service dashboard benchmark (issue 13 §2): the dashboard as `GET /api/services/:serviceId/dashboard` computes it,
 * on the review benchmark's data set of 100,000 requests (bench/review.ts: the same SQL, the same deterministic
 * rows) extended with what the dashboard reads and that data set lacks: eligibility decisions, pauses (information
 * requested and answered), requests for better photographs, photograph quality warnings, clinic sessions with their
 * slots and appointments, and Friends and Family Test responses. Beside it, in the same run and on the same rows, a
 * plain `count(*)` of the requests the dashboard counts, and their ratio.
 *
 *   node bench/dashboard.ts        (or `npm run bench`, which runs every benchmark)
 *
 * Environment:
 *   BENCH_RUNS=60             timed runs per measure (after BENCH_WARMUP=5 warm-up runs)
 *   BENCH_BACKENDS=pglite,postgres
 *   BENCH_DATABASE_URL (or TEST_DATABASE_URL; else postgres://postgres@127.0.0.1:5432/postgres)
 *                             a PostgreSQL server on which a throwaway database is made and dropped; skipped with a
 *                             note when it cannot be reached.
 *   BENCH_KEEP=1              keep the seeded databases.
 *
 * The dashboard keeps each service's months counted (migration 0017) and counts again the months that changed since.
 * Every service's months are read once before measuring, as on a service in use; then before each timed reading 50
 * requests of the current and the previous month, and those two months, are noted as changed, as a working day
 * leaves them, so that each reading counts those requests again and adds those two months up again, and reads the
 * rest as kept. Measures, each for a service chosen at random (seeded generator) on
 * every run:
 *   - dashboard, 12 months: the default view (the twelve months to the current one), `getDashboard` in one
 *     transaction with its audit row, then the tables the route adds;
 *   - dashboard, 36 months: the longest period the route allows;
 *   - nothing kept, 12 months: everything kept of the service forgotten first (its first reading ever), a few runs;
 *   - count(*): `SELECT count(*) FROM requests WHERE service_id = $1 AND submitted_at >= $2 AND submitted_at < $3`
 *     over the same 12 months;
 *   then the same with every request, outcome and clinic moved into one service (one service of 100,000 requests,
 *   ten times the first phase's).
 */
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { benchDir, eachBackend } from './lib/backends.ts';
import { machine } from './lib/machine.ts';
import { fmt, line, random, stats, type Stats } from './lib/measure.ts';
import { withTransaction, type Database, type Tx } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { addMonths, dashboardPeriod } from '../server/modules/dashboard/dashboard-period.ts';
import { dashboardTables } from '../server/modules/dashboard/dashboard-tables.ts';
import { getDashboard } from '../server/modules/dashboard/get-dashboard.ts';
import { atLondonTime } from '../server/working-days.ts';
import { REQUESTS, SERVICES, bulkLoad, pick, seededTables, seedSteps, uuidOf } from './lib/review-data-set.ts';

const runs = Number(process.env.BENCH_RUNS ?? 60);
const warmup = Number(process.env.BENCH_WARMUP ?? 5);
const goalMs = 300;

// ---------------------------------------------------------------------------------------------------------------
// What the dashboard reads besides: decisions, pauses, photo requests, quality warnings, clinics, feedback.

const CLINIC_DAYS = 750;
/** Requests changed between two readings of a service's dashboard, as in a working day of a busy service. */
const CHANGED_PER_DAY = 50;

const dashboardExtension: [string, string][] = [
  [
    'eligibility decisions (every submitted request)',
    `UPDATE requests SET eligibility = CASE state
       WHEN 'redirected' THEN '{"decision": "redirect_urgent_cancer", "firedRules": ["suspected-melanoma"], "reasons": [], "ruleSetVersion": 1}'::jsonb
       WHEN 'not_accepted' THEN jsonb_build_object('decision', 'not_accepted', 'reasons', '[]'::jsonb, 'ruleSetVersion', 1,
         'firedRules', (ARRAY['["under-18"]', '["more-than-three-lesions"]', '["previous-skin-cancer", "under-18"]'])
           [1 + ${pick('substr(reference, 4)::int', 13, 3)}]::jsonb)
       ELSE '{"decision": "accepted", "firedRules": [], "reasons": [], "ruleSetVersion": 1}'::jsonb END`,
  ],
  [
    'pauses: information requested and answered (1 in 10 answered requests)',
    `INSERT INTO request_transitions (request_id, action, from_state, to_state, actor_user_id, actor_label, at)
     SELECT r.id, a.action, a.from_state, a.to_state, NULL, 'Dr Consultant', r.ready_for_review_at + a.after
     FROM requests r,
          (VALUES ('request_information', 'in_review', 'information_requested', interval '5 hours'),
                  ('answer_information', 'information_requested', 'ready_for_review', interval '1 day 5 hours'))
            AS a (action, from_state, to_state, after)
     WHERE r.state IN ('outcome_recorded', 'closed') AND substr(r.reference, 4)::int % 10 = 3`,
  ],
  [
    'requests for better photographs (1 in 20 requests)',
    `INSERT INTO messages (request_id, author_user_id, author_label, author_organisation_id, kind, body, at)
     SELECT id, NULL, 'Dr Consultant', service_id, 'photo_request', 'Please send a sharper close-up.',
            coalesce(ready_for_review_at, created_at) + interval '5 hours'
     FROM requests WHERE substr(reference, 4)::int % 20 = 7 AND submitted_at IS NOT NULL`,
  ],
  [
    'quality warnings (1 in 12 photographs)',
    `UPDATE images SET quality = '{"warnings": [{"code": "blurred", "message": "Blurred"}], "focus": 0.2, "exposure": 0.5}'
     WHERE ${pick('hashtext(upload_id)', 14, 12)} = 0`,
  ],
  [
    `clinics: one per service, two sessions a week of 12 slots for ${CLINIC_DAYS} days, appointments`,
    `INSERT INTO organisations (id, kind, name, ods_code)
       SELECT ${uuidOf('clinic', 'i')}, 'community_clinic', 'Community clinic ' || i, 'CC' || lpad(i::text, 3, '0')
       FROM generate_series(1, ${SERVICES}) i;
     INSERT INTO organisation_links (service_id, organisation_id, relationship)
       SELECT ${uuidOf('svc', 'i')}, ${uuidOf('clinic', 'i')}, 'clinic_provider' FROM generate_series(1, ${SERVICES}) i;
     INSERT INTO clinic_sites (id, clinic_id, name, address, postcode, created_at)
       SELECT ${uuidOf('site', 'i')}, ${uuidOf('clinic', 'i')}, 'Site ' || i, i || ' Clinic Road', 'NV3 3CC', now()
       FROM generate_series(1, ${SERVICES}) i;
     INSERT INTO clinic_sessions (id, site_id, starts_at, ends_at, slot_minutes, cancelled_at, cancel_reason, created_at)
       SELECT ${uuidOf('sess', "i || '.' || d")}, ${uuidOf('site', 'i')},
              date_trunc('day', now()) - d * interval '1 day' + interval '9 hours',
              date_trunc('day', now()) - d * interval '1 day' + interval '12 hours', 15,
              CASE WHEN d % 53 = 0 THEN now() - d * interval '1 day' END,
              CASE WHEN d % 53 = 0 THEN 'Photographer unwell' END, now()
       FROM generate_series(1, ${SERVICES}) i, generate_series(0, ${CLINIC_DAYS}) d
       WHERE extract(isodow FROM now() - d * interval '1 day') IN (2, 4);
     INSERT INTO clinic_slots (id, session_id, starts_at, ends_at)
       SELECT ${uuidOf('slot', "s.id::text || '.' || n")}, s.id, s.starts_at + n * interval '15 minutes',
              s.starts_at + (n + 1) * interval '15 minutes'
       FROM clinic_sessions s, generate_series(0, 11) n;
     WITH referrals AS (SELECT id, service_id, row_number() OVER (PARTITION BY service_id ORDER BY id) - 1 AS n
                        FROM requests WHERE kind = 'referral'),
          counts AS (SELECT service_id, count(*) AS c FROM referrals GROUP BY service_id),
          slots AS (SELECT sl.id, sl.starts_at, l.service_id,
                           row_number() OVER (PARTITION BY l.service_id ORDER BY sl.starts_at, sl.id) AS n
                    FROM clinic_slots sl JOIN clinic_sessions cs ON cs.id = sl.session_id AND cs.cancelled_at IS NULL
                    JOIN clinic_sites st ON st.id = cs.site_id
                    JOIN organisation_links l ON l.organisation_id = st.clinic_id AND l.relationship = 'clinic_provider')
     INSERT INTO appointments (request_id, slot_id, status, booked_at, ended_at, ended_by)
       SELECT r.id, s.id, a.status, s.starts_at - interval '10 days', s.starts_at, a.ended_by
       FROM slots s JOIN counts k ON k.service_id = s.service_id
       JOIN referrals r ON r.service_id = s.service_id AND r.n = (s.n * 7919) % k.c
       CROSS JOIN LATERAL (SELECT (ARRAY['attended', 'attended', 'attended', 'did_not_attend', 'cancelled', 'cancelled'])
                             [1 + ${pick('s.n::int', 15, 6)}] AS status,
                           (ARRAY['photographer', 'photographer', 'photographer', 'photographer', 'patient', 'clerk'])
                             [1 + ${pick('s.n::int', 15, 6)}] AS ended_by) a
       WHERE ${pick('s.n::int', 16, 10)} < 8`,
  ],
  [
    'Friends and Family Test responses (20,000)',
    `INSERT INTO feedback_responses (service_id, month, answers)
     SELECT ${uuidOf('svc', `1 + n % ${SERVICES}`)},
            date_trunc('month', now() - (${pick('n', 17, 730)}) * interval '1 day')::date,
            jsonb_build_object('friendsAndFamily',
              (ARRAY['very_good', 'very_good', 'very_good', 'good', 'good', 'neither', 'poor', 'very_poor', 'dont_know'])
                [1 + ${pick('n', 18, 9)}])
     FROM generate_series(1, 20000) n`,
  ],
];

const dashboardSeededTables = [
  ...seededTables,
  'clinic_sessions',
  'clinic_slots',
  'appointments',
  'feedback_responses',
];

/** The review data set and the dashboard's extension, bulk loaded as bench/review.ts loads its own. */
async function seed(pool: pg.Pool): Promise<number> {
  const started = performance.now();
  await bulkLoad(pool, dashboardSeededTables, [...seedSteps, ...dashboardExtension], (label, ms) =>
    console.log(`  ${label}: ${ms.toFixed(0)} ms`),
  );
  await pool.query('VACUUM ANALYZE');
  return performance.now() - started;
}

/** Every request, outcome's signer and clinic into the first service: one service of 100,000 requests. */
async function mergeIntoOneService(pool: pg.Pool) {
  const first = `md5('svc1')::uuid`;
  await pool.query(`UPDATE requests SET service_id = ${first} WHERE service_id <> ${first}`);
  await pool.query(`UPDATE organisation_links SET service_id = ${first} WHERE service_id <> ${first}`);
  await pool.query(`UPDATE feedback_responses SET service_id = ${first} WHERE service_id <> ${first}`);
  await pool.query(`UPDATE memberships SET organisation_id = ${first} WHERE 'consultant' = ANY (roles)`);
  await pool.query('VACUUM ANALYZE');
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring.

/** The statement a query is, for the table of where the time goes. */
const statementLabels: [RegExp, string][] = [
  [/^BEGIN$/, 'BEGIN'],
  [/^COMMIT$/, 'COMMIT'],
  [/INSERT INTO audit_events/, 'audit row'],
  [/DELETE FROM dashboard_changes/, 'kept: take the changes'],
  [/DELETE FROM dashboard_months/, 'kept: forget the changed months'],
  [/INSERT INTO dashboard_months/, 'kept: keep the months added up'],
  [/FROM dashboard_months/, 'kept: read the months'],
  [/DELETE FROM dashboard_requests/, 'kept: forget the changed requests'],
  [/INSERT INTO dashboard_requests/, 'count requests (photographs, decisions, signer)'],
  [/dashboard_request_months/, 'kept: months of counted requests'],
  [/unnest\(fired_rules\)/, 'add up: not accepted by rule'],
  [/FROM dashboard_requests/, 'add up: received (volume, quality, decisions)'],
  [/GROUPING SETS \(\(month, kind/, 'count: answered (timeliness, outcomes)'],
  [/FROM clinic_slots sl/, 'count: clinic slots'],
  [/status = 'session_cancelled'/, 'count: clinic appointments'],
  [/AS "withService"/, 'open now'],
  [/FROM feedback_responses/, 'feedback'],
  [/FROM service_settings/, 'response targets'],
  [/FROM rule_sets/, 'rule descriptions'],
  [/relationship = 'serves_practice'/, 'practices'],
  [/'consultant' = ANY/, 'consultants'],
];
const labelOf = (text: string) => statementLabels.find(([pattern]) => pattern.test(text))?.[1] ?? text.slice(0, 40);

/** The transaction, with each statement's round trip added to `times` under its label. */
function timed(tx: Tx, times: Map<string, number>): Tx {
  return new Proxy(tx, {
    get(target, property) {
      if (property !== 'query') {
        const value: unknown = Reflect.get(target, property);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      }
      return async (text: string, values?: unknown[]) => {
        const t0 = performance.now();
        try {
          return await target.query(text, values);
        } finally {
          const label = labelOf(text);
          times.set(label, (times.get(label) ?? 0) + performance.now() - t0);
        }
      };
    },
  });
}

type Service = { id: string; name: string };
type Measures = {
  /** 12 months, the current and the previous month changed since kept (as on a working day). */
  dashboard12: Stats;
  /** 36 months, the same. */
  dashboard36: Stats;
  /** 12 months with nothing kept: the first reading after the months were all forgotten. */
  cold12: Stats;
  count: Stats;
  statements: { label: string; p50: number; p95: number }[];
  received12: number;
};

const auditActor = { userId: null, organisationId: null, label: 'bench: service admin', clientAddress: '127.0.0.1' };

/** The dashboard of the `months` months to the current one, as the route reads it. */
async function openDashboard(pool: pg.Pool, service: Service, months: number, times?: Map<string, number>) {
  const now = new Date();
  const to = dashboardPeriod({ now }).to;
  const period = dashboardPeriod({ now, to, from: addMonths(to, -(months - 1)) });
  return withTransaction(pool, async (tx) => {
    const dashboard = await getDashboard(times ? timed(tx, times) : tx, {
      service,
      period,
      filters: { pathway: null, practiceId: null, consultantId: null },
      at: now,
      auditActor: { ...auditActor, organisationId: service.id },
      format: { kind: 'json' },
    });
    return { dashboard, tables: dashboardTables(dashboard) };
  });
}

/**
 * What a working day leaves for the next reading: changes noted on requests received in the current month and the
 * one before (arriving, photographed, answered), which are counted again one by one, and those two months, which are
 * added up again; the months before stay as kept.
 */
async function workingDayChanges(pool: pg.Pool, service: Service) {
  const current = dashboardPeriod({ now: new Date() }).to;
  const since = atLondonTime(`${addMonths(current, -1)}-01`, '00:00');
  await pool.query(
    `INSERT INTO dashboard_changes (service_id, month, request_id)
     SELECT r.service_id, date_trunc('month', r.submitted_at AT TIME ZONE 'Europe/London')::date, r.id
     FROM requests r WHERE r.service_id = $1 AND r.submitted_at >= $2
     ORDER BY hashtext(r.id::text || $3) LIMIT ${CHANGED_PER_DAY}`,
    [service.id, since, String(Math.random())],
  );
  await pool.query(`INSERT INTO dashboard_changes (service_id, month) VALUES ($1, $2::date), ($1, $3::date)`, [
    service.id,
    `${current}-01`,
    `${addMonths(current, -1)}-01`,
  ]);
}

async function plainCount(pool: pg.Pool, service: Service) {
  const period = dashboardPeriod({ now: new Date() });
  const { rows } = await pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM requests WHERE service_id = $1 AND submitted_at >= $2 AND submitted_at < $3',
    [service.id, period.start, period.end],
  );
  return rows[0]!.n;
}

async function measureAll(pool: pg.Pool, services: Service[], coldRuns: number): Promise<Measures> {
  const next = random(20261213);
  const choose = () => services[Math.floor(next() * services.length)]!;
  // Every service's 36 months counted and kept once, as a service that has been read before.
  for (const service of services) await openDashboard(pool, service, 36);
  for (let i = 0; i < warmup; i++) {
    const service = choose();
    await workingDayChanges(pool, service);
    await openDashboard(pool, service, 12);
    await plainCount(pool, service);
  }
  const d12: number[] = [];
  const d36: number[] = [];
  const cold: number[] = [];
  const counts: number[] = [];
  const perStatement: Map<string, number>[] = [];
  let received12 = 0;
  for (let i = 0; i < runs; i++) {
    const service = choose();
    await workingDayChanges(pool, service);
    const times = new Map<string, number>();
    let t0 = performance.now();
    const { dashboard } = await openDashboard(pool, service, 12, times);
    d12.push(performance.now() - t0);
    perStatement.push(times);
    t0 = performance.now();
    const n = await plainCount(pool, service);
    counts.push(performance.now() - t0);
    if (n !== dashboard.total.volume.received) {
      throw new Error(`count(*) ${n} and the dashboard's ${dashboard.total.volume.received} received differ`);
    }
    received12 += n;
    await workingDayChanges(pool, service);
    t0 = performance.now();
    await openDashboard(pool, service, 36);
    d36.push(performance.now() - t0);
  }
  for (let i = 0; i < coldRuns; i++) {
    const service = choose();
    for (const table of ['dashboard_months', 'dashboard_request_months', 'dashboard_requests']) {
      await pool.query(`DELETE FROM ${table} WHERE service_id = $1`, [service.id]);
    }
    const t0 = performance.now();
    await openDashboard(pool, service, 12);
    cold.push(performance.now() - t0);
  }
  const labels = [...new Set(perStatement.flatMap((m) => [...m.keys()]))];
  return {
    dashboard12: stats(d12),
    dashboard36: stats(d36),
    cold12: stats(cold),
    count: stats(counts),
    statements: labels
      .map((label) => {
        const s = stats(perStatement.map((m) => m.get(label) ?? 0));
        return { label, p50: s.p50, p95: s.p95 };
      })
      .sort((a, b) => b.p50 - a.p50),
    received12: Math.round(received12 / runs),
  };
}

async function servicesOf(pool: pg.Pool): Promise<Service[]> {
  const { rows } = await pool.query<Service>(
    `SELECT o.id, o.name FROM organisations o WHERE o.kind = 'dermatology_service'
       AND EXISTS (SELECT 1 FROM requests r WHERE r.service_id = o.id) ORDER BY o.name`,
  );
  return rows;
}

type Result = { backend: string; version: string; seedMs: number; phases: [string, Measures][] };

async function runBackend(name: string, db: Database): Promise<Result> {
  const pool = db.pool;
  const version = (await pool.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v;
  console.log(`\n--- ${name}: ${version}`);
  await migrate(pool);
  console.log(`seeding ${REQUESTS.toLocaleString('en-GB')} requests …`);
  const seedMs = await seed(pool);
  console.log(`  seeding took ${(seedMs / 1000).toFixed(1)} s`);
  const phases: [string, Measures][] = [];
  for (const [phase, prepare, coldRuns] of [
    [`${SERVICES} services of about ${REQUESTS / SERVICES} requests`, async () => {}, 10],
    [`one service of ${REQUESTS} requests`, () => mergeIntoOneService(pool), 3],
  ] as const) {
    await prepare();
    const services = await servicesOf(pool);
    console.log(`${phase}:`);
    const measures = await measureAll(pool, services, coldRuns);
    const { dashboard12: d, dashboard36: l, cold12: k, count: c } = measures;
    console.log(
      `  dashboard 12 months: p50 ${fmt(d.p50)} p95 ${fmt(d.p95)} p99 ${fmt(d.p99)} ms; 36 months: p50 ${fmt(l.p50)} p95 ${fmt(l.p95)} ms; ` +
        `12 months, nothing kept: p50 ${fmt(k.p50)} p95 ${fmt(k.p95)} ms (n=${k.n}); ` +
        `count(*): p50 ${fmt(c.p50)} p95 ${fmt(c.p95)} ms; ratio of p95s ${(d.p95 / c.p95).toFixed(1)}× ` +
        `(${measures.received12} requests in 12 months)`,
    );
    phases.push([phase, measures]);
  }
  return { backend: name, version, seedMs, phases };
}

async function main() {
  mkdirSync(benchDir, { recursive: true });
  const started = performance.now();
  const host = machine();
  console.log(
    `Dashboard benchmark: ${REQUESTS.toLocaleString('en-GB')} requests; ${runs} runs per measure (warm-up ${warmup}); ` +
      `CPU ${host.cpu}, nproc ${host.nproc}, memory ${host.memory}, Node ${host.node}, load ${host.load}`,
  );
  const results: Result[] = [];
  const notes = await eachBackend('dashboard', async (label, db) => {
    results.push(await runBackend(label, db));
  });

  console.log('');
  console.log(
    line([
      'backend',
      'data',
      'dashboard 12 months p50 / p95 / p99',
      '36 months p50 / p95',
      'nothing kept, 12 months p50 / p95 (n)',
      'count(*) p50 / p95',
      'p95 ratio',
      `p95 < ${goalMs} ms`,
    ]),
  );
  console.log(line(Array<string>(8).fill('---')));
  const goals: string[] = [];
  for (const r of results) {
    for (const [phase, m] of r.phases) {
      const met = m.dashboard12.p95 < goalMs && m.dashboard36.p95 < goalMs;
      console.log(
        line([
          r.backend,
          `${phase} (${m.received12} in 12 months)`,
          `${fmt(m.dashboard12.p50)} / ${fmt(m.dashboard12.p95)} / ${fmt(m.dashboard12.p99)} ms`,
          `${fmt(m.dashboard36.p50)} / ${fmt(m.dashboard36.p95)} ms`,
          `${fmt(m.cold12.p50)} / ${fmt(m.cold12.p95)} ms (${m.cold12.n})`,
          `${fmt(m.count.p50)} / ${fmt(m.count.p95)} ms`,
          `${(m.dashboard12.p95 / m.count.p95).toFixed(1)}×`,
          met ? 'met' : '**missed**',
        ]),
      );
      goals.push(
        `goal: ${r.backend}, ${phase}: dashboard p95 ${fmt(m.dashboard12.p95)} ms (12 months), ${fmt(m.dashboard36.p95)} ms (36): ${met ? 'met' : 'MISSED'}`,
      );
    }
  }
  console.log('\nWhere the time goes, 12 months (round trip per statement, p50 / p95 ms):\n');
  console.log(line(['backend', 'data', 'statement', 'p50', 'p95']));
  console.log(line(Array<string>(5).fill('---')));
  for (const r of results) {
    for (const [phase, m] of r.phases) {
      for (const s of m.statements) console.log(line([r.backend, phase, s.label, fmt(s.p50), fmt(s.p95)]));
    }
  }
  console.log('');
  for (const g of goals) console.log(g);
  for (const n of notes) console.log(`note: ${n}`);
  for (const r of results) console.log(`${r.backend} seeding: ${(r.seedMs / 1000).toFixed(1)} s`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s; load average after: ${machine().load}`);
}

await main();
