// Mutation testing (StrykerJS): `npm run mutation` (see README, Development). Not part of CI.
// KFQ_MUTATION_AREA picks one area of scripts/mutation-areas.mjs; without it every area is
// mutated in one run, with reports in reports/mutation/all/.
import { AREAS, areaDir } from './scripts/mutation-areas.mjs';

const area = process.env.KFQ_MUTATION_AREA;
if (area !== undefined && !(area in AREAS)) {
  throw new Error(`KFQ_MUTATION_AREA: no area "${area}" (${Object.keys(AREAS).join(', ')})`);
}
const dir = areaDir(area ?? 'all');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  mutate: area ? AREAS[area].mutate : Object.values(AREAS).flatMap((each) => each.mutate),
  testFiles: area ? AREAS[area].tests : Object.values(AREAS).flatMap((each) => each.tests),
  testRunner: 'vitest',
  // Only the unit tests, never the end-to-end project (it needs dist/ and a browser).
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // A mutant of a module-level constant (a class table, a limit) is evaluated once, when the module
  // is first imported; the vitest runner keeps its modules between mutants, so such a mutant was
  // reported as survived even where its tests fail on the mutated value (all 22 of typeset's
  // survived, among them every 禁则 table emptied, which kinsoku-tables.test.ts rejects). They are
  // left out of the score; the tables are stated whole by the tests instead.
  ignoreStatic: true,
  checkers: ['typescript'],
  // The solution file: the checker builds the project references the way `tsc -b` does (an area
  // of shared/ names the shared project instead, see scripts/mutation-areas.mjs).
  tsconfigFile: (area && AREAS[area].tsconfig) ?? 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  incremental: true,
  incrementalFile: `${dir}/incremental.json`,
  reporters: ['progress', 'html', 'json'],
  htmlReporter: { fileName: `${dir}/mutation.html` },
  jsonReporter: { fileName: `${dir}/mutation.json` },
  // Two cores, shared with other work.
  concurrency: 1,
  timeoutMS: 10_000,
  dryRunTimeoutMinutes: 20,
  thresholds: { high: 80, low: 60, break: null },
  // The sandbox copies the checkout; build output and working folders are not needed there.
  ignorePatterns: ['dist', 'release', '.tsbuild', 'test-results', '.bench', '.scratch', 'reports', 'test/e2e'],
  cleanTempDir: 'always',
};
