import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from './app.ts';
import { loadPostcodes } from './modules/clinics/load-postcodes.ts';
import { PostcodeFileError } from './modules/clinics/postcode-file.ts';
import { offsetClock, systemClock } from './clock.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase, withTransaction } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { housekeepingWorker } from './jobs/housekeeping.ts';
import { outboxWorker } from './jobs/outbox.ts';
import { startJobQueue } from './jobs/queue.ts';
import { createMailer } from './mail/mailer.ts';
import { createTexter } from './mail/texter.ts';
import { remindersWorker } from './modules/clinics/reminders.ts';
import { escalationWorker } from './modules/review/escalate-overdue.ts';
import { imageProcessingWorker } from './modules/images/process-image-job.ts';
import { lettersWorker } from './modules/letters/make-letters-job.ts';
import { openBlobStore } from './storage/open-blob-store.ts';
import { createLogger } from './logger.ts';
import { demoPassword, presentDemoSignIns, seedDemo } from './seed/demo.ts';

const startedAt = performance.now();

let config: Config;
try {
  config = loadConfig();
  if (config.mode === 'worker' && !config.databaseUrl) {
    throw new ConfigError(
      'Invalid configuration:\n  TELEDERM_MODE="worker": a separate worker process needs a PostgreSQL server; set DATABASE_URL',
    );
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

const logger = createLogger(config);
// The browser tests' server runs at a time of day of their choosing (config.ts allows it only in the test environment).
const testClock = config.testClockOffsetMinutes === undefined ? undefined : offsetClock(config.testClockOffsetMinutes);
const clock = testClock ?? systemClock;
if (testClock) logger.warn({ now: testClock.now() }, 'the clock is shifted for the browser tests');
const db = await openDatabase({
  databaseUrl: config.databaseUrl,
  pgliteDir: path.join(config.dataDir, 'pglite'),
  poolMax: config.databasePoolMax,
});
const { applied } = await migrate(db.pool);
if (applied.length) logger.info({ applied }, 'migrations applied');
const seeded = config.seedDemo ? await seedDemo(db.pool, clock) : { seeded: false };
if (config.postcodesCsv) {
  // A service's own postcode data (the ONS Postcode Directory), loaded when it has changed: a bad file stops the start.
  const file = config.postcodesCsv;
  try {
    const load = await withTransaction(db.pool, (tx) => loadPostcodes(tx, { file, at: clock.now() }));
    logger.info(load, `postcode data ${load.status}`);
  } catch (error) {
    if (!(error instanceof PostcodeFileError)) throw error;
    logger.fatal(error.message);
    await db.close();
    process.exit(1);
  }
}

const mailer = createMailer({
  smtpUrl: config.smtpUrl,
  from: config.mailFrom,
  sinkDir: path.join(config.dataDir, 'mail'),
  logger,
});
const texter = createTexter({
  notifyApiKey: config.notify.apiKey,
  notifySmsTemplateId: config.notify.smsTemplateId,
  sinkDir: path.join(config.dataDir, 'mail'),
  logger,
});
const blobs = openBlobStore(config.storage);
const swept = await blobs.sweepAbandoned();
if (swept) logger.warn({ swept }, 'removed temporary files left by a process that stopped mid-write');
const jobs = await startJobQueue({
  url: db.url,
  embedded: db.embedded,
  logger,
  work: config.mode !== 'web',
  workers: [
    housekeepingWorker(db.pool, clock),
    outboxWorker(db.pool, clock, mailer, texter, blobs),
    imageProcessingWorker({ pool: db.pool, clock, blobs, config }),
    lettersWorker({
      pool: db.pool,
      clock,
      blobs,
      publicOrigin: config.publicOrigin,
      linkDays: config.patientLinkDays,
    }),
    remindersWorker({ pool: db.pool, clock }),
    escalationWorker({ pool: db.pool, clock, publicOrigin: config.publicOrigin }),
  ],
});
const services = { config, pool: db.pool, clock, jobs, blobs, ...(testClock ? { testClock } : {}) };

const { app } = config.mode === 'worker' ? { app: null } : await buildApp(services, { logger });
if (app) await app.listen({ host: config.host, port: config.port });

const readyMs = Math.round(performance.now() - startedAt);
logger.info(
  { mode: config.mode, database: db.embedded ? 'embedded PGlite' : 'PostgreSQL', readyMs, seeded: seeded.seeded },
  'telederm ready',
);
if (app) {
  const signIns = config.seedDemo ? await presentDemoSignIns(db.pool) : [];
  const signInLines = signIns.length ? [`Demo sign-ins (password for each: ${demoPassword}):`, ...signIns] : [];
  // Kept in the data directory too, so they are at hand however far the log has scrolled.
  const signInsFile = path.join(config.dataDir, 'demo-sign-ins.txt');
  if (signInLines.length) fs.writeFileSync(signInsFile, `${signInLines.join('\n')}\n`, { mode: 0o600 });
  process.stdout.write(
    [
      '',
      `Telederm is running at ${config.publicOrigin}  (ready in ${readyMs} ms, ${db.embedded ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`,
      `API reference: ${config.publicOrigin}/api/docs`,
      `Email: ${mailer.describe}; text messages: ${texter.describe}`,
      `Photographs: ${blobs.describe}`,
      ...(signInLines.length ? ['', ...signInLines, `(also in ${signInsFile})`] : []),
      '',
    ].join('\n') + '\n',
  );
}

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  await app?.close();
  await jobs.stop();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
