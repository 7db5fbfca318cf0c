// `npm run mutation [-- area…]`: mutation testing of each area in turn (all of them when none is
// named), then one line of scores per area (scripts/mutation-summary.mjs). Incremental: each
// area's run only retests the mutants that its code or its tests' changes touch.
// Stryker options pass through after the areas, e.g. `npm run mutation -- zip --force`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AREAS } from './mutation-areas.mjs';

const args = process.argv.slice(2);
const firstOption = args.findIndex((arg) => arg.startsWith('-'));
const named = firstOption === -1 ? args : args.slice(0, firstOption);
const options = firstOption === -1 ? [] : args.slice(firstOption);
const unknown = named.filter((area) => !(area in AREAS));
if (unknown.length > 0) {
  console.error(`No such area: ${unknown.join(', ')} (areas: ${Object.keys(AREAS).join(', ')})`);
  process.exit(2);
}

const core = path.dirname(createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json'));
const stryker = path.join(core, 'bin', 'stryker.js');
let status = 0;
for (const area of named.length > 0 ? named : Object.keys(AREAS)) {
  console.log(`\n== ${area} ==`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [stryker, 'run', ...options], {
    stdio: 'inherit',
    env: { ...process.env, KFQ_MUTATION_AREA: area },
  });
  console.log(`== ${area}: ${Math.round((Date.now() - started) / 1000)} s ==`);
  if (run.status !== 0) status = run.status ?? 1;
}

const summary = spawnSync(process.execPath, [new URL('./mutation-summary.mjs', import.meta.url).pathname], {
  stdio: 'inherit',
});
process.exit(status || (summary.status ?? 1));
