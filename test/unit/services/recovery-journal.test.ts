import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initWorkspace, openWorkspace, type WorkspaceStore } from '../../../electron/services/workspace-store';
import { articleContent, DESK_USER, DRAFT_ID, makeTempDir, PLACED_ID, removeDir, steppingClock, testContent } from './store-fixtures';

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

const EDITED = articleContent('未保存的标题', '崩溃前还没保存的正文。');

describe('recovery journal', () => {
  it('brings unsaved edits back after the app went away without saving', async () => {
    await store.writeRecovery({ articleId: DRAFT_ID, baseRev: 1, content: EDITED });
    await store.close();
    store = await openWorkspace(dir);
    const entries = await store.listRecoveries();
    expect(entries).toEqual([{ articleId: DRAFT_ID, baseRev: 1, savedAt: expect.any(String), content: EDITED }]);
  });

  it('is cleared by a successful save of the article', async () => {
    await store.writeRecovery({ articleId: DRAFT_ID, baseRev: 1, content: EDITED });
    await store.saveArticle({ id: DRAFT_ID, baseRev: 1, content: EDITED, note: '' });
    expect(await store.listRecoveries()).toEqual([]);
    expect(await readdir(path.join(dir, '.recovery'))).toEqual([]);
  });

  it('lists only entries still newer than the saved article', async () => {
    const saved = (await store.getArticle(PLACED_ID)).content;
    await store.writeRecovery({ articleId: PLACED_ID, baseRev: 1, content: saved });
    await store.writeRecovery({ articleId: DRAFT_ID, baseRev: 1, content: EDITED });
    expect((await store.listRecoveries()).map((entry) => entry.articleId)).toEqual([DRAFT_ID]);
    await store.setArticleStatus(DRAFT_ID, 'filed', '');
    expect(await store.listRecoveries()).toEqual([]);
  });

  it('is discarded on request and skips unreadable journal files', async () => {
    await store.writeRecovery({ articleId: DRAFT_ID, baseRev: 1, content: EDITED });
    await writeFile(path.join(dir, '.recovery', `${PLACED_ID}.json`), '{"articleId":');
    expect((await store.listRecoveries()).map((entry) => entry.articleId)).toEqual([DRAFT_ID]);
    await store.discardRecovery(DRAFT_ID);
    expect(await store.listRecoveries()).toEqual([]);
    expect(await readdir(path.join(dir, '.recovery'))).toEqual([`${PLACED_ID}.json`]);
  });

  it('refuses a journal for an article that does not exist', async () => {
    await expect(store.writeRecovery({ articleId: 'a-nowhere', baseRev: 1, content: EDITED })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
