// @vitest-environment jsdom
// The article draft hook (renderer/src/editor/use-article-draft.ts) on the real services over a
// temporary workspace: what it loads, when it counts as unsaved, saving, the two ways out of a
// conflict, status changes after unsaved edits, unsaved edits from the recovery journal, and an
// article that cannot be opened. What it claims is checked against the files.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { textElement, type ArticleNode } from '../../../shared/model/article';
import { OUTBOX_DIR } from '../../../electron/services/workspace-layout';
import { useArticleDraft } from '../../../renderer/src/editor/use-article-draft';
import { DRAFT_ID, PLACED_ID } from '../services/store-fixtures';
import { realApi, type RealApi } from './real-api';
import { renderHook, type HookHandle } from './render-hook';

let real: RealApi;
let hook: HookHandle<ReturnType<typeof useArticleDraft>> | undefined;

beforeEach(async () => {
  real = await realApi();
});
afterEach(async () => {
  hook?.unmount();
  hook = undefined;
  await real.close();
});

async function open(articleId: string) {
  hook = await renderHook(real.api, () => useArticleDraft(articleId));
  const opened = hook;
  await vi.waitFor(() => expect(opened.current.article ?? opened.current.missing).toBeTruthy());
  return opened;
}

function withParagraph(content: readonly ArticleNode[], text: string): ArticleNode[] {
  return [...content, textElement('paragraph', text)];
}

function paragraphTexts(content: readonly ArticleNode[]): string[] {
  return content.flatMap((node) =>
    node.type === 'paragraph' ? [node.children.map((leaf) => ('text' in leaf ? leaf.text : '')).join('')] : [],
  );
}

