// Acceptance: a process saving an issue in a loop is killed with SIGKILL at random moments; after
// every kill the issue file is one complete version, and reopening leaves no temp file behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Issue } from '../../../shared/model/issue';
import { parseDocument } from '../../../shared/model/validate';
import { isTempFileName } from '../../../electron/services/durable-file';
import { listBackups } from '../../../electron/services/backups';
import { initWorkspace, openWorkspace } from '../../../electron/services/workspace-store';
import { listFiles, makeTempDir, removeDir, testContent } from './store-fixtures';

/** Kills in all: two lanes, each with its own workspace and child, use both cores of a small machine. */
const ROUNDS = 200;
const LANES = 2;
/** Each child numbers its versions from (round + 1) × STRIDE, so a version names the child that wrote it. */
const STRIDE = 100_000;
const ISSUE_ID = '2025-05-09-14';
const HERE = path.dirname(fileURLToPath(import.meta.url));

let bundleDir: string;
let child: string;
const workspaces: string[] = [];

beforeAll(async () => {
  bundleDir = await makeTempDir('kfq-crash-bundle-');
  child = path.join(bundleDir, 'save-loop.mjs');
  await build({
    entryPoints: [path.join(HERE, 'fixtures-crash', 'save-loop.ts')],
    outfile: child,
    bundle: true,
    // A smaller file starts faster, and start-up is most of each round.
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  for (let lane = 0; lane < LANES; lane += 1) {
    const ws = await makeTempDir('kfq-crash-ws-');
    await (await initWorkspace(ws, testContent())).close();
    workspaces.push(ws);
  }
});

afterAll(async () => {
  await removeDir(bundleDir);
  for (const ws of workspaces) await removeDir(ws);
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves once the child says it starts writing; rejects with its stderr if it dies first. */
function started(proc: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('started\n')) resolve();
    });
    proc.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    proc.on('exit', (code) => reject(new Error(`child exited (${code}) before writing: ${err}`)));
  });
}

function exited(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve();
    else proc.on('exit', () => resolve());
  });
}

/** The base issue with its first page named `name`, at the revision `rev` (each save adds one). */
function versionNamed(base: Issue, name: string, rev: number): Issue {
  const expected = structuredClone(base);
  expected.pages[0]!.name = name;
  expected.rev = rev;
  return expected;
}

async function tempFilesIn(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((file) => isTempFileName(path.basename(file)));
}

interface LaneStats {
  wrote: number;
  leftovers: number;
}

/** Runs `rounds` children on one workspace, killing each mid-save and checking what is left. */
async function runLane(ws: string, rounds: number): Promise<LaneStats> {
  const issueFile = path.join(ws, 'issues', ISSUE_ID, 'issue.json');
  const base = testContent().issue;
  let previous = base.pages[0]!.name;
  const stats: LaneStats = { wrote: 0, leftovers: 0 };
  for (let round = 0; round < rounds; round += 1) {
    const first = (round + 1) * STRIDE;
    const proc = spawn(process.execPath, [child, ws, ISSUE_ID, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    await started(proc);
    await sleep(5 + Math.random() * 55);
    proc.kill('SIGKILL');
    await exited(proc);

    // The file is either what it was before this child ran or one of the versions it wrote.
    const { value } = parseDocument('issue', await readFile(issueFile, 'utf8'));
    const name = value.pages[0]!.name;
    if (name !== previous) {
      const n = Number(/^版(\d+)$/.exec(name)?.[1]);
      expect(n >= first && n < first + STRIDE, `round ${round}: ${name} was not written by this child`).toBe(true);
      stats.wrote += 1;
    }
    expect(value).toEqual(versionNamed(base, name, value.rev));
    previous = name;

    if ((await tempFilesIn(ws)).length > 0) stats.leftovers += 1;
    const store = await openWorkspace(ws);
    expect(await tempFilesIn(ws)).toEqual([]);
    expect((await store.getIssue(ISSUE_ID)).pages[0]?.name).toBe(name);
    await store.close();
  }
  // Every snapshot kept along the way is a complete earlier version too.
  for (const snapshot of await listBackups(ws, issueFile)) {
    const { value } = parseDocument('issue', await readFile(snapshot, 'utf8'));
    expect(value).toEqual(versionNamed(base, value.pages[0]!.name, value.rev));
  }
  return stats;
}

describe('crash safety', () => {
  it(`keeps the issue whole through ${ROUNDS} SIGKILLs mid-save`, async () => {
    const lanes = await Promise.all(workspaces.map((ws) => runLane(ws, ROUNDS / LANES)));
    const wrote = lanes.reduce((sum, lane) => sum + lane.wrote, 0);
    const leftovers = lanes.reduce((sum, lane) => sum + lane.leftovers, 0);
    // The kills must have landed while writing, or the test proves nothing.
    expect(wrote).toBeGreaterThan(ROUNDS / 2);
    expect(leftovers).toBeGreaterThan(0);
  }, 120_000);
});
