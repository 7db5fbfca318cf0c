// getLayoutSources: what the renderer's page view lays out by itself — the issue, the articles its
// blocks place and the photos it shows that are in the workspace — read as the export reads them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../../electron/services/api-handlers';
import { loadBundledFonts } from '../../../electron/services/fonts/bundled-fonts';
import { layoutStoredIssue, readStoredIssueSources } from '../../../electron/services/layout/issue-layout';
import { initWorkspace, type WorkspaceStore } from '../../../electron/services/workspace-store';
import type { LayoutSources } from '../../../shared/ipc/contract';
import { dispatchCall } from '../../../shared/ipc/dispatch';
import { layoutIssue } from '../../../shared/layout/layout-issue';
import type { ArticleNode } from '../../../shared/model/article';
import type { Block } from '../../../shared/model/issue';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { sharpPhoto } from '../pdf/test-images';
import { articleContent, DESK_USER, makeTempDir, PLACED_ID, removeDir, testContent } from './store-fixtures';

const ISSUE = '2025-05-09-14';
const MISSING_PHOTO = `${'0'.repeat(64)}.jpg`;

let dir: string;
let store: WorkspaceStore;
let blockPhoto: string;
let articlePhoto: string;

function photoBlock(id: string, assetId: string | null, line: number): Block {
  return {
    kind: 'photo',
    id,
    col: gridColumns(0),
    line: gridLines(line),
    cols: gridColumns(3),
    lines: gridLines(12),
    assetId,
    caption: '图说',
    credit: '',
  };
}

function photoNode(assetId: string | null): ArticleNode {
  return { type: 'photo', assetId, credit: '李文华摄', children: [{ text: '园区新厂房' }] };
}

beforeEach(async () => {
  dir = await makeTempDir('kfq-sources-');
  store = await initWorkspace(dir, testContent(), { settings: { userName: DESK_USER } });
  blockPhoto = (await store.putAsset(await sharpPhoto('png', 8, 6))).assetId;
  articlePhoto = (await store.putAsset(await sharpPhoto('jpg', 6, 8))).assetId;
  const placed = await store.getArticle(PLACED_ID);
  const [headline, dateline, ...body] = articleContent('园区招商引资成效显著', '园区今年新引进项目十二个。', '项目涵盖新材料等领域。');
  await store.saveArticle({
    id: PLACED_ID,
    baseRev: placed.rev,
    content: [headline!, dateline!, body[0]!, photoNode(articlePhoto), photoNode(MISSING_PHOTO), photoNode(null), ...body.slice(1)],
    note: '',
  });
  const issue = await store.getIssue(ISSUE);
  issue.pages[2]?.blocks.push(
    photoBlock('p3-photo', blockPhoto, 3),
    photoBlock('p3-missing', MISSING_PHOTO, 20),
    photoBlock('p3-empty', null, 40),
  );
  // A block may still name an article that has since been deleted.
  issue.pages[3]?.blocks.push({
    kind: 'article',
    id: 'p4-gone',
    col: gridColumns(0),
    line: gridLines(3),
    cols: gridColumns(4),
    lines: gridLines(20),
    articleId: 'a-20250505-gone',
    textColumns: 4,
    headline: 'across',
    headlineSize: null,
    continuesIn: null,
    headlineLines: null,
    showKicker: true,
    showSubtitle: true,
  });
  await store.saveIssue(issue);
});

afterEach(async () => {
  await store.close();
  await removeDir(dir);
});

describe('getLayoutSources', () => {
  it('returns the profile, the issue, its placed articles and the photos present', async () => {
    const result = await dispatchCall(createApiHandlers(store), 'getLayoutSources', [ISSUE]);
    if (!result.ok) throw new Error(result.error.message);
    const sources = result.value as LayoutSources;
    expect(sources.profile).toEqual(await store.getProfile());
    expect(sources.issue).toEqual(await store.getIssue(ISSUE));
    // The draft in the library is not on a page, and the deleted article is not there to read.
    expect(sources.articles.map((article) => article.id)).toEqual([PLACED_ID]);
    expect(sources.articles[0]).toEqual(await store.getArticle(PLACED_ID));
    expect([...sources.presentAssets].sort()).toEqual([blockPhoto, articlePhoto].sort());
  });

  it('is what the services lay out: the renderer gets the same pages from it', async () => {
    const result = await dispatchCall(createApiHandlers(store), 'getLayoutSources', [ISSUE]);
    if (!result.ok) throw new Error(result.error.message);
    const { profile, issue, articles, presentAssets } = result.value as LayoutSources;
    const present = new Set(presentAssets);
    const fonts = await loadBundledFonts();
    const inRenderer = layoutIssue({
      profile,
      issue,
      articles: new Map(articles.map((article) => [article.id, article])),
      fonts,
      hasAsset: (id) => present.has(id),
    });
    const stored = await layoutStoredIssue(store, ISSUE, { fonts });
    expect(JSON.parse(JSON.stringify(inRenderer))).toEqual(JSON.parse(JSON.stringify(stored.layout)));
  });

  it('gives the export the files of the present photos only', async () => {
    const sources = await readStoredIssueSources(store, ISSUE);
    expect(sources.assetFile(blockPhoto)).toBe(await store.getAssetPath(blockPhoto));
    expect(sources.assetFile(articlePhoto)).toBe(await store.getAssetPath(articlePhoto));
    expect(sources.assetFile(MISSING_PHOTO)).toBeUndefined();
  });

  it('refuses an issue that does not exist', async () => {
    expect(await dispatchCall(createApiHandlers(store), 'getLayoutSources', ['2030-01-01-1'])).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await dispatchCall(createApiHandlers(store), 'getLayoutSources', ['../x'])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
  });
});