describe('useArticleDraft', () => {
  it('loads the stored article, unchanged and not dirty', async () => {
    const draft = await open(DRAFT_ID);
    const stored = await real.store.getArticle(DRAFT_ID);
    expect(draft.current.article).toEqual(stored);
    expect(draft.current.loaded?.key).toBe(1);
    expect(paragraphTexts(draft.current.content)).toEqual(paragraphTexts(stored.content));
    expect(draft.current.dirty).toBe(false);
    expect(draft.current.recovery).toBeUndefined();
    expect(draft.current.missing).toBe(false);
  });

  it('counts an edit as unsaved until it is saved, and saves it as the next revision', async () => {
    const draft = await open(DRAFT_ID);
    const edited = withParagraph(draft.current.content, '新增的一段。');
    await draft.act(() => draft.current.onContentChange(edited));
    expect(draft.current.dirty).toBe(true);
    const saved = await draft.act(() => draft.current.save());
    expect(saved?.rev).toBe(2);
    expect(draft.current.dirty).toBe(false);
    expect(draft.current.article?.rev).toBe(2);
    expect(paragraphTexts((await real.store.getArticle(DRAFT_ID)).content)).toContain('新增的一段。');
    expect(draft.notices.map((notice) => notice.message)).toContain('稿件已保存（第 2 版）');
  });

  it('does not count content that differs only in the order of its keys as an edit', async () => {
    const draft = await open(DRAFT_ID);
    const reordered = draft.current.content.map((node) => Object.fromEntries(Object.entries(node).reverse()) as ArticleNode);
    await draft.act(() => draft.current.onContentChange(reordered));
    expect(draft.current.dirty).toBe(false);
  });

  describe('when the article was saved elsewhere meanwhile', () => {
    async function conflicted() {
      const draft = await open(DRAFT_ID);
      const stored = await real.store.getArticle(DRAFT_ID);
      // Another window saves first.
      const other = await real.api.saveArticle({
        id: DRAFT_ID,
        baseRev: 1,
        content: withParagraph(stored.content, '别处的修改。'),
        note: '',
      });
      expect(other.ok).toBe(true);
      await draft.act(() => draft.current.onContentChange(withParagraph(draft.current.content, '我的修改。')));
      const saved = await draft.act(() => draft.current.save());
      expect(saved).toBeUndefined();
      return draft;
    }

    it('reports the conflict and keeps both the local edits and the stored version', async () => {
      const draft = await conflicted();
      expect(draft.current.conflict).toMatch(/[\u4e00-\u9fff]/);
      expect(draft.current.dirty).toBe(true);
      expect(paragraphTexts(draft.current.content)).toContain('我的修改。');
      const stored = await real.store.getArticle(DRAFT_ID);
      expect(stored.rev).toBe(2);
      expect(paragraphTexts(stored.content)).not.toContain('我的修改。');
    });

    it('载入最新版本 drops the local edits and shows the stored version', async () => {
      const draft = await conflicted();
      const key = draft.current.loaded!.key;
      await draft.act(() => draft.current.reloadLatest());
      expect(draft.current.conflict).toBeUndefined();
      expect(draft.current.dirty).toBe(false);
      expect(draft.current.loaded!.key).toBe(key + 1);
      expect(paragraphTexts(draft.current.loaded!.content as ArticleNode[])).toContain('别处的修改。');
      expect(paragraphTexts(draft.current.loaded!.content as ArticleNode[])).not.toContain('我的修改。');
      expect((await real.store.getArticle(DRAFT_ID)).rev).toBe(2);
    });

    it('overwriting saves the local edits on top of the stored version, which stays in the history', async () => {
      const draft = await conflicted();
      await draft.act(() => draft.current.overwrite());
      expect(draft.current.conflict).toBeUndefined();
      expect(draft.current.dirty).toBe(false);
      const stored = await real.store.getArticle(DRAFT_ID);
      expect(stored.rev).toBe(3);
      expect(paragraphTexts(stored.content)).toContain('我的修改。');
      expect(paragraphTexts(stored.content)).not.toContain('别处的修改。');
    });
  });

  it('saves unsaved edits before changing the status, so the status follows what the user sees', async () => {
    const draft = await open(DRAFT_ID);
    await draft.act(() => draft.current.onContentChange(withParagraph(draft.current.content, '提交前的修改。')));
    await draft.act(() => draft.current.changeStatus('filed', '', '提交'));
    const stored = await real.store.getArticle(DRAFT_ID);
    expect(stored.status).toBe('filed');
    expect(paragraphTexts(stored.content)).toContain('提交前的修改。');
    expect(draft.current.article?.status).toBe('filed');
    expect(draft.current.dirty).toBe(false);
    expect(draft.notices.map((notice) => notice.message)).toContain('提交：稿件现为“已提交”');
  });

  it('refuses a status the workflow does not allow, saying so, and leaves the article as it was', async () => {
    const draft = await open(DRAFT_ID);
    await draft.act(() => draft.current.changeStatus('approved', '', '审核通过'));
    expect((await real.store.getArticle(DRAFT_ID)).status).toBe('draft');
    expect(draft.current.article?.status).toBe('draft');
    expect(draft.notices.find((notice) => notice.kind === 'error')?.title).toBe('审核通过失败');
  });

  it('提交 saves unsaved edits first and writes the package of what the user sees into the outbox', async () => {
    const draft = await open(DRAFT_ID);
    await draft.act(() => draft.current.onContentChange(withParagraph(draft.current.content, '提交的内容。')));
    await draft.act(() => draft.current.fileDraft());
    expect(draft.current.filed?.revision).toBe(1);
    expect(draft.current.article?.status).toBe('filed');
    expect(draft.current.dirty).toBe(false);
    const stored = await real.store.getArticle(DRAFT_ID);
    expect(stored.status).toBe('filed');
    expect(paragraphTexts(stored.content)).toContain('提交的内容。');
    expect(existsSync(draft.current.filed!.path)).toBe(true);
    expect(path.dirname(draft.current.filed!.path)).toBe(path.join(real.dir, OUTBOX_DIR));
  });

  describe('unsaved edits in the recovery journal', () => {
    async function withJournal() {
      const stored = await real.store.getArticle(PLACED_ID);
      const written = await real.api.writeRecovery({
        articleId: PLACED_ID,
        baseRev: stored.rev,
        content: withParagraph(stored.content, '未保存的一段。'),
      });
      expect(written.ok).toBe(true);
      const draft = await open(PLACED_ID);
      await vi.waitFor(() => expect(draft.current.recovery).toBeDefined());
      return draft;
    }

    it('are offered, and restoring them makes them the next revision', async () => {
      const draft = await withJournal();
      await draft.act(() => draft.current.restoreRecovery());
      expect(draft.current.recovery).toBeUndefined();
      const stored = await real.store.getArticle(PLACED_ID);
      expect(stored.rev).toBe(2);
      expect(paragraphTexts(stored.content)).toContain('未保存的一段。');
      expect(paragraphTexts(draft.current.content)).toContain('未保存的一段。');
      expect(draft.current.dirty).toBe(false);
      expect(await real.store.listRecoveries()).toEqual([]);
    });

    it('are gone from the journal when discarded, and the article is unchanged', async () => {
      const draft = await withJournal();
      await draft.act(() => draft.current.discardRecovery());
      expect(draft.current.recovery).toBeUndefined();
      expect(await real.store.listRecoveries()).toEqual([]);
      expect((await real.store.getArticle(PLACED_ID)).rev).toBe(1);
    });
  });

  it('says so when the article cannot be opened', async () => {
    const draft = await open('a-20250101-nothere');
    expect(draft.current.missing).toBe(true);
    expect(draft.current.article).toBeUndefined();
    expect(draft.notices.find((notice) => notice.kind === 'error')?.title).toBe('打开稿件失败');
  });
});
