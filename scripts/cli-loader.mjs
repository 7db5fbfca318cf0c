// Loads the bundled CLI, rebuilding it first when the sources are newer (so `npx kfq` works right
// after `npm install`), through V8's code cache: a command is one short process, and compiling the
// bundle's JavaScript afresh each time would be a good part of its run time.
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'cli', 'kfq.cjs');

function newestSource(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

async function ensureBundle() {
  const sourcesPresent = existsSync(path.join(root, 'electron', 'cli'));
  const stale =
    !existsSync(bundle) ||
    (sourcesPresent &&
      Math.max(newestSource(path.join(root, 'electron')), newestSource(path.join(root, 'shared'))) > statSync(bundle).mtimeMs);
  if (stale) {
    const { buildNode } = await import(pathToFileURL(path.join(root, 'scripts', 'build.mjs')).href);
    await buildNode(['cli']);
  }
}

const SHORT_COMMANDS = new Set(['export', 'layout']);

/** Runs `kfq` with the given arguments; resolves to the exit code. */
export async function runCli(args) {
  await ensureBundle();
  // One cache per command, each holding the functions that command runs.
  const command = /^[a-z-]{1,20}$/.test(args[0] ?? '') ? args[0] : 'other';
  // Laying out and exporting one issue is over in well under a second: V8's optimising compiler
  // would spend more CPU on background threads compiling the engine than its code saves in that
  // time (measured: a third of the export's CPU time, the same wall time on an idle machine).
  // Set before the bundle is compiled, so that its code cache is made under the same flags.
  if (SHORT_COMMANDS.has(command)) v8.setFlagsFromString('--no-turbofan');
  const cacheFile = path.join(path.dirname(bundle), `kfq.${command}.cache`);
  const cached = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // The build writes the bundle as ASCII, which reads as one-byte text with no UTF-8 decoding.
  const bytes = readFileSync(bundle);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: cached });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  const code = await module.exports.main(args);
  // Taken after the run, the cache also holds the functions the command compiled on the way.
  if (cached === undefined || script.cachedDataRejected) {
    try {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }
  return code;
}
