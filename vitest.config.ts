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
    ],
  },
});
