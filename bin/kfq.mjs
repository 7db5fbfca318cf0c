#!/usr/bin/env node
// `kfq` command: runs the bundled CLI, rebuilding it first when the sources are newer than the bundle
// (so `npx kfq` works right after `npm install`, before any explicit build).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'cli', 'kfq.mjs');

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

const sourcesPresent = existsSync(path.join(root, 'electron', 'cli'));
const stale =
  !existsSync(bundle) ||
  (sourcesPresent &&
    Math.max(newestSource(path.join(root, 'electron')), newestSource(path.join(root, 'shared'))) > statSync(bundle).mtimeMs);
if (stale) {
  const { buildNode } = await import(pathToFileURL(path.join(root, 'scripts', 'build.mjs')).href);
  await buildNode(['cli']);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
