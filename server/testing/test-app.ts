import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { openBlobStore } from '../storage/open-blob-store.ts';
import { buildApp } from '../app.ts';
import { manualClock, type ManualClock } from '../clock.ts';
import { loadConfig, type Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { RouteRule } from '../http/access.ts';
import type { App } from '../http/app-types.ts';
import { startJobQueue, type JobQueue, type Worker } from '../jobs/queue.ts';
import { createLogger } from '../logger.ts';
import type { Services } from '../services.ts';
import { openTestDatabase } from './test-database.ts';

export type TestApp = {
  app: App;
  db: Database;
  clock: ManualClock;
  config: Config;
  services: Services;
  routes: RouteRule[];
  close(): Promise<void>;
};

/** The whole service in-process on a fresh database, with a clock the test moves. */
export async function buildTestApp(
  env: Record<string, string> = {},
  options: { workers?: (services: Omit<Services, 'jobs'>) => Worker[] } = {},
): Promise<TestApp> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'telederm-test-'));
  const config = loadConfig({ TELEDERM_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env });
  const blobs = openBlobStore(config.storage);
  const db = await openTestDatabase();
  const clock = manualClock();
  const logger = createLogger(config);
  const workers = options.workers?.({ config, pool: db.pool, clock, blobs }) ?? [];
  const jobs: JobQueue = await startJobQueue({
    url: db.url,
    embedded: db.embedded,
    logger,
    work: workers.length > 0,
    workers,
  });
  // The manual clock is also the test clock the service can be asked to move, so its routes are tested too.
  const services: Services = { config, pool: db.pool, clock, jobs, blobs, testClock: clock };
  // TEST_LOG=debug shows the service's log while a test runs.
  const testLog = process.env['TEST_LOG'];
  const { app, routes } = await buildApp(services, {
    logger: testLog ? createLogger({ env: 'test', logLevel: testLog }) : false,
    webDist: null,
  });
  return {
    app,
    db,
    clock,
    config,
    services,
    routes,
    async close() {
      await app.close();
      await jobs.stop();
      await db.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in user as tests drive them: the cookie and CSRF token to send. */
export type SignedIn = { cookie: string; csrfToken: string; userId: string };

export async function signInAs(app: App, email: string, password: string): Promise<SignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  if (response.statusCode !== 200)
    throw new Error(`sign-in as ${email} failed: ${response.statusCode} ${response.body}`);
  const session = response.json<{ csrfToken: string; user: { id: string } }>();
  return { cookie: sessionCookieOf(response), csrfToken: session.csrfToken, userId: session.user.id };
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'telederm_session');
  if (!cookie) throw new Error('no session cookie set');
  return `telederm_session=${cookie.value}`;
}

/** Headers for a request as the given user (CSRF token included for state changes). */
export const as = (user: SignedIn) => ({ cookie: user.cookie, 'x-csrf-token': user.csrfToken });
