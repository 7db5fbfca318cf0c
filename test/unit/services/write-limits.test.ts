// Every write is held to the size reading accepts, checked before anything is written: a 25 MB
// createArticle used to write an 82 MB file (pretty-printed JSON) that getArticle and saveArticle
// then refused with FILE_TOO_LARGE for ever.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../../electron/services/durable-json-adapter';
import { buildDraftPackage } from '../../../electron/services/filing/package-writer';
import { initWorkspace, openWorkspace } from '../../../electron/services/workspace-store';
import { textElement, type Article, type ArticleNode } from '../../../shared/model/article';
import { PACKAGE_LIMITS } from '../../../shared/model/filing';
import { gridColumns, gridLines } from '../../../shared/units/units';
import {
  articleContent,
  CHINESE,
  DESK_USER,
  fingerprint,
  makeTempDir,
  refusal,
  removeDir,
  steppingClock,
  testArticle,
  testContent,
} from './store-fixtures';

let dir: string;

beforeEach(async () => {
  dir = path.join(await makeTempDir(), 'ws');
  await (await initWorkspace(dir, testContent(), { now: steppingClock(), settings: { userName: DESK_USER } })).close();
});

afterEach(async () => {
  await removeDir(path.dirname(dir));
});

/** About `bytes` of compact JSON in many small leaves: pretty-printing more than triples it. */
function bulkyContent(bytes: number): ArticleNode[] {
  const leaves = Array.from({ length: 5_000 }, (_, index) => ({ text: `第${index}段`, ...(index % 2 ? { bold: true as const } : {}) }));
  const perNode = JSON.stringify({ type: 'paragraph', children: leaves }).length;
  const nodes = Math.min(4_999, Math.ceil(bytes / perNode));
  return [textElement('headline', '超大稿件'), ...Array.from({ length: nodes }, () => ({ type: 'paragraph' as const, children: leaves }))];
}

async function articleFiles(): Promise<string[]> {
  return (await readdir(path.join(dir, 'articles'))).sort();
}

