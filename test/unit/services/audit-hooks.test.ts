// The services write the audit trail: each received, edited, status-changed, placed, exported or
// restored thing adds exactly one line, credited to the workstation's user; an edit without a
// user name is refused before anything is written, and a reader records nothing.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/model/audit';
import type { ArticleBlock } from '../../../shared/model/issue';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { parseAuditLine } from '../../../electron/services/audit/audit-line';
import { verifyAuditTrail } from '../../../electron/services/audit/audit-verify';
import { exportIssuePdf } from '../../../electron/services/export/export-issue';
import { initWorkspace, openWorkspace, type WorkspaceStore } from '../../../electron/services/workspace-store';
import {
  articleContent,
  DESK_USER,
  DRAFT_ID,
  fingerprint,
  makeTempDir,
  PLACED_ID,
  refusal,
  removeDir,
  steppingClock,
  testContent,
} from './store-fixtures';

const ISSUE_ID = '2025-05-09-14';
let dir: string;
let store: WorkspaceStore;

async function init(userName: string): Promise<WorkspaceStore> {
  return initWorkspace(dir, testContent(), { now: steppingClock(), settings: { userName } });
}

beforeEach(async () => {
  dir = await makeTempDir('kfq-audit-hooks-');
  store = await init(DESK_USER);
});
afterEach(async () => {
  await store.close();
  await removeDir(dir);
});

async function entries(): Promise<AuditEntry[]> {
  const text = await readFile(path.join(dir, 'audit.log.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const entry = parseAuditLine(line);
      if (!entry) throw new Error(`not an entry: ${line}`);
      return entry;
    });
}

function draftBlock(): ArticleBlock {
  return {
    kind: 'article',
    id: 'p3-draft',
    col: gridColumns(0),
    line: gridLines(3),
    cols: gridColumns(3),
    lines: gridLines(30),
    articleId: DRAFT_ID,
    textColumns: 3,
    headline: 'across',
    headlineSize: null,
    continuesIn: null,
    headlineLines: null,
    showKicker: true,
    showSubtitle: true,
  };
}

