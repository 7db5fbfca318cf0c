import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleSchema } from '../../../shared/model/article';
import { weekdayIndex } from '../../../shared/model/calendar';
import { issueSchema } from '../../../shared/model/issue';
import { workspaceSchema } from '../../../shared/model/workspace';
import { initWorkspace, openWorkspace, type WorkspaceStore } from '../../../electron/services/workspace-store';
import { sharpPhoto } from '../pdf/test-images';
import {
  articleContent,
  CHINESE,
  DRAFT_ID,
  makeTempDir,
  PLACED_ID,
  refusal,
  removeDir,
  steppingClock,
  testContent,
} from './store-fixtures';

let dir: string;
let store: WorkspaceStore | undefined;

beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await store?.close();
  store = undefined;
  await removeDir(dir);
});

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(dir, file), 'utf8'));
}

describe('initWorkspace and openWorkspace', () => {
  it('lays out the folder and indexes the content', async () => {
    store = await initWorkspace(path.join(dir, 'ws'), testContent(), { now: steppingClock() });
    const ws = path.join(dir, 'ws');
    expect((await readdir(ws)).sort()).toEqual([
      '.backups',
      '.lock',
      '.recovery',
      'articles',
      'assets',
      'inbox',
      'issues',
      'outbox',
      'workspace.json',
    ]);
    expect(await readdir(path.join(ws, 'issues', '2025-05-09-14'))).toEqual(['issue.json']);
    expect(workspaceSchema.parse(await readJson('ws/workspace.json')).issues).toEqual([
      { id: '2025-05-09-14', number: 14, totalNumber: 4369, date: '2025-05-09' },
    ]);
    expect((await store.listArticles()).map((entry) => entry.id).sort()).toEqual([DRAFT_ID, PLACED_ID].sort());
    expect(store.info).toMatchObject({ path: ws, name: '开发区建设', migratedFiles: 0 });
  });

  it('refuses to create over an existing workspace or in a non-empty folder', async () => {
    store = await initWorkspace(dir, testContent());
    await store.close();
    const exists = await refusal(initWorkspace(dir, testContent()));
    expect(exists.code).toBe('WORKSPACE_EXISTS');
    expect(exists.message).toMatch(CHINESE);
    const other = path.join(dir, 'other');
    await mkdir(other);
    await writeFile(path.join(other, 'notes.txt'), 'x');
    expect((await refusal(initWorkspace(other, testContent()))).code).toBe('INVALID_ARGUMENT');
  });

  it('reports a folder without workspace.json as WORKSPACE_MISSING', async () => {
    const error = await refusal(openWorkspace(path.join(dir, 'nothing-here')));
    expect(error.code).toBe('WORKSPACE_MISSING');
    expect(error.message).toMatch(CHINESE);
  });

  it('keeps profile and settings across reopening', async () => {
    store = await initWorkspace(dir, testContent());
    const profile = await store.getProfile();
    await store.saveProfile({ ...profile, pageNames: ['头版', ...profile.pageNames.slice(1)] });
    await store.saveSettings({ role: 'reporter', userName: '张晓燕', autosaveIntervalMs: 3000 });
    await store.close();
    store = await openWorkspace(dir);
    expect((await store.getProfile()).pageNames[0]).toBe('头版');
    expect(await store.getSettings()).toEqual({ role: 'reporter', userName: '张晓燕', autosaveIntervalMs: 3000 });
    const bad = await refusal(store.saveSettings({ role: 'reporter', userName: '', autosaveIntervalMs: 1 }));
    expect(bad.code).toBe('INVALID_ARGUMENT');
  });
});

