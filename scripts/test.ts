/**
 * `npm test`: every tier, then one closing line with the totals.
 * Unit and integration tests run in Vitest; browser tests in Playwright
 * (which skip, saying so, when no Chromium is installed, except under CI).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

fs.mkdirSync('test-results', { recursive: true });
const unitReport = 'test-results/unit.json';
const e2eReport = 'test-results/e2e.json';
for (const file of [unitReport, e2eReport]) fs.rmSync(file, { force: true });

const run = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'inherit', env: process.env }).status ?? 1;

const database = process.env['TEST_DATABASE_URL'] ? 'PostgreSQL (TEST_DATABASE_URL)' : 'embedded PGlite';
console.log(`\n== Unit and integration tests, on ${database} ==\n`);
const unitStatus = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
console.log(`\n== Browser tests (Playwright, Chromium), on ${database} ==\n`);
const e2eStatus = run('playwright', ['test']);

type Totals = { passed: number; failed: number; skipped: number };
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
// Only the fields read below, from Vitest's and Playwright's JSON reporters.
type UnitReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
type E2eReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
const read = <T>(file: string): T | null =>
  fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null;

const unit = read<UnitReport>(unitReport);
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
} else if (unitStatus !== 0) totals.failed += 1;

const e2e = read<E2eReport>(e2eReport);
if (e2e?.stats.flaky) console.log(`\nBrowser tests that failed once and passed on retry (flaky): ${e2e.stats.flaky}`);
if (e2e) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
} else if (e2eStatus !== 0) totals.failed += 1;

const ok = unitStatus === 0 && e2eStatus === 0 && totals.failed === 0;
if (!ok && totals.failed === 0) totals.failed = 1; // a runner failed without reporting a test
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
