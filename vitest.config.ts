import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The web app's own logic runs here too: plain modules in Node, components in a DOM (jsdom, chosen per file
    // with `// @vitest-environment jsdom`). Its pages are tested in Chromium by the Playwright suite.
    include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    // Generous: on two cores the embedded database shares them with a test's own server, worker and mail server,
    // and a test that asserts the right thing should not fail for being slow (speed is measured by the benchmarks).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
