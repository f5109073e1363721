import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The web app's own logic runs here too: plain modules in Node, components in a DOM (jsdom, chosen per file
    // with `// @vitest-environment jsdom`). Its pages are tested in Chromium by the Playwright suite.
    include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
