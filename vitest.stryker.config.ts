// The unit project alone, for mutation testing (stryker.config.mjs): Stryker's runner must never
// start the end-to-end project. The settings are the unit project's own in vitest.config.ts.
import { defineConfig } from 'vitest/config';
import { AREAS } from './scripts/mutation-areas.mjs';
import base from './vitest.config';

const unit = base.test?.projects?.find((project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit');
if (typeof unit !== 'object' || !('test' in unit) || unit.test === undefined) {
  throw new Error('vitest.config.ts has no project named "unit"');
}

// Only the area's own tests judge its mutants. Stryker names them for the dry run, and each mutant
// runs the tests the dry run saw reach it; a mutant run without such a list (a mutant of a
// module-level constant, left out by ignoreStatic today) would otherwise run every unit test file
// that imports the mutated file.
const area = process.env.KFQ_MUTATION_AREA;
const include = area !== undefined && area in AREAS ? AREAS[area]!.tests : unit.test.include;

export default defineConfig({
  test: {
    ...unit.test,
    include,
    // Instrumented code in one worker on a busy machine: set-up hooks get the tests' own allowance.
    hookTimeout: unit.test.testTimeout ?? 60_000,
  },
});
