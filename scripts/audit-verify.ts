/**
 * `npm run audit:verify`: checks the audit trail's hash chain from the first
 * row to the last and exits non-zero if any row was edited, inserted or removed.
 * Uses DATABASE_URL, or the embedded database under DATA_DIR: that of the running service when one is running.
 */
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { verifyAuditChain } from '../server/modules/audit/verify-audit-chain.ts';

const config = loadConfig();
const db = await openDatabase({
  databaseUrl: config.databaseUrl,
  pgliteDir: path.join(config.dataDir, 'pglite'),
  poolMax: 2,
  joinRunningService: true,
});
try {
  const report = await verifyAuditChain(db.pool);
  for (const problem of report.problems) console.error(`  ${problem}`);
  console.log(
    report.ok
      ? `Audit trail intact: ${report.rows} rows, every hash and link checked.`
      : `Audit trail BROKEN: ${report.problems.length} problem(s) in ${report.rows} rows.`,
  );
  process.exitCode = report.ok ? 0 : 1;
} finally {
  await db.close();
}
