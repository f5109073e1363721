/**
 * `npm run storage:verify [-- --repair]`: finds stored files without a row and
 * rows without their file. Exits non-zero when either exists. Uses the same
 * configuration as the service; with the embedded database, it connects to the
 * running service's when one is running.
 */
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { openBlobStore } from '../server/storage/open-blob-store.ts';
import { verifyStorage } from '../server/storage/verify-storage.ts';

const config = loadConfig();
const repair = process.argv.includes('--repair');
const db = await openDatabase({
  databaseUrl: config.databaseUrl,
  pgliteDir: path.join(config.dataDir, 'pglite'),
  poolMax: 2,
  joinRunningService: true,
});
try {
  const report = await verifyStorage(db.pool, openBlobStore(config.storage), { repair });
  for (const key of report.orphanBlobs) console.log(`  file without a row${repair ? ' (deleted)' : ''}: ${key}`);
  for (const missing of report.missingBlobs)
    console.log(`  row without its file: image ${missing.imageId} -> ${missing.key}`);
  console.log(
    `${report.rows} image rows, ${report.blobs} stored files: ` +
      (report.ok
        ? 'every file has its row and every row its files.'
        : `${report.orphanBlobs.length} orphan file(s), ${report.missingBlobs.length} missing file(s).`),
  );
  process.exitCode = report.ok || (repair && report.missingBlobs.length === 0) ? 0 : 1;
} finally {
  await db.close();
}
