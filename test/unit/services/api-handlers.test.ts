// The API as the renderer sees it: raw arguments go through dispatchCall, which validates them
// against the contract; every outcome, refusals included, comes back as a value.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_METHODS, type ApiHandlers } from '../../../shared/ipc/contract';
import { dispatchCall } from '../../../shared/ipc/dispatch';
import { createApiHandlers, type ApiEventMessage } from '../../../electron/services/api-handlers';
import { initWorkspace, type WorkspaceStore } from '../../../electron/services/workspace-store';
import { articleContent, CHINESE, DESK_USER, DRAFT_ID, makeTempDir, removeDir, steppingClock, testContent } from './store-fixtures';

let dir: string;
let store: WorkspaceStore;
let handlers: ApiHandlers;
let events: ApiEventMessage[];

beforeEach(async () => {
  dir = await makeTempDir();
  store = await initWorkspace(dir, testContent(), { now: steppingClock('2025-05-10T03:00:00.000Z'), settings: { userName: DESK_USER } });
  events = [];
  handlers = createApiHandlers(store, (event) => events.push(event));
});
afterEach(async () => {
  await store.close();
  await removeDir(dir);
});

async function call(method: string, args: unknown): Promise<unknown> {
  return dispatchCall(handlers, method, args);
}

describe('createApiHandlers', () => {
  it('implements every method of the contract', () => {
    for (const method of API_METHODS) expect(typeof handlers[method]).toBe('function');
  });

  it('answers calls with values and announces changes', async () => {
    expect(await call('getWorkspaceInfo', [])).toEqual({ ok: true, value: { path: dir, name: '开发区建设', migratedFiles: 0 } });
    const created = (await call('createArticle', [{ content: articleContent('新稿'), author: '张晓燕' }])) as {
      ok: true;
      value: { id: string };
    };
    expect(created.ok).toBe(true);
    expect(await call('getArticle', [created.value.id])).toMatchObject({ ok: true, value: { id: created.value.id, rev: 1 } });
    expect(await call('saveArticle', [{ id: created.value.id, baseRev: 1, content: articleContent('改稿'), note: '' }])).toMatchObject({
      ok: true,
      value: { rev: 2 },
    });
    expect(await call('createIssue', [{}])).toMatchObject({ ok: true, value: { number: 15, date: '2025-05-16' } });
    expect(await call('listIssues', [])).toMatchObject({ ok: true, value: [{ number: 14 }, { number: 15 }] });
    expect(await call('writeRecovery', [{ articleId: DRAFT_ID, baseRev: 1, content: articleContent('未保存') }])).toEqual({
      ok: true,
      value: null,
    });
    expect(await call('listRecoveries', [])).toMatchObject({ ok: true, value: [{ articleId: DRAFT_ID }] });
    expect(await call('discardRecovery', [DRAFT_ID])).toEqual({ ok: true, value: null });
    expect(events.flatMap((event) => (event.name === 'workspaceChanged' ? [event.payload.what] : []))).toEqual([
      'articles',
      'articles',
      'issues',
    ]);
  });

  it('refuses bad arguments before they reach the store', async () => {
    const cases: Array<[string, unknown]> = [
      ['getArticle', ['../../etc/passwd']],
      ['getArticle', []],
      ['saveArticle', [{ id: DRAFT_ID, baseRev: 0, content: articleContent('x'), note: '' }]],
      ['saveArticle', [{ id: DRAFT_ID, baseRev: 1, content: [], note: '' }]],
      ['setArticleStatus', [DRAFT_ID, 'published', '']],
      ['createIssue', [{ date: '2025-02-30' }]],
      ['saveSettings', [{ role: 'admin', userName: '', autosaveIntervalMs: 2000 }]],
      ['createArticle', [{ content: articleContent('x'), author: '张', extra: true }]],
      ['deleteEverything', []],
      ['getProfile', 'not a tuple'],
    ];
    for (const [method, args] of cases) {
      const result = (await call(method, args)) as { ok: boolean; error: { code: string; message: string } };
      expect(result.ok, `${method} ${JSON.stringify(args)}`).toBe(false);
      expect(result.error.code).toBe('INVALID_ARGUMENT');
      expect(result.error.message).toMatch(CHINESE);
    }
    expect((await store.getArticle(DRAFT_ID)).rev).toBe(1);
    expect(events).toEqual([]);
  });

  it('returns refusals of the store as values with their code', async () => {
    expect(await call('saveArticle', [{ id: DRAFT_ID, baseRev: 5, content: articleContent('x'), note: '' }])).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(CHINESE) },
    });
    expect(await call('setArticleStatus', [DRAFT_ID, 'approved', ''])).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    expect(await call('getArticle', ['a-missing-one'])).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('getIssue', ['2030-01-04-1'])).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('createIssue', [{ date: '2025-05-09' }])).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('keeps a failing listener from failing the write', async () => {
    const throwing = createApiHandlers(store, () => {
      throw new Error('window gone');
    });
    expect(await dispatchCall(throwing, 'setArticleStatus', [DRAFT_ID, 'filed', ''])).toMatchObject({
      ok: true,
      value: { status: 'filed' },
    });
  });
});