describe('each action writes one line with the right user', () => {
  it('edited: a save that makes a revision, not one that changes nothing', async () => {
    const saved = await store.saveArticle({ id: DRAFT_ID, baseRev: 1, content: articleContent('改后标题', '正文。'), note: '改标题' });
    await store.saveArticle({ id: DRAFT_ID, baseRev: 2, content: saved.content, note: '' });
    const log = await entries();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ user: DESK_USER, action: 'edited', target: { articleId: DRAFT_ID } });
    expect(log[0]?.detail).toContain('第 2 版');
    expect(log[0]?.detail).toContain('改标题');
    // The revision is credited to the user at the workstation, not to the article's author.
    expect(saved.revisions.at(-1)?.by).toBe(DESK_USER);
  });

  it('status: a status change, with both statuses in the detail', async () => {
    await store.setArticleStatus(DRAFT_ID, 'filed', '提交');
    const log = await entries();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ user: DESK_USER, action: 'status', target: { articleId: DRAFT_ID } });
    expect(log[0]?.detail).toMatch(/草稿.*已提交/);
  });

  it('placed: an issue save that adds an article block, once, with its page', async () => {
    const issue = await store.getIssue(ISSUE_ID);
    issue.pages[2]?.blocks.push(draftBlock());
    await store.saveIssue(issue);
    // Saving it again (or with the article moved) places nothing new.
    await store.saveIssue(issue);
    const log = await entries();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      user: DESK_USER,
      action: 'placed',
      target: { articleId: DRAFT_ID, issueId: ISSUE_ID, page: 'A3' },
    });
  });

  it('received: a manuscript from a package, under the desk that took it in', async () => {
    await store.putReceivedArticle({
      id: 'a-20250512-0f0f0f0f',
      expectRev: null,
      content: articleContent('来稿标题', '来稿正文。'),
      author: '王波',
      createdAt: '2025-05-12T07:00:00.000Z',
      source: {
        packageId: 'a-20250512-0f0f0f0f-0a1b2c3d',
        revision: 1,
        contentHash: 'a'.repeat(64),
        author: '王波',
        receivedAt: '2025-05-12T08:00:00.000Z',
      },
      note: '',
    });
    const log = await entries();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ user: DESK_USER, action: 'received', target: { articleId: 'a-20250512-0f0f0f0f' } });
    expect(log[0]?.detail).toContain('王波');
  });

  it('restored: the autosaved edits become the next revision', async () => {
    const edited = articleContent('崩溃前的标题', '崩溃前没保存的正文。');
    await store.writeRecovery({ articleId: DRAFT_ID, baseRev: 1, content: edited });
    const restored = await store.restoreRecovery(DRAFT_ID);
    expect(restored).toMatchObject({ rev: 2, content: edited });
    expect(restored.revisions.at(-1)?.by).toBe(DESK_USER);
    expect(await store.listRecoveries()).toEqual([]);
    const log = await entries();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ user: DESK_USER, action: 'restored', target: { articleId: DRAFT_ID } });
  });

  it('restored: refused when the article was saved after the edits began', async () => {
    await store.writeRecovery({ articleId: DRAFT_ID, baseRev: 1, content: articleContent('旧的修改') });
    await store.saveArticle({ id: DRAFT_ID, baseRev: 1, content: articleContent('别处保存的'), note: '' });
    expect((await refusal(store.restoreRecovery(DRAFT_ID))).code).toBe('NOT_FOUND');
    await store.writeRecovery({ articleId: DRAFT_ID, baseRev: 1, content: articleContent('过期的修改') });
    expect((await refusal(store.restoreRecovery(DRAFT_ID))).code).toBe('CONFLICT');
    expect((await entries()).map((entry) => entry.action)).toEqual(['edited']);
  });

  it('exported: a PDF written from a writable store', async () => {
    const output = path.join(dir, '导出', 'out.pdf');
    await exportIssuePdf(store, { issue: ISSUE_ID, pages: 'A2', bleedMm: 0, cropMarks: false, output });
    const log = await entries();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ user: DESK_USER, action: 'exported', target: { issueId: ISSUE_ID, page: 'A2' } });
    expect(log[0]?.detail).toContain(output);
  });

  it('keeps every line chained, and lists an article’s own lines for its history view', async () => {
    await store.saveArticle({ id: DRAFT_ID, baseRev: 1, content: articleContent('一改'), note: '' });
    await store.setArticleStatus(PLACED_ID, 'editing', '');
    await store.setArticleStatus(DRAFT_ID, 'filed', '');
    expect((await verifyAuditTrail(path.join(dir, 'audit.log.jsonl'))).records).toBe(3);
    const trail = await store.readArticleTrail(DRAFT_ID);
    expect(trail.map((record) => [record.line, record.action])).toEqual([
      [1, 'edited'],
      [3, 'status'],
    ]);
    await expect(store.readArticleTrail('../x')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('the workstation user name', () => {
  it('is required before an edit: saving, status changes and placing are refused without one and change nothing', async () => {
    await store.close();
    await removeDir(dir);
    store = await init('');
    const before = await fingerprint(dir);
    const save = await refusal(store.saveArticle({ id: DRAFT_ID, baseRev: 1, content: articleContent('没有署名的修改'), note: '' }));
    expect(save.code).toBe('USER_NAME_MISSING');
    expect(save.message).toContain('工作站设置');
    expect((await refusal(store.setArticleStatus(DRAFT_ID, 'filed', ''))).code).toBe('USER_NAME_MISSING');
    const issue = await store.getIssue(ISSUE_ID);
    issue.pages[2]?.blocks.push(draftBlock());
    expect((await refusal(store.saveIssue(issue))).code).toBe('USER_NAME_MISSING');
    expect(await fingerprint(dir)).toEqual(before);
    // A name of spaces is no name.
    await store.saveSettings({ ...(await store.getSettings()), userName: '  ' });
    expect((await refusal(store.setArticleStatus(DRAFT_ID, 'filed', ''))).code).toBe('USER_NAME_MISSING');
  });

  it('is not needed by a reader, which records nothing', async () => {
    await store.close();
    const reader = await openWorkspace(dir, { readOnly: true });
    try {
      await reader.recordAudit({ action: 'exported', target: { issueId: ISSUE_ID }, detail: '只读' });
      expect(await entries()).toEqual([]);
    } finally {
      await reader.close();
      store = await openWorkspace(dir);
    }
  });
});
