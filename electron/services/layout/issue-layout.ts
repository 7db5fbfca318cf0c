// Lays out a stored issue: reads the issue, its articles and which photos exist from the
// workspace (the same sources the renderer's page view lays out), loads the bundled fonts once,
// and runs the pure layout.
import { stat } from 'node:fs/promises';
import type { Article } from '../../../shared/model/article';
import { DomainError } from '../../../shared/model/errors';
import type { Issue } from '../../../shared/model/issue';
import type { PublicationProfile } from '../../../shared/model/profile';
import type { IssueIndexEntry } from '../../../shared/model/workspace';
import { layoutIssue, type IssueLayout } from '../../../shared/layout/layout-issue';
import { articleAssetIds, type LayoutCache } from '../../../shared/layout/layout-cache';
import type { FontSet } from '../../../shared/layout/styles';
import { loadBundledFonts } from '../fonts/bundled-fonts';
import type { WorkspaceStore } from '../workspace-store';
import { assetPath } from '../workspace-layout';

export interface StoredIssueLayout {
  profile: PublicationProfile;
  issue: Issue;
  articles: Map<string, Article>;
  layout: IssueLayout;
  /** The file of a photo, when it is in the workspace. */
  assetFile: (assetId: string) => string | undefined;
}

/**
 * Finds an issue by id (2025-05-09-14), by date (2025-05-09) or by 期号 (14, the latest such);
 * without a reference, the latest issue by date.
 */
export function pickIssue(entries: readonly IssueIndexEntry[], reference?: string): IssueIndexEntry {
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date) || a.totalNumber - b.totalNumber);
  if (sorted.length === 0) throw new DomainError('NOT_FOUND', '工作区里还没有期次。');
  if (reference === undefined) return sorted[sorted.length - 1]!;
  const found =
    sorted.find((entry) => entry.id === reference) ??
    sorted.find((entry) => entry.date === reference) ??
    [...sorted].reverse().find((entry) => String(entry.number) === reference || String(entry.totalNumber) === reference);
  if (!found) throw new DomainError('NOT_FOUND', `找不到期次“${reference}”（可用期次编号、日期 YYYY-MM-DD 或期号）。`, reference);
  return found;
}

/** What the layout of an issue reads from the workspace, and nothing else. */
export interface StoredIssueSources {
  profile: PublicationProfile;
  issue: Issue;
  /** Every article the issue's blocks reference that exists, by id. */
  articles: Map<string, Article>;
  /** Asset ids the issue's photo blocks and its articles' photos reference that are in the workspace. */
  presentAssets: ReadonlySet<string>;
  /** The file of a photo, when it is one of the present assets. */
  assetFile: (assetId: string) => string | undefined;
}

/** The asset ids an issue shows: its photo blocks' and its articles' photo elements', once each, in order. */
export function referencedAssetIds(issue: Issue, articles: Iterable<Article>): string[] {
  const ids = new Set<string>();
  for (const page of issue.pages) {
    for (const block of page.blocks) if (block.kind === 'photo' && block.assetId !== null) ids.add(block.assetId);
  }
  for (const article of articles) for (const assetId of articleAssetIds(article)) ids.add(assetId);
  return [...ids];
}

async function isStoredAsset(workspaceDir: string, assetId: string): Promise<boolean> {
  try {
    return (await stat(assetPath(workspaceDir, assetId))).isFile();
  } catch {
    return false;
  }
}

/** Reads an issue (see pickIssue for the reference), the articles it places and which of its photos exist. */
export async function readStoredIssueSources(store: WorkspaceStore, reference?: string): Promise<StoredIssueSources> {
  const entry = pickIssue(await store.listIssues(), reference);
  return readSourcesFor(store, await store.getIssue(entry.id));
}

/** What the layout of a given issue (stored or as the page editor holds it) reads from the workspace. */
export async function readSourcesFor(store: WorkspaceStore, issue: Issue): Promise<StoredIssueSources> {
  const profile = await store.getProfile();
  const articleIds = new Set(
    issue.pages.flatMap((page) =>
      page.blocks.flatMap((block) => (block.kind === 'article' && block.articleId !== null ? [block.articleId] : [])),
    ),
  );
  const read = await Promise.all(
    [...articleIds].map((id) =>
      store.getArticle(id).catch((error: unknown) => {
        if (error instanceof DomainError && error.code === 'NOT_FOUND') return undefined;
        throw error;
      }),
    ),
  );
  const articles = new Map<string, Article>();
  for (const article of read) if (article) articles.set(article.id, article);
  const workspaceDir = store.info.path;
  const referenced = referencedAssetIds(issue, articles.values());
  const present = await Promise.all(referenced.map((assetId) => isStoredAsset(workspaceDir, assetId)));
  const presentAssets = new Set(referenced.filter((_, index) => present[index]));
  const assetFile = (assetId: string) => (presentAssets.has(assetId) ? assetPath(workspaceDir, assetId) : undefined);
  return { profile, issue, articles, presentAssets, assetFile };
}

/** Runs the pure layout over sources already read. */
export function layoutIssueSources(sources: StoredIssueSources, fonts: FontSet, cache?: LayoutCache): StoredIssueLayout {
  const { profile, issue, articles, presentAssets, assetFile } = sources;
  const layout = layoutIssue({ profile, issue, articles, fonts, hasAsset: (assetId) => presentAssets.has(assetId) }, cache);
  return { profile, issue, articles, layout, assetFile };
}

export async function layoutStoredIssue(
  store: WorkspaceStore,
  reference?: string,
  options: { fonts?: FontSet; cache?: LayoutCache } = {},
): Promise<StoredIssueLayout> {
  // The font files are read while the issue and its articles are: neither waits for the other.
  const [sources, fonts] = await Promise.all([readStoredIssueSources(store, reference), options.fonts ?? loadBundledFonts()]);
  return layoutIssueSources(sources, fonts, options.cache);
}
