// The unit project alone, for mutation testing (stryker.config.mjs): Stryker's runner must never
// start the end-to-end project. The settings are the unit project's own in vitest.config.ts.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

const unit = base.test?.projects?.find((project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit');
if (typeof unit !== 'object' || !('test' in unit) || unit.test === undefined) {
  throw new Error('vitest.config.ts has no project named "unit"');
}

export default defineConfig({
  test: {
    ...unit.test,
    // Instrumented code in one worker on a busy machine: set-up hooks get the tests' own allowance.
    hookTimeout: unit.test.testTimeout ?? 60_000,
  },
});
