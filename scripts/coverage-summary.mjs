// Prints the unit run's line coverage per top-level folder (and for electron/services, which has
// a threshold of its own) from vitest's json-summary report.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [file = 'test-results/coverage/coverage-summary.json'] = process.argv.slice(2);
if (!existsSync(file)) {
  console.log(`覆盖率：没有找到 ${file}`);
  process.exit(0);
}
const summary = JSON.parse(readFileSync(file, 'utf8'));
const root = process.cwd();
const FOLDERS = ['shared', 'electron', 'electron/services', 'renderer'];
const totals = new Map(FOLDERS.map((folder) => [folder, { covered: 0, total: 0, files: 0 }]));
for (const [name, entry] of Object.entries(summary)) {
  if (name === 'total') continue;
  const relative = path.relative(root, name).split(path.sep).join('/');
  for (const folder of FOLDERS) {
    if (!relative.startsWith(`${folder}/`)) continue;
    const sum = totals.get(folder);
    sum.covered += entry.lines.covered;
    sum.total += entry.lines.total;
    sum.files += 1;
  }
}
console.log('行覆盖率（单元测试）：');
for (const [folder, { covered, total, files }] of totals) {
  const percent = total === 0 ? 0 : (100 * covered) / total;
  console.log(`  ${folder.padEnd(18)} ${percent.toFixed(1).padStart(5)} %  ${String(covered).padStart(6)} / ${total} 行，${files} 个文件`);
}
