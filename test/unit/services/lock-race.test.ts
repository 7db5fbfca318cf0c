// Concurrent writers: in 13 of 320 concurrent `kfq new-issue` runs the loser got INTERNAL
// (ENOENT … link '.lock.tmp-…'), because the winner deleted the other processes' lock temp files as
// litter. Now only temp files of processes that are gone are removed, and a lost race is always
// WORKSPACE_LOCKED.
import { spawn } from 'node:child_process';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeStaleTempFiles, tempFileOwner } from '../../../electron/services/durable-file';
import { initWorkspace, openWorkspace } from '../../../electron/services/workspace-store';
import { makeTempDir, removeDir, testContent } from './store-fixtures';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHILDREN = 8;
const RUNS_EACH = 40;
let root: string;
let bundle: string;

beforeAll(async () => {
  root = await makeTempDir('kfq-lock-race-');
  bundle = path.join(root, 'new-issue-loop.mjs');
  await build({
    entryPoints: [path.join(HERE, 'fixtures-lock', 'new-issue-loop.ts')],
    outfile: bundle,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as __kfqRequire } from 'node:module'; const require = __kfqRequire(import.meta.url);" },
    logLevel: 'silent',
  });
});

afterAll(async () => {
  await removeDir(root);
});

function runChild(ws: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ws, String(RUNS_EACH)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out.split('\n').filter((line) => line !== '')) : reject(new Error(`child failed (${code}): ${err}`)),
    );
  });
}

/** The id of a process that has already exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('exit', () => resolve(child.pid ?? 0));
  });
}

describe('lock races', () => {
  it(`${CHILDREN * RUNS_EACH} concurrent new-issue runs: every loser is WORKSPACE_LOCKED, never INTERNAL`, async () => {
    const ws = path.join(root, 'ws');
    await (await initWorkspace(ws, testContent())).close();
    const lines = (await Promise.all(Array.from({ length: CHILDREN }, () => runChild(ws)))).flat();
    expect(lines).toHaveLength(CHILDREN * RUNS_EACH);
    const unexpected = lines.filter((line) => line !== '0 ' && line !== '1 WORKSPACE_LOCKED');
    expect(unexpected).toEqual([]);
    const created = lines.filter((line) => line === '0 ').length;
    expect(created).toBeGreaterThan(0);
    // Every run that won made exactly the next issue: numbers run on without a gap.
    const store = await openWorkspace(ws, { readOnly: true });
    try {
      const issues = await store.listIssues();
      expect(issues).toHaveLength(1 + created);
      expect(issues.map((issue) => issue.totalNumber)).toEqual(Array.from({ length: 1 + created }, (_, index) => 4369 + index));
    } finally {
      await store.close();
    }
    // No temp file is left behind by anyone.
    expect((await readdir(ws)).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('removes temp files of processes that are gone, never those of a live process or our own', async () => {
    const dir = path.join(root, 'litter');
    await initWorkspace(dir, testContent()).then((store) => store.close());
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const dead = await deadPid();
      const names = {
        dead: `.issue.json.tmp-${dead}-0123456789ab`,
        live: `.lock.tmp-${live.pid}-0123456789ab`,
        own: `.article.json.tmp-${process.pid}-0123456789ab`,
        unownedYoung: '.lock.tmp-stale-0123456789ab',
        unownedOld: '.old.tmp-stale-0123456789ab',
      };
      for (const name of Object.values(names)) await writeFile(path.join(dir, name), 'x');
      const longAgo = new Date(Date.now() - 3_600_000);
      await utimes(path.join(dir, names.unownedOld), longAgo, longAgo);
      expect(tempFileOwner(names.dead)).toBe(dead);
      expect(tempFileOwner(names.unownedYoung)).toBeUndefined();

      expect(await removeStaleTempFiles(dir)).toBe(2);
      const left = (await readdir(dir)).filter((name) => name.includes('.tmp-')).sort();
      expect(left).toEqual([names.own, names.live, names.unownedYoung].sort());
    } finally {
      live.kill();
    }
  });
});
