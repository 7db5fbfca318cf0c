// Sums the vitest JSON reports in a folder into the "N passed, N failed" line CI prints.
// A non-zero test command with no failing test in the reports (a typecheck, lint or format step
// failed before the tests ran) counts as one failure, so the line never hides a red run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [dir = 'test-results', status = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (existsSync(dir)) {
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrors ?? 0);
    // Test files that failed to load report no tests; count each as a failure.
    failed += (report.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0).length;
  }
}
if (status !== '0' && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
