// The kfq commands, run in-process on fresh temporary workspaces, plus the real `bin/kfq.mjs`.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { weekdayIndex, weekdayName } from '../../../shared/model/calendar';
import { parseDocument } from '../../../shared/model/validate';
import { kfq } from './run-kfq';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kfq init', () => {
  it('creates a workspace whose sample issue validates with pages A1–A8 and non-empty articles', async () => {
    const ws = path.join(dir, 'ws');
    const run = await kfq('init', ws);
    expect(run.code).toBe(0);
    expect(run.out).toContain('第14期');

    const issueDirs = await readdir(path.join(ws, 'issues'));
    expect(issueDirs).toEqual(['2025-05-09-14']);
    const issueFile = path.join(ws, 'issues', '2025-05-09-14', 'issue.json');
    expect((await kfq('validate', issueFile)).code).toBe(0);
    const { value: issue } = parseDocument('issue', await readFile(issueFile, 'utf8'));
    expect(issue.pages.map((page) => page.label)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);

    const articleIds = new Set<string>();
    for (const page of issue.pages) {
      const blocks = page.blocks.filter((block) => block.kind === 'article');
      expect(blocks.length, `${page.label} has article blocks`).toBeGreaterThan(0);
      for (const block of blocks) if (block.kind === 'article' && block.articleId) articleIds.add(block.articleId);
    }
    for (const id of articleIds) {
      const file = path.join(ws, 'articles', `${id}.json`);
      expect((await kfq('validate', file)).code).toBe(0);
      const { value: article } = parseDocument('article', await readFile(file, 'utf8'));
      const body = article.content
        .filter((node) => node.type === 'paragraph')
        .map((node) => node.children.map((leaf) => leaf.text).join(''));
      expect(body.join('').length, id).toBeGreaterThan(200);
      expect(article.content.some((node) => node.type === 'headline')).toBe(true);
    }
    expect((await kfq('validate', path.join(ws, 'workspace.json'))).code).toBe(0);
  });

  it('refuses to overwrite an existing workspace', async () => {
    expect((await kfq('init', dir)).code).toBe(0);
    const again = await kfq('init', dir);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/WORKSPACE_EXISTS/);
  });
});

describe('kfq issues and new-issue', () => {
  it('advances 期号 and 总期号 by one and the date by one week, twice, with the right weekday', async () => {
    await kfq('init', dir);
    expect((await kfq('new-issue', dir)).code).toBe(0);
    expect((await kfq('new-issue', dir)).code).toBe(0);
    const list = await kfq('issues', dir, '--json');
    expect(list.code).toBe(0);
    const issues = JSON.parse(list.out) as Array<{
      id: string;
      number: number;
      totalNumber: number;
      date: string;
      weekday: string;
      pageCount: number;
    }>;
    expect(issues).toHaveLength(3);
    for (const issue of issues) {
      expect(Object.keys(issue)).toEqual(expect.arrayContaining(['id', 'number', 'totalNumber', 'date', 'weekday', 'pageCount']));
      expect(issue.weekday).toBe(weekdayName(issue.date));
      expect(weekdayIndex(issue.date)).toBe(5);
      expect(issue.pageCount).toBe(8);
    }
    for (let index = 1; index < issues.length; index += 1) {
      const [before, after] = [issues[index - 1], issues[index]];
      if (!before || !after) throw new Error('missing issue');
      expect(after.number).toBe(before.number + 1);
      expect(after.totalNumber).toBe(before.totalNumber + 1);
      expect((Date.parse(after.date) - Date.parse(before.date)) / 86_400_000).toBe(7);
    }
  });

  it('takes an explicit date and refuses an impossible one', async () => {
    await kfq('init', dir);
    const made = await kfq('new-issue', dir, '--date', '2025-05-20', '--json');
    expect(made.code).toBe(0);
    expect(JSON.parse(made.out)).toMatchObject({ number: 15, totalNumber: 4370, date: '2025-05-20' });
    const bad = await kfq('new-issue', dir, '--date', '2025-02-30');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/日期/);
  });

  it('prints a readable list', async () => {
    await kfq('init', dir);
    expect((await kfq('issues', dir)).out).toContain('第14期  总第4369期  2025年5月9日 星期五  8版');
  });
});

