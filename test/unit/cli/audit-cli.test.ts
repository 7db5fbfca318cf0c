// kfq audit DIR [--verify]: prints the audit trail line by line (text from files made safe for the
// terminal), and --verify passes an intact chain and fails, naming the line, when one was changed.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatAuditLine, parseAuditLine } from '../../../electron/services/audit/audit-line';
import { initWorkspace } from '../../../electron/services/workspace-store';
import { articleContent, DESK_USER, DRAFT_ID, makeTempDir, removeDir, steppingClock, testContent } from '../services/store-fixtures';
import { kfq } from './run-kfq';

let dir: string;
let log: string;
beforeEach(async () => {
  dir = await makeTempDir('kfq-audit-cli-');
  log = path.join(dir, 'audit.log.jsonl');
  const store = await initWorkspace(dir, testContent(), { now: steppingClock(), settings: { userName: DESK_USER } });
  const saved = await store.saveArticle({ id: DRAFT_ID, baseRev: 1, content: articleContent('园区新标题', '正文。'), note: '' });
  await store.setArticleStatus(DRAFT_ID, 'filed', '交编辑部');
  await store.saveArticle({
    id: DRAFT_ID,
    baseRev: saved.rev + 1,
    content: articleContent('标题\x1b]0;改掉终端标题\x07', '正文。'),
    note: '',
  });
  await store.setArticleStatus(DRAFT_ID, 'editing', '');
  await store.close();
});
afterEach(async () => {
  await removeDir(dir);
});

describe('kfq audit', () => {
  it('prints one readable line per entry, with control characters made visible', async () => {
    const run = await kfq('audit', dir);
    expect(run.code).toBe(0);
    const lines = run.out.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^\[1\] \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} {2}周编辑 {2}修改 {2}稿件 a-20250505-draft1 {2}《园区新标题》保存为第 2 版$/,
    );
    expect(lines[1]).toContain('改状态');
    expect(lines[1]).toContain('说明：交编辑部');
    expect(run.out).not.toContain('\x1b');
    expect(run.out).not.toContain('\x07');
    expect(lines[2]).toContain('\\x1b]0;改掉终端标题\\x07');
  });

  it('--verify passes an intact log and names its last line’s hash', async () => {
    const run = await kfq('audit', dir, '--verify');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/操作日志完好：4 条记录，摘要链一致。最后一条的摘要：[0-9a-f]{64}$/);
  });

  it('--verify fails with one line changed, naming that line', async () => {
    const lines = (await readFile(log, 'utf8')).split('\n');
    const second = parseAuditLine(lines[1] ?? '');
    if (!second) throw new Error('line 2 is not an entry');
    lines[1] = formatAuditLine({ ...second, user: '另一个人' });
    await writeFile(log, lines.join('\n'));
    const run = await kfq('audit', dir, '--verify');
    expect(run.code).toBe(1);
    expect(run.err).toContain('AUDIT_LOG_BROKEN');
    expect(run.err).toContain('第 2 行已被改动');
    // Without --verify the log is still printed, and the command succeeds.
    expect((await kfq('audit', dir)).code).toBe(0);
  });

  it('--verify passes with an unfinished last line, and says so', async () => {
    await writeFile(log, `${await readFile(log, 'utf8')}{"at":"2025-05-12T0`);
    const run = await kfq('audit', dir, '--verify');
    expect(run.code).toBe(0);
    expect(run.out).toContain('[5] （最后一行写入未完成）');
    expect(run.out).toContain('第 5 行（最后一行）写入未完成');
  });

  it('says when there is no log yet, and refuses a folder that is not a workspace', async () => {
    const empty = await makeTempDir('kfq-audit-empty-');
    try {
      await (await initWorkspace(empty, testContent())).close();
      expect(await kfq('audit', empty, '--verify')).toMatchObject({ code: 0 });
      expect((await kfq('audit', empty)).out).toContain('还没有操作日志');
      const missing = await kfq('audit', path.join(empty, 'articles'));
      expect(missing.code).toBe(1);
      expect(missing.err).toContain('WORKSPACE_MISSING');
    } finally {
      await removeDir(empty);
    }
    expect((await kfq('audit')).code).toBe(2);
    expect((await kfq('audit', dir, '--bogus')).code).toBe(2);
  });
});
