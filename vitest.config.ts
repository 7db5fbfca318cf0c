// Unit tests run the pure code and the services in Node; end-to-end tests drive the built
// renderer in Debian's Chromium against the real services (see test/e2e).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Line coverage of the unit run (`npm run test:unit` turns it on), summed per top-level folder
    // by scripts/coverage-summary.mjs. The thresholds fail the run when the pure code or the
    // services lose their tests; the renderer is reached mostly by the end-to-end run, which
    // is not measured here.
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
      exclude: ['**/*.d.ts'],
      reportsDirectory: 'test-results/coverage',
      reporter: ['json-summary', 'html'],
      thresholds: {
        'shared/**': { lines: 95 },
        'electron/services/**': { lines: 90 },
      },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
          testTimeout: 60_000,
          // Several files make a sample workspace before each test (the sample is fitted when made).
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A page reloaded or laid out on a busy machine can take seconds to show: polls wait for it.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
