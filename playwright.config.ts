import { defineConfig, devices } from '@playwright/test';
import {
  chromiumMissingMessage,
  e2eClockOffsetMinutes,
  e2eDataDir,
  e2eDatabaseUrl,
  e2eOrigin,
  e2ePort,
  findChromium,
} from './e2e/environment.ts';
import { smtpUrl } from './e2e/mail-sink.ts';

const chromium = findChromium();
const isWorker = process.env['TEST_WORKER_INDEX'] !== undefined;
if (!chromium) {
  if (process.env['CI'] === 'true') {
    throw new Error(
      'Chromium not found at CHROMIUM_PATH, /usr/bin/chromium or /usr/bin/chromium-browser; CI needs it.',
    );
  }
  if (!isWorker) console.log(chromiumMissingMessage);
}
const databaseUrl = e2eDatabaseUrl();

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  forbidOnly: process.env['CI'] === 'true',
  workers: 2,
  // Under CI a browser test that fails once runs again; the totals report it as flaky rather than hide it.
  retries: process.env['CI'] === 'true' ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // A real SMTP server the service sends its email to, read by the patient link specs.
  globalSetup: './e2e/mail-sink-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    baseURL: e2eOrigin,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromium,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  // Without Chromium every test skips itself (see e2e/fixtures.ts), so there is no service to start.
  webServer: chromium
    ? {
        command: 'npx vite build --logLevel warn && node e2e/start-server.ts',
        url: `${e2eOrigin}/health/ready`,
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: 'ignore',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
        env: {
          PORT: String(e2ePort),
          PUBLIC_ORIGIN: e2eOrigin,
          DATA_DIR: e2eDataDir,
          TELEDERM_ENV: 'test',
          // The service's day starts at 09:00 London time whenever the suite starts (see e2e/environment.ts).
          TEST_CLOCK_OFFSET_MINUTES: String(e2eClockOffsetMinutes),
          LOG_LEVEL: 'warn',
          SMTP_URL: smtpUrl,
          // Empty means the embedded PGlite database, whatever the calling shell has set.
          DATABASE_URL: databaseUrl ?? '',
        },
      }
    : undefined,
});
