// npm run test:unit: the unit project with line coverage, then the coverage per folder, printed
// whether or not the run passed (a threshold that fails is easier to read next to the figures).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

// A report left by an earlier run must not pass for this one's.
rmSync('test-results/coverage', { recursive: true, force: true });

const vitest = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--project',
    'unit',
    '--coverage',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/unit.json',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
spawnSync(process.execPath, ['scripts/coverage-summary.mjs'], { stdio: 'inherit' });
process.exit(vitest.status ?? 1);
