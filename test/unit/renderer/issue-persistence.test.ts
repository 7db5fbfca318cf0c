// The page editor's saver against the real services, bridged in Node the way both shells carry
// calls (dispatchCall over createApiHandlers): journal at once, autosave after the pause, revisions
// that follow each save, a conflict when someone else saved, and the unsaved state for the prompt.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, type WorkstationApi } from '../../../shared/ipc/contract';
import { dispatchCall } from '../../../shared/ipc/dispatch';
import type { Issue } from '../../../shared/model/issue';
import { createApiHandlers } from '../../../electron/services/api-handlers';
import { initWorkspace, type WorkspaceStore } from '../../../electron/services/workspace-store';
import { AUTOSAVE_DELAY_MS, createIssueSaver, type IssueSaveState } from '../../../renderer/src/page-editor/issue-persistence';
import { DESK_USER, makeTempDir, removeDir, steppingClock, testContent } from '../services/store-fixtures';

const ISSUE_ID = '2025-05-09-14';
let dir: string;
let store: WorkspaceStore;
let api: WorkstationApi;
let states: IssueSaveState[];

beforeEach(async () => {
  dir = await makeTempDir();
  store = await initWorkspace(dir, testContent(), { now: steppingClock(), settings: { userName: DESK_USER } });
  const handlers = createApiHandlers(store);
  const bridge: Record<string, unknown> = {};
  for (const method of API_METHODS) bridge[method] = (...args: unknown[]) => dispatchCall(handlers, method, structuredClone(args));
  api = bridge as WorkstationApi;
  states = [];
  // Only the timers are fake: the services' file system work runs for real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(async () => {
  vi.useRealTimers();
  await store.close();
  await removeDir(dir);
});

function renamed(issue: Issue, name: string): Issue {
  return { ...issue, pages: issue.pages.map((page, index) => (index === 0 ? { ...page, name } : page)) };
}

function saverFor(initialRev: number) {
  return createIssueSaver({ api, issueId: ISSUE_ID, initialRev, onState: (state) => states.push(state) });
}

/** Lets the services' promises settle while the fake clock stands still. */
async function settle(): Promise<void> {
  for (let round = 0; round < 20; round += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe('createIssueSaver', () => {
  it('journals each change at once and saves once after the pause', async () => {
    const issue = await store.getIssue(ISSUE_ID);
    const saver = saverFor(issue.rev);
    saver.schedule(renamed(issue, '一'));
    saver.schedule(renamed(issue, '二'));
    expect(saver.state()).toBe('unsaved');
    expect(saver.hasUnsaved()).toBe(true);
    await saver.journaled();
    expect((await store.readIssueRecovery(ISSUE_ID))?.issue.pages[0]?.name).toBe('二');
    expect((await store.getIssue(ISSUE_ID)).pages[0]?.name).toBe('要闻');

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await vi.waitFor(() => expect(saver.state()).toBe('saved'));
    const stored = await store.getIssue(ISSUE_ID);
    expect([stored.rev, stored.pages[0]?.name]).toEqual([2, '二']);
    expect(saver.rev()).toBe(2);
    expect(saver.hasUnsaved()).toBe(false);
    expect(await store.readIssueRecovery(ISSUE_ID)).toBeNull();
    expect(states).toEqual(['unsaved', 'saving', 'saved']);

    // The next change is based on the revision the save returned.
    saver.schedule(renamed(stored, '三'));
    expect(await saver.flush()).toBe('saved');
    expect((await store.getIssue(ISSUE_ID)).rev).toBe(3);
    saver.dispose();
  });

  it('stops at a conflict when the issue was saved elsewhere, keeping the edits in the journal', async () => {
    const issue = await store.getIssue(ISSUE_ID);
    const saver = saverFor(issue.rev);
    await store.saveIssue(renamed(issue, '别处'), issue.rev);
    const errors: string[] = [];
    const watched = createIssueSaver({
      api,
      issueId: ISSUE_ID,
      initialRev: issue.rev,
      onState: (_state, error) => errors.push(error?.message ?? ''),
    });
    watched.schedule(renamed(issue, '此处'));
    expect(await watched.flush()).toBe('conflict');
    expect(errors.at(-1)).toContain('期次已在别处被修改（第2版修订');
    expect(watched.hasUnsaved()).toBe(true);
    expect((await store.getIssue(ISSUE_ID)).pages[0]?.name).toBe('别处');

    // Further edits are journaled, not saved, until the editor reloads and resets.
    watched.schedule(renamed(issue, '此处再改'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    await settle();
    expect(watched.state()).toBe('conflict');
    expect((await store.getIssue(ISSUE_ID)).pages[0]?.name).toBe('别处');
    const reloaded = await store.getIssue(ISSUE_ID);
    watched.reset(reloaded.rev);
    watched.schedule(renamed(reloaded, '重排'));
    expect(await watched.flush()).toBe('saved');
    expect((await store.getIssue(ISSUE_ID)).rev).toBe(3);
    saver.dispose();
    watched.dispose();
  });

  it('reports a refused save as an error and tries again with the next change', async () => {
    const issue = await store.getIssue(ISSUE_ID);
    const saver = saverFor(issue.rev);
    saver.schedule({ ...issue, pages: [] });
    expect(await saver.flush()).toBe('error');
    expect(saver.hasUnsaved()).toBe(true);
    saver.schedule(renamed(issue, '改好了'));
    expect(await saver.flush()).toBe('saved');
    expect((await store.getIssue(ISSUE_ID)).pages[0]?.name).toBe('改好了');
  });

  it('journals again on the new revision what changed while a save was under way', async () => {
    const issue = await store.getIssue(ISSUE_ID);
    const saver = saverFor(issue.rev);
    saver.schedule(renamed(issue, '甲'));
    const flushing = saver.flush();
    saver.schedule(renamed(issue, '乙'));
    await flushing;
    await saver.journaled();
    expect(saver.state()).toBe('unsaved');
    // A crash now would still offer 乙: its journal is based on the revision stored.
    expect((await store.readIssueRecovery(ISSUE_ID))?.issue.pages[0]?.name).toBe('乙');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await vi.waitFor(() => expect(saver.state()).toBe('saved'));
    expect((await store.getIssue(ISSUE_ID)).pages[0]?.name).toBe('乙');
  });
});
