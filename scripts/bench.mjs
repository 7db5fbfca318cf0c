// `npm run bench [-- --json] [-- --no-browser | --browser-only]`: builds the CLI (and, for the page
// view's figures in Chromium, the browser shell and the renderer) and the benchmark, then runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNode, buildRenderer } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const withBrowser = !process.argv.includes('--no-browser');
await buildNode(withBrowser ? ['cli', 'shell'] : ['cli']);
if (withBrowser) await buildRenderer();
const outfile = path.join(root, 'dist', 'bench', 'bench.mjs');
await build({
  entryPoints: [path.join(root, 'test', 'bench', 'bench.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Playwright drives Chromium from its own files; it is loaded from node_modules, not bundled.
  external: ['playwright-core'],
  banner: { js: "import { createRequire as __kfqCreateRequire } from 'node:module'; const require = __kfqCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