describe('articles', () => {
  beforeEach(async () => {
    store = await initWorkspace(dir, testContent(), { now: steppingClock(), settings: { userName: '王建国' } });
  });

  it('creates articles with generated lowercase ids', async () => {
    const article = await store!.createArticle({ content: articleContent('新稿', '正文。'), author: '张晓燕' });
    expect(article.id).toMatch(/^[a-z0-9][a-z0-9-]{2,63}$/);
    expect(article).toMatchObject({ status: 'draft', rev: 1, author: '张晓燕', revisions: [] });
    expect(articleSchema.parse(await readJson(`articles/${article.id}.json`))).toEqual(article);
    expect((await store!.listArticles())[0]).toMatchObject({ id: article.id, headline: '新稿', charCount: 13 });
  });

  it('saves with a revision history and refuses a stale base revision', async () => {
    const first = await store!.saveArticle({ id: DRAFT_ID, baseRev: 1, content: articleContent('改后标题', '新的正文。'), note: '改标题' });
    expect(first.rev).toBe(2);
    expect(first.revisions).toHaveLength(1);
    expect(first.revisions[0]).toMatchObject({ rev: 1, by: '王建国', note: '改标题', status: 'draft' });
    expect(first.updatedAt > first.createdAt).toBe(true);
    const stale = await refusal(store!.saveArticle({ id: DRAFT_ID, baseRev: 1, content: articleContent('另一处的修改'), note: '' }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(CHINESE);
    expect((await store!.getArticle(DRAFT_ID)).rev).toBe(2);
    const unchanged = await store!.saveArticle({ id: DRAFT_ID, baseRev: 2, content: first.content, note: '' });
    expect(unchanged.rev).toBe(2);
    expect((await store!.listArticles()).find((entry) => entry.id === DRAFT_ID)?.headline).toBe('改后标题');
  });

  it('keeps at most 200 earlier revisions, dropping the oldest', async () => {
    let rev = 1;
    for (let n = 0; n < 203; n += 1) {
      rev = (await store!.saveArticle({ id: DRAFT_ID, baseRev: rev, content: articleContent(`第${n}稿`), note: `${n}` })).rev;
    }
    const article = await store!.getArticle(DRAFT_ID);
    expect(article.rev).toBe(204);
    expect(article.revisions).toHaveLength(200);
    expect(article.revisions[0]?.rev).toBe(4);
    expect(article.revisions.at(-1)?.rev).toBe(203);
  }, 30_000);

  it('follows the allowed status transitions and records each as a revision', async () => {
    const filed = await store!.setArticleStatus(DRAFT_ID, 'filed', '提交');
    expect(filed).toMatchObject({ status: 'filed', rev: 2 });
    expect(filed.revisions.at(-1)).toMatchObject({ status: 'draft', note: '提交' });
    const refused = await refusal(store!.setArticleStatus(DRAFT_ID, 'placed', ''));
    expect(refused.code).toBe('INVALID_TRANSITION');
    expect(refused.message).toContain('已提交');
    expect((await store!.setArticleStatus(DRAFT_ID, 'editing', '')).status).toBe('editing');
    expect((await store!.setArticleStatus(DRAFT_ID, 'approved', '')).status).toBe('approved');
    expect((await store!.listArticles()).find((entry) => entry.id === DRAFT_ID)?.status).toBe('approved');
  });

  it('deletes an unplaced article but refuses one on a page', async () => {
    expect((await refusal(store!.deleteArticle(PLACED_ID))).code).toBe('CONFLICT');
    await store!.deleteArticle(DRAFT_ID);
    expect((await refusal(store!.getArticle(DRAFT_ID))).code).toBe('NOT_FOUND');
    expect((await store!.listArticles()).map((entry) => entry.id)).toEqual([PLACED_ID]);
    expect(await readdir(path.join(dir, '.backups'))).toContain(`articles__${DRAFT_ID}.json`);
  });

  it('refuses ids that are not article ids', async () => {
    expect((await refusal(store!.getArticle('../workspace'))).code).toBe('INVALID_ARGUMENT');
  });
});

describe('issues', () => {
  it('creates the next issues one week apart on the publication weekday', async () => {
    store = await initWorkspace(dir, testContent(), { now: steppingClock('2025-05-10T03:00:00.000Z') });
    const next = await store.createIssue();
    const after = await store.createIssue();
    expect([next.number, next.totalNumber, next.date]).toEqual([15, 4370, '2025-05-16']);
    expect([after.number, after.totalNumber, after.date]).toEqual([16, 4371, '2025-05-23']);
    expect(weekdayIndex(after.date)).toBe(5);
    expect(issueSchema.parse(await readJson('issues/2025-05-23-16/issue.json'))).toEqual(after);
    expect((await store.listIssues()).map((entry) => entry.id)).toEqual(['2025-05-09-14', '2025-05-16-15', '2025-05-23-16']);
    expect((await refusal(store.createIssue({ date: '2025-05-23' }))).code).toBe('CONFLICT');
  });

  it('starts numbering from today when there is no issue yet', async () => {
    store = await initWorkspace(dir, testContent(), { now: steppingClock('2025-05-13T23:30:00.000Z') });
    await rm(path.join(dir, 'issues', '2025-05-09-14'), { recursive: true });
    await store.rebuildIndex();
    expect(await store.listIssues()).toEqual([]);
    const first = await store.createIssue();
    expect([first.number, first.totalNumber, first.date]).toEqual([1, 1, '2025-05-16']);
  });

  it('saves a changed issue and refuses one that is not valid', async () => {
    store = await initWorkspace(dir, testContent());
    const issue = await store.getIssue('2025-05-09-14');
    issue.pages[0]!.editor = '周敏';
    await store.saveIssue(issue);
    expect((await store.getIssue('2025-05-09-14')).pages[0]?.editor).toBe('周敏');
    const invalid = await refusal(store.saveIssue({ ...issue, number: 15 }));
    expect(invalid.code).toBe('INVALID_ARGUMENT');
    expect(invalid.message).toMatch(CHINESE);
    expect((await refusal(store.getIssue('2030-01-04-1'))).code).toBe('NOT_FOUND');
  });
});

describe('index', () => {
  it('is rebuilt on open when a file appeared or went missing behind its back', async () => {
    store = await initWorkspace(dir, testContent());
    await store.close();
    await rm(path.join(dir, 'articles', `${DRAFT_ID}.json`));
    const extra = { ...((await readJson(`articles/${PLACED_ID}.json`)) as object), id: 'a-from-elsewhere' };
    await writeFile(path.join(dir, 'articles', 'a-from-elsewhere.json'), JSON.stringify(extra));
    store = await openWorkspace(dir);
    expect((await store.listArticles()).map((entry) => entry.id).sort()).toEqual(['a-from-elsewhere', PLACED_ID].sort());
    expect(workspaceSchema.parse(await readJson('workspace.json')).articles).toHaveLength(2);
  });

  it('catches up with a file saved just before a crash that kept its index entry from being written', async () => {
    store = await initWorkspace(dir, testContent());
    await store.close();
    const file = path.join(dir, 'articles', `${DRAFT_ID}.json`);
    const article = articleSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    await writeFile(file, JSON.stringify({ ...article, status: 'filed', rev: 2, content: articleContent('崩溃前保存的标题') }));
    store = await openWorkspace(dir);
    expect((await store.listArticles()).find((entry) => entry.id === DRAFT_ID)).toMatchObject({
      status: 'filed',
      headline: '崩溃前保存的标题',
    });
    expect(workspaceSchema.parse(await readJson('workspace.json')).articles.find((entry) => entry.id === DRAFT_ID)?.status).toBe('filed');
  });

  it('reports files it cannot read without touching them', async () => {
    store = await initWorkspace(dir, testContent());
    await writeFile(path.join(dir, 'articles', 'a-broken-file.json'), '{"schemaVersion": 2,');
    const report = await store.rebuildIndex();
    expect(report).toMatchObject({ articles: 2, issues: 1 });
    expect(report.refused).toEqual([expect.objectContaining({ code: 'FILE_TRUNCATED' })]);
    expect(await readFile(path.join(dir, 'articles', 'a-broken-file.json'), 'utf8')).toBe('{"schemaVersion": 2,');
  });
});

describe('assets', () => {
  it('stores photos by content and type, with their size, colour and a thumbnail', async () => {
    store = await initWorkspace(dir, testContent());
    const png = await sharpPhoto('png', 40, 30);
    const first = await store.putAsset(png);
    expect(first.assetId).toMatch(/^[0-9a-f]{64}\.png$/);
    expect(first.existed).toBe(false);
    expect(first.info).toMatchObject({ format: 'png', width: 40, height: 30, colourSpace: 'srgb', channels: 3 });
    expect((await store.putAsset(png)).existed).toBe(true);
    expect(await readFile(await store.getAssetPath(first.assetId))).toEqual(png);
    expect(await store.getAssetInfo(first.assetId)).toEqual(first.info);
    const thumbnail = await store.getAssetThumbnailPath(first.assetId);
    expect(path.basename(thumbnail)).toBe(first.assetId.replace('.png', '.jpg'));
    expect((await readFile(thumbnail)).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    // A thumbnail lost is made again from the photo.
    await rm(thumbnail);
    expect(await store.getAssetThumbnailPath(first.assetId)).toBe(thumbnail);
    const jpg = await store.putAsset(await sharpPhoto('jpg', 8, 8));
    expect(jpg.assetId.endsWith('.jpg')).toBe(true);
    const tif = await store.putAsset(await sharpPhoto('tif', 8, 8));
    expect(tif.assetId.endsWith('.tif')).toBe(true);
    expect((await refusal(store.getAssetPath(`${'0'.repeat(64)}.png`))).code).toBe('NOT_FOUND');
  });

  it('refuses unsupported, damaged and oversize photos without writing anything', async () => {
    store = await initWorkspace(dir, testContent());
    const gif = await refusal(store.putAsset(Buffer.from('GIF89a........')));
    expect(gif.code).toBe('ASSET_UNSUPPORTED');
    expect(gif.message).toMatch(CHINESE);
    const fake = await refusal(
      store.putAsset(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)])),
    );
    expect(fake.code).toBe('ASSET_DAMAGED');
    expect(fake.message).toMatch(CHINESE);
    const big = await refusal(store.putAsset(await sharpPhoto('png', 8, 8), { maxBytes: 32 }));
    expect(big.code).toBe('ASSET_TOO_LARGE');
    expect(big.message).toMatch(CHINESE);
    expect(await readdir(path.join(dir, 'assets'))).toEqual([]);
  });
});
