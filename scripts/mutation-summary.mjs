// One line per mutation-testing area from the JSON reports (mutation-testing-report-schema) that
// `npm run mutation` leaves in reports/mutation/<area>/mutation.json.
// Score = detected / valid, as Stryker counts it: (killed + timeout) / (killed + timeout + survived
// + no coverage); mutants that do not compile or that crash the runner are left out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AREAS, REPORTS, areaOf } from './mutation-areas.mjs';

const root = process.argv[2] ?? REPORTS;
const counts = new Map(Object.keys(AREAS).map((area) => [area, undefined]));
const STATUS = { Killed: 'killed', Survived: 'survived', NoCoverage: 'noCoverage', Timeout: 'timeout' };

// An area's own report wins over the "all" report of a run without KFQ_MUTATION_AREA.
const reports = existsSync(root)
  ? readdirSync(root)
      .filter((dir) => existsSync(path.join(root, dir, 'mutation.json')))
      .sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)))
  : [];
for (const dir of reports) {
  const report = JSON.parse(readFileSync(path.join(root, dir, 'mutation.json'), 'utf8'));
  const seen = new Map();
  for (const [file, result] of Object.entries(report.files ?? {})) {
    const area = areaOf(file.replaceAll('\\', '/'));
    if (area === undefined || (dir !== 'all' && dir !== area)) continue;
    const tally = seen.get(area) ?? { killed: 0, survived: 0, noCoverage: 0, timeout: 0, other: 0 };
    for (const mutant of result.mutants) tally[STATUS[mutant.status] ?? 'other'] += 1;
    seen.set(area, tally);
  }
  for (const [area, tally] of seen) counts.set(area, tally);
}

const pad = (value, width) => String(value).padStart(width);
console.log(
  `\n${'area'.padEnd(14)} ${pad('killed', 7)} ${pad('survived', 9)} ${pad('no cov.', 8)} ${pad('timeout', 8)} ${pad('score', 8)}`,
);
for (const [area, tally] of counts) {
  if (tally === undefined) {
    console.log(`${area.padEnd(14)} not measured yet`);
    continue;
  }
  const detected = tally.killed + tally.timeout;
  const valid = detected + tally.survived + tally.noCoverage;
  const score = valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(2)} %`;
  console.log(
    `${area.padEnd(14)} ${pad(tally.killed, 7)} ${pad(tally.survived, 9)} ${pad(tally.noCoverage, 8)} ${pad(tally.timeout, 8)} ${pad(score, 8)}`,
  );
}
