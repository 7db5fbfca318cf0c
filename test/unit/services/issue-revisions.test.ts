// Issues saved like articles: each save that changes the issue adds one to its revision, a save
// based on a stale revision is refused with its own code, and the unsaved layout has a journal.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../shared/ipc/dispatch';
import { createApiHandlers } from '../../../electron/services/api-handlers';
import { initWorkspace, openWorkspace, type WorkspaceStore } from '../../../electron/services/workspace-store';
import { CHINESE, DESK_USER, makeTempDir, refusal, removeDir, steppingClock, testContent } from './store-fixtures';

const ISSUE_ID = '2025-05-09-14';
let dir: string;
let store: WorkspaceStore;

beforeEach(async () => {
  dir = await makeTempDir();
  store = await initWorkspace(dir, testContent(), { now: steppingClock(), settings: { userName: DESK_USER } });
});
afterEach(async () => {
  await store.close();
  await removeDir(dir);
});

describe('issue revisions', () => {
  it('adds one per save that changes the issue, based on the revision it returned', async () => {
    const issue = await store.getIssue(ISSUE_ID);
    expect(issue.rev).toBe(1);
    issue.pages[0]!.name = '要闻一';
    const second = await store.saveIssue(issue, 1);
    expect(second.rev).toBe(2);
    second.pages[0]!.name = '要闻二';
    expect((await store.saveIssue(second, second.rev)).rev).toBe(3);
    // Saving what is stored changes nothing, the revision included.
    expect((await store.saveIssue(await store.getIssue(ISSUE_ID), 3)).rev).toBe(3);
    expect((await store.getIssue(ISSUE_ID)).rev).toBe(3);
  });

  it('refuses a stale base revision with ISSUE_CONFLICT and a Chinese message, writing nothing', async () => {
    const mine = await store.getIssue(ISSUE_ID);
    const theirs = structuredClone(mine);
    theirs.pages[1]!.name = '别处改的';
    await store.saveIssue(theirs, 1);
    mine.pages[1]!.name = '我改的';
    const refused = await refusal(store.saveIssue(mine, 1));
    expect(refused.code).toBe('ISSUE_CONFLICT');
    expect(refused.message).toContain('期次已在别处被修改（第2版修订');
    expect(refused.message).toMatch(CHINESE);
    expect((await store.getIssue(ISSUE_ID)).pages[1]?.name).toBe('别处改的');
  });

  it('requires the base revision over the API', async () => {
    const handlers = createApiHandlers(store);
    const issue = await store.getIssue(ISSUE_ID);
    expect(await dispatchCall(handlers, 'saveIssue', [issue])).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await dispatchCall(handlers, 'saveIssue', [issue, 1])).toMatchObject({ ok: true, value: { rev: 1 } });
    issue.pages[0]!.name = '改';
    expect(await dispatchCall(handlers, 'saveIssue', [issue, 1])).toMatchObject({ ok: true, value: { rev: 2 } });
    expect(await dispatchCall(handlers, 'saveIssue', [issue, 1])).toMatchObject({ ok: false, error: { code: 'ISSUE_CONFLICT' } });
  });

  it('creates the next issue on the layout of another over the API', async () => {
    const handlers = createApiHandlers(store);
    const made = await dispatchCall(handlers, 'createIssue', [{ layoutFrom: ISSUE_ID }]);
    expect(made).toMatchObject({ ok: true, value: { id: '2025-05-16-15', rev: 1 } });
    const copy = await store.getIssue('2025-05-16-15');
    const frame = copy.pages[1]?.blocks.find((block) => block.id === 'p2-lead');
    expect(frame).toMatchObject({ kind: 'article', articleId: null });
    expect(await dispatchCall(handlers, 'createIssue', [{ layoutFrom: '2030-01-04-1' }])).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('journal of unsaved layout', () => {
  it('writes, reads back after a reopen, and clears on request', async () => {
    const edited = await store.getIssue(ISSUE_ID);
    edited.pages[2]!.name = '未保存的版名';
    await store.writeIssueRecovery({ issueId: ISSUE_ID, baseRev: 1, issue: edited });
    await store.close();
    store = await openWorkspace(dir);
    expect(await store.readIssueRecovery(ISSUE_ID)).toEqual({ issueId: ISSUE_ID, baseRev: 1, savedAt: expect.any(String), issue: edited });
    await store.discardIssueRecovery(ISSUE_ID);
    expect(await store.readIssueRecovery(ISSUE_ID)).toBeNull();
  });

  it('is cleared by a successful save and not offered once the issue was saved past its base', async () => {
    const edited = await store.getIssue(ISSUE_ID);
    edited.pages[2]!.name = '未保存的版名';
    await store.writeIssueRecovery({ issueId: ISSUE_ID, baseRev: 1, issue: edited });
    await store.saveIssue(edited, 1);
    expect(await store.readIssueRecovery(ISSUE_ID)).toBeNull();
    expect(await readdir(path.join(dir, '.recovery', 'issues'))).toEqual([]);

    await store.writeIssueRecovery({ issueId: ISSUE_ID, baseRev: 1, issue: { ...edited, pages: edited.pages.slice(0, 7) } });
    expect(await store.readIssueRecovery(ISSUE_ID)).toBeNull();
    // The article journal does not mistake the issues' folder for an entry.
    expect(await store.listRecoveries()).toEqual([]);
  });

  it('refuses a journal for an issue that does not exist or under another id', async () => {
    const issue = await store.getIssue(ISSUE_ID);
    expect((await refusal(store.writeIssueRecovery({ issueId: '2025-05-16-15', baseRev: 1, issue }))).code).toBe('INVALID_ARGUMENT');
    const other = { ...issue, id: '2025-05-16-15', date: '2025-05-16', number: 15 };
    expect((await refusal(store.writeIssueRecovery({ issueId: other.id, baseRev: 1, issue: other }))).code).toBe('NOT_FOUND');
  });

  it('is carried by the API', async () => {
    const handlers = createApiHandlers(store);
    const issue = await store.getIssue(ISSUE_ID);
    issue.pages[0]!.editor = '王编辑';
    expect(await dispatchCall(handlers, 'writeIssueRecovery', [{ issueId: ISSUE_ID, baseRev: 1, issue }])).toEqual({
      ok: true,
      value: null,
    });
    expect(await dispatchCall(handlers, 'readIssueRecovery', [ISSUE_ID])).toMatchObject({ ok: true, value: { baseRev: 1, issue } });
    expect(await dispatchCall(handlers, 'discardIssueRecovery', [ISSUE_ID])).toEqual({ ok: true, value: null });
    expect(await dispatchCall(handlers, 'readIssueRecovery', [ISSUE_ID])).toEqual({ ok: true, value: null });
    expect(await dispatchCall(handlers, 'readIssueRecovery', ['../x'])).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});
