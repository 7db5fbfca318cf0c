// `kfq import --into` used to write workspace.json twice per article (2,000 articles from a 70 kB
// file took 40 s) and, killed midway, left some articles in the library and some stuck in 草稿. Now
// every article file is written complete and 已提交, then the index once: all or none are added.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCH_JOURNAL } from '../../../electron/services/article-batch';
import { listBackups } from '../../../electron/services/backups';
import { openWorkspace } from '../../../electron/services/workspace-store';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { kfq } from '../cli/run-kfq';

const HERE = path.dirname(fileURLToPath(import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-into-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A page of `count` one-sentence articles, each opened by its own 电头 (about 35 bytes an article). */
async function manyArticles(name: string, count: number): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, Array.from({ length: count }, (_, index) => `科学导报讯 记者周文远 园区第${index + 1}个项目开工。\n`).join(''));
  return file;
}

async function freshWorkspace(name: string): Promise<string> {
  const ws = path.join(dir, name);
  expect((await kfq('init', ws)).code).toBe(0);
  return ws;
}

async function articleFileCount(ws: string): Promise<number> {
  return (await readdir(path.join(ws, 'articles'))).filter((name) => name.endsWith('.json')).length;
}

describe('kfq import --into', () => {
  it('adds 2,000 articles from a 70 kB file in one write of the index, all 已提交', async () => {
    const file = await manyArticles('many.txt', 2_000);
    const ws = await freshWorkspace('ws-many');
    const backupsBefore = (await listBackups(ws, path.join(ws, 'workspace.json'))).length;
    const started = performance.now();
    const run = await kfq('import', file, '--into', ws);
    const ms = performance.now() - started;
    expect(run.code, run.err).toBe(0);
    expect(run.out.match(/已加入稿库（已提交）/gu)).toHaveLength(2_000);
    // The index is written once (one backup taken before its one overwrite) rather than twice per
    // article, and the time is bounded generously: 40 s before, about 3 s on an idle machine now.
    expect((await listBackups(ws, path.join(ws, 'workspace.json'))).length).toBe(backupsBefore + 1);
    expect(ms).toBeLessThan(30_000);
    const store = await openWorkspace(ws, { readOnly: true });
    try {
      const entries = await store.listArticles();
      const added = entries.filter((entry) => entry.author === '周文远');
      expect(added).toHaveLength(2_000);
      expect(added.every((entry) => entry.status === 'filed')).toBe(true);
      const article = await store.getArticle(added[0]!.id);
      expect(article).toMatchObject({ status: 'filed', rev: 2, revisions: [{ rev: 1, status: 'draft', note: '导入自 many.txt' }] });
    } finally {
      await store.close();
    }
  });

  it('killed midway adds no article, and the next open removes the files it had written', async () => {
    const bundle = path.join(dir, 'import-into.mjs');
    await build({
      entryPoints: [path.join(HERE, 'fixtures-kill', 'import-into.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      banner: { js: "import { createRequire as __kfqRequire } from 'node:module'; const require = __kfqRequire(import.meta.url);" },
      logLevel: 'silent',
    });
    const file = await manyArticles('kill.txt', 3_000);
    const ws = await freshWorkspace('ws-kill');
    const before = await articleFileCount(ws);
    const child = spawn(process.execPath, [bundle, file, ws], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Killed once a few hundred of the 3,000 files are on disk, long before the index is written.
    const deadline = Date.now() + 60_000;
    while ((await articleFileCount(ws)) < before + 300) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the import never got going: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    await exited;
    expect(await articleFileCount(ws)).toBeGreaterThan(before);
    expect(await readdir(ws)).toContain(BATCH_JOURNAL);

    // A reader leaves the unfinished batch out; it changes nothing on disk.
    const reader = await openWorkspace(ws, { readOnly: true });
    expect(await reader.listArticles()).toHaveLength(before);
    await reader.close();
    expect(await articleFileCount(ws)).toBeGreaterThan(before);

    // A writer removes its files and the journal: the library is as it was before the import.
    const writer = await openWorkspace(ws);
    try {
      expect(await writer.listArticles()).toHaveLength(before);
      expect(await articleFileCount(ws)).toBe(before);
      expect(await readdir(ws)).not.toContain(BATCH_JOURNAL);
    } finally {
      await writer.close();
    }
    // The same import run again adds every article.
    const again = await kfq('import', file, '--into', ws);
    expect(again.code, again.err).toBe(0);
    expect(await articleFileCount(ws)).toBe(before + 3_000);
  });

  it('still adopts an article file that is in no journal (a crash between a single save and its index entry)', async () => {
    const ws = await freshWorkspace('ws-orphan');
    const id = 'a-20250505-orphan01';
    const article = {
      schemaVersion: SCHEMA_VERSION,
      kind: 'article',
      id,
      status: 'draft',
      author: '李文华',
      createdAt: '2025-05-05T02:00:00.000Z',
      updatedAt: '2025-05-05T02:00:00.000Z',
      rev: 1,
      content: [{ type: 'headline', children: [{ text: '单独保存的稿件' }] }],
      revisions: [],
    };
    await writeFile(path.join(ws, 'articles', `${id}.json`), JSON.stringify(article, null, 2));
    const store = await openWorkspace(ws);
    try {
      expect((await store.listArticles()).map((entry) => entry.id)).toContain(id);
    } finally {
      await store.close();
    }
  });
});