describe('writes within the read limit', () => {
  it('refuses a 25 MB createArticle before writing anything, and the workspace works on', async () => {
    const content = bulkyContent(25 * 1024 * 1024);
    expect(JSON.stringify(content).length).toBeGreaterThan(25 * 1024 * 1024);
    const store = await openWorkspace(dir);
    try {
      const before = await fingerprint(dir);
      const error = await refusal(store.createArticle({ content, author: '李文华' }));
      expect(error.code).toBe('DOCUMENT_TOO_LARGE');
      expect(error.message).toMatch(CHINESE);
      expect(await fingerprint(dir)).toEqual(before);
      const small = await store.createArticle({ content: articleContent('小稿件', '正文。'), author: '李文华' });
      expect((await store.getArticle(small.id)).rev).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('keeps only the latest revisions that fit when history would outgrow the limit', async () => {
    const cap = 60_000;
    const store = await openWorkspace(dir, { maxDocumentBytes: cap, now: steppingClock() });
    try {
      let article = await store.createArticle({ content: articleContent('历史很长的稿件', '初稿。'), author: '李文华' });
      for (let round = 1; round <= 40; round += 1) {
        const paragraph = `第${round}次修改：${'园区建设稳步推进，'.repeat(60)}`;
        article = await store.saveArticle({
          id: article.id,
          baseRev: article.rev,
          content: articleContent('历史很长的稿件', paragraph),
          note: `改${round}`,
        });
        expect((await stat(path.join(dir, 'articles', `${article.id}.json`))).size).toBeLessThanOrEqual(cap);
      }
      expect(article.rev).toBe(41);
      // Older revisions went; the newest are kept, in order, and the file reads back as returned.
      expect(article.revisions.length).toBeGreaterThan(0);
      expect(article.revisions.length).toBeLessThan(40);
      expect(article.revisions.at(-1)?.rev).toBe(40);
      expect(await store.getArticle(article.id)).toEqual(article);
    } finally {
      await store.close();
    }
  });

  it('refuses an article too large even without its history, leaving the file as it was', async () => {
    const store = await openWorkspace(dir, { maxDocumentBytes: 20_000 });
    try {
      const article = await store.createArticle({ content: articleContent('稿件', '正文。'), author: '李文华' });
      const file = path.join(dir, 'articles', `${article.id}.json`);
      const before = await readFile(file);
      const error = await refusal(
        store.saveArticle({ id: article.id, baseRev: 1, content: articleContent('稿件', '很长的正文。'.repeat(5_000)), note: '' }),
      );
      expect(error.code).toBe('DOCUMENT_TOO_LARGE');
      expect(await readFile(file)).toEqual(before);
      expect((await store.getArticle(article.id)).rev).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('refuses an article whose index entry would make workspace.json too large, before writing the article', async () => {
    const size = (await stat(path.join(dir, 'workspace.json'))).size;
    const store = await openWorkspace(dir, { maxDocumentBytes: size + 1_500 });
    try {
      const files = await articleFiles();
      let refused;
      for (let count = 0; count < 20 && !refused; count += 1) {
        refused = await store.createArticle({ content: articleContent(`稿件${count}`, '正文。'), author: '李文华' }).then(
          () => undefined,
          (error: unknown) => error,
        );
      }
      expect(refused).toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
      // Every article file on disk is in the index: the refused one was never written.
      const indexed = (await store.listArticles()).map((entry) => `${entry.id}.json`).sort();
      expect(await articleFiles()).toEqual(indexed);
      expect(indexed.length).toBeGreaterThan(files.length);
    } finally {
      await store.close();
    }
    await (await openWorkspace(dir)).close();
  });

  it('refuses an issue larger than the limit', async () => {
    const indexSize = (await stat(path.join(dir, 'workspace.json'))).size;
    const store = await openWorkspace(dir, { maxDocumentBytes: indexSize + 1_000 });
    try {
      const [entry] = await store.listIssues();
      const issue = await store.getIssue(entry!.id);
      // A photo with a long caption on every page takes the file past the limit.
      const grown = {
        ...issue,
        pages: issue.pages.map((page, index) => ({
          ...page,
          blocks: [
            ...page.blocks,
            {
              kind: 'photo' as const,
              id: `big-${index}`,
              col: gridColumns(0),
              line: gridLines(0),
              cols: gridColumns(2),
              lines: gridLines(10),
              assetId: null,
              caption: '图'.repeat(2_000),
              credit: '',
            },
          ],
        })),
      };
      const before = await fingerprint(dir);
      const error = await refusal(store.saveIssue(grown));
      expect(error.code).toBe('DOCUMENT_TOO_LARGE');
      expect(error.message).toMatch(CHINESE);
      expect(await fingerprint(dir)).toEqual(before);
      expect(await store.getIssue(entry!.id)).toEqual(issue);
    } finally {
      await store.close();
    }
  });

  it('refuses settings that would make workspace.json too large', async () => {
    const size = (await stat(path.join(dir, 'workspace.json'))).size;
    const store = await openWorkspace(dir, { maxDocumentBytes: size + 60 });
    try {
      const settings = await store.getSettings();
      const before = await fingerprint(dir);
      const error = await refusal(store.saveSettings({ ...settings, userName: '李'.repeat(40) }));
      expect(error.code).toBe('DOCUMENT_TOO_LARGE');
      expect(await fingerprint(dir)).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it('refuses an autosave entry larger than the journal can be read back', async () => {
    const store = await openWorkspace(dir, { maxDocumentBytes: 10_000 });
    try {
      const [entry] = await store.listArticles();
      const error = await refusal(
        store.writeRecovery({ articleId: entry!.id, baseRev: 1, content: articleContent('稿', '字'.repeat(20_000)) }),
      );
      expect(error.code).toBe('DOCUMENT_TOO_LARGE');
      expect(await readdir(path.join(dir, '.recovery'))).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('refuses a package whose article.json the desk would refuse as too large', () => {
    const article: Article = {
      ...testArticle('a-20250505-huge01', '超大稿件'),
      content: bulkyContent(PACKAGE_LIMITS.maxDocumentBytes / 2),
    };
    const error = (() => {
      try {
        buildDraftPackage(article, new Map(), {
          packageId: 'a-20250505-huge01-12345678',
          revision: 1,
          createdAt: '2025-05-05T02:00:00.000Z',
          author: '李文华',
        });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
    expect((error as Error).message).toMatch(CHINESE);
  });

  it('refuses a package the desk would refuse for any other reason (an author too long for the manifest)', () => {
    const article = testArticle('a-20250505-long01', '稿件');
    expect(() =>
      buildDraftPackage(article, new Map(), {
        packageId: 'a-20250505-long01-12345678',
        revision: 1,
        createdAt: '2025-05-05T02:00:00.000Z',
        author: '李'.repeat(101),
      }),
    ).toThrow(/编辑部的接收检查/);
  });

  it('the real cap is the one reading enforces', () => {
    expect(MAX_DOCUMENT_BYTES).toBe(64 * 1024 * 1024);
  });
});
