// `npm run bench [-- --json]`: builds the CLI and the benchmark, then runs the benchmark.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNode } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await buildNode(['cli']);
const outfile = path.join(root, 'dist', 'bench', 'bench.mjs');
await build({
  entryPoints: [path.join(root, 'test', 'bench', 'bench.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: "import { createRequire as __kfqCreateRequire } from 'node:module'; const require = __kfqCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
