import { defineConfig } from 'vitest/config';

// One `npm test` runs everything CI runs: the pipeline's unit, golden and property
// tests, and the browser tests against the built site (test/browser, own setup).
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'pipeline',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // Builds the site when dist/ is stale, then serves dist/ on a loopback port.
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 300_000,
          // One Chromium at a time: two cores are shared with the pipeline tests.
          fileParallelism: false,
        },
      },
    ],
  },
});