describe('kfq layout', () => {
  it('prints the diagnostics of every block of the latest issue', async () => {
    await kfq('init', dir);
    const run = await kfq('layout', dir, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as {
      issue: { number: number };
      blocks: Array<{
        blockId: string;
        pageLabel: string;
        kind: string;
        overflowChars: number;
        unresolvedJump: string | null;
        notes: string[];
      }>;
    };
    expect(report.issue.number).toBe(14);
    expect(new Set(report.blocks.map((block) => block.pageLabel))).toEqual(new Set(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']));
    expect(report.blocks.filter((block) => block.kind === 'article').length).toBeGreaterThan(30);
    expect(report.blocks.every((block) => block.overflowChars === 0 && block.unresolvedJump === null)).toBe(true);
    const readable = await kfq('layout', dir, '2025-05-09-14');
    expect(readable.out).toContain('A1  p1-b1');
    expect((await kfq('layout', dir, '99')).err).toMatch(/找不到期次/);
  });
});

describe('kfq failures', () => {
  it('exits non-zero with a Chinese message', async () => {
    const missing = await kfq('issues', path.join(dir, 'nothing-here'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^错误：/);

    const unknown = await kfq('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/未知命令/);

    expect((await kfq('issues')).code).toBe(2);
    expect((await kfq()).code).toBe(2);
  });

  it('validate names each refusal', async () => {
    const cases: Array<[string, string]> = [
      ['{"schemaVersion":2,"kind":"issue","pages":[', 'FILE_TRUNCATED'],
      ['{"kind": issue}', 'FILE_MALFORMED'],
      ['{"schemaVersion":99,"kind":"issue"}', 'FILE_NEWER_VERSION'],
      ['{"schemaVersion":2,"kind":"issue","__proto__":{"x":1}}', 'FILE_UNSAFE_KEYS'],
      ['{"schemaVersion":2,"kind":"issue","pages":[]}', 'FILE_INVALID'],
    ];
    for (const [text, code] of cases) {
      const file = path.join(dir, `${code}.json`);
      await writeFile(file, text);
      const run = await kfq('validate', file);
      expect(run.code, code).toBe(1);
      expect(run.err, code).toContain(code);
      expect(await readFile(file, 'utf8')).toBe(text);
    }
    expect((await kfq('validate', path.join(dir, 'absent.json'))).err).toContain('FILE_NOT_FOUND');
  });
});

describe('bin/kfq.mjs', () => {
  it('runs as a command with exit codes', async () => {
    const bin = path.resolve(__dirname, '../../../bin/kfq.mjs');
    const run = promisify(execFile);
    const ws = path.join(dir, 'bin-ws');
    const init = await run(process.execPath, [bin, 'init', ws]);
    expect(init.stdout).toContain('已创建工作区');
    const list = await run(process.execPath, [bin, 'issues', ws, '--json']);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
    await expect(run(process.execPath, [bin, 'issues', path.join(dir, 'none')])).rejects.toMatchObject({ code: 1 });
  });

  // The bundle is written in ASCII (the Chinese of the import rules escaped) and export runs it
  // without TurboFan: what the command prints and writes must be what the sources do in-process.
  it('imports and exports exactly as the in-process commands do', async () => {
    const bin = path.resolve(__dirname, '../../../bin/kfq.mjs');
    const run = promisify(execFile);
    const draft = path.join(dir, 'draft.txt');
    await writeFile(
      draft,
      '滨河高新区\n园区里的新车间\n——一家配件厂的三个月\n科学导报讯 记者周文远 开春以来，园区新建厂房12栋，引进项目8个。\n车间主任说，新线投产后产能提高一倍。 韩一鸣\n',
    );
    const imported = await run(process.execPath, [bin, 'import', draft, '--json']);
    expect(JSON.parse(imported.stdout)).toEqual(JSON.parse((await kfq('import', draft, '--json')).out));
    expect(JSON.parse(imported.stdout)[0]).toMatchObject({ kicker: '滨河高新区', dateline: '科学导报讯', signature: '韩一鸣' });

    const ws = path.join(dir, 'export-ws');
    expect((await kfq('init', ws)).code).toBe(0);
    await run(process.execPath, [bin, 'export', ws, '-o', path.join(dir, 'bin.pdf'), '--pages', 'A1-A2']);
    expect((await kfq('export', ws, '-o', path.join(dir, 'in-process.pdf'), '--pages', 'A1-A2')).code).toBe(0);
    const [fromBin, inProcess] = await Promise.all([readFile(path.join(dir, 'bin.pdf')), readFile(path.join(dir, 'in-process.pdf'))]);
    expect(fromBin.subarray(0, 5).toString()).toBe('%PDF-');
    expect(fromBin.equals(inProcess)).toBe(true);
  }, 60_000);
});
