// The sample's own pictures: each file is the one its id names, in photo proportions; a new sample
// workspace holds every picture it refers to, lays out without a missing image and passes preflight;
// without the pictures it is still created, its frames empty and as large as with them.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initSampleWorkspace } from '../../../electron/services/sample-workspace';
import { samplePhotosDir } from '../../../electron/services/sample-photos';
import type { GroupItem } from '../../../shared/display/display-list';
import { layoutIssue } from '../../../shared/layout/layout-issue';
import type { Article, ArticleNode } from '../../../shared/model/article';
import type { Issue } from '../../../shared/model/issue';
import type { PreflightProblem } from '../../../shared/preflight/preflight';
import { allSampleArticles, sampleArticleId } from '../../../shared/sample/sample-content';
import { SAMPLE_PHOTO_ASSETS } from '../../../shared/sample/sample-photo-assets';
import { SAMPLE_PAGE_PHOTOS } from '../../../shared/sample/sample-photos';
import { kfq } from '../cli/run-kfq';
import { bundledFonts, profile } from '../layout/layout-fixtures';

const resources = path.resolve(__dirname, '../../../resources/sample-photos');
let dir: string;

function photoNodes(nodes: readonly ArticleNode[]): Array<{ assetId: string | null }> {
  return nodes.flatMap((node) => ('type' in node && node.type === 'photo' ? [node as { assetId: string | null }] : []));
}

/** Every photo the issue's frames and its articles' photos refer to, with where it is. */
function referencedPhotos(issue: Issue, articles: readonly Article[]): Array<{ where: string; assetId: string | null }> {
  const frames = issue.pages.flatMap((page) =>
    page.blocks.flatMap((block) => (block.kind === 'photo' ? [{ where: `${page.label} ${block.id}`, assetId: block.assetId }] : [])),
  );
  const inArticles = articles.flatMap((article) =>
    photoNodes(article.content).map((node) => ({ where: article.id, assetId: node.assetId })),
  );
  return [...frames, ...inArticles];
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-sample-photos-'));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the sample pictures', () => {
  it('are the files their ids name, JPEGs in photo proportions at the size the table gives', async () => {
    expect(samplePhotosDir()).toBe(resources);
    const entries = Object.entries(SAMPLE_PHOTO_ASSETS);
    expect(entries.length).toBe(15);
    let total = 0;
    for (const [key, entry] of entries) {
      const bytes = await readFile(path.join(resources, entry.file));
      total += bytes.length;
      expect(`${createHash('sha256').update(bytes).digest('hex')}.jpg`, key).toBe(entry.assetId);
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height, meta.space], key).toEqual(['jpeg', entry.width, entry.height, 'srgb']);
      expect(meta.exif ?? meta.icc, key).toBeUndefined();
      const ratio = entry.width / entry.height;
      expect(
        [3 / 2, 4 / 3, 2 / 3].some((photo) => Math.abs(ratio - photo) < 0.002),
        key,
      ).toBe(true);
    }
    expect(total).toBeLessThan(6 * 1024 * 1024);
  });

  it('cover every page band and every article photo of the sample', () => {
    const keys = new Set(Object.keys(SAMPLE_PHOTO_ASSETS));
    const bands = ['A1', ...Object.keys(SAMPLE_PAGE_PHOTOS)];
    const articlePhotos = allSampleArticles()
      .filter((sample) => sample.photo && sample.page !== 'A1')
      .map((sample) => sample.key);
    expect([...keys].sort()).toEqual([...new Set([...bands, ...articlePhotos])].sort());
  });
});

describe('a new sample workspace', () => {
  let ws: string;
  let content: Awaited<ReturnType<typeof initSampleWorkspace>>['content'];

  beforeAll(async () => {
    ws = path.join(dir, 'ws');
    const created = await initSampleWorkspace(ws);
    content = created.content;
    await created.store.close();
  }, 60_000);

  it('holds every picture it refers to, and refers to a picture in every frame', () => {
    const referenced = referencedPhotos(content.issue, content.articles);
    expect(referenced.length).toBe(15);
    for (const { where, assetId } of referenced) {
      expect(assetId, where).not.toBeNull();
      expect(existsSync(path.join(ws, 'assets', assetId!)), where).toBe(true);
    }
    const lead = content.articles.find((article) => article.id === sampleArticleId(allSampleArticles()[0]!));
    expect(photoNodes(lead!.content)).toEqual([]);
  });

  it('lays out without a missing image, each picture the size of its empty frame', async () => {
    const fonts = await bundledFonts();
    const articles = new Map(content.articles.map((article) => [article.id, article]));
    const hasAsset = (assetId: string) => existsSync(path.join(ws, 'assets', assetId));
    const withPhotos = layoutIssue({ profile, issue: content.issue, articles, fonts, hasAsset });
    expect(withPhotos.diagnostics.filter((entry) => entry.missingImages > 0)).toEqual([]);
    const without = layoutIssue({ profile, issue: content.issue, articles, fonts, hasAsset: () => false });
    expect(without.diagnostics.reduce((sum, entry) => sum + entry.missingImages, 0)).toBe(15);
    const sizes = (layout: typeof withPhotos) =>
      layout.pages.map((page) =>
        page.items.filter((item): item is GroupItem => item.type === 'group').map((group) => [group.blockId, group.width, group.height]),
      );
    expect(sizes(withPhotos)).toEqual(sizes(without));
  });

  it('passes kfq preflight with no missing photo and no resolution problem', async () => {
    const run = await kfq('preflight', ws, '--json');
    const problems = JSON.parse(run.out) as PreflightProblem[];
    expect(problems.filter((problem) => problem.rule === 'photoMissing' || problem.rule === 'resolution')).toEqual([]);
    expect(run.code).toBe(0);
  }, 60_000);
});

describe('a sample workspace without the pictures', () => {
  it('is created with its frames empty', async () => {
    const ws = path.join(dir, 'bare');
    const created = await initSampleWorkspace(ws, { photosDir: path.join(dir, 'nowhere') });
    await created.store.close();
    const referenced = referencedPhotos(created.content.issue, created.content.articles);
    expect(referenced.length).toBe(15);
    expect(referenced.filter((photo) => photo.assetId !== null)).toEqual([]);
    const run = await kfq('preflight', ws, '--json');
    const missing = (JSON.parse(run.out) as PreflightProblem[]).filter((problem) => problem.rule === 'photoMissing');
    expect(missing.length).toBe(15);
  }, 60_000);
});
