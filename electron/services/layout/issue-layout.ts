// Lays out a stored issue: reads the issue, its articles and which photos exist from the
// workspace, loads the bundled fonts once, and runs the pure layout.
import { existsSync } from 'node:fs';
import type { Article } from '../../../shared/model/article';
import { DomainError } from '../../../shared/model/errors';
import type { Issue } from '../../../shared/model/issue';
import type { PublicationProfile } from '../../../shared/model/profile';
import type { IssueIndexEntry } from '../../../shared/model/workspace';
import { layoutIssue, type IssueLayout } from '../../../shared/layout/layout-issue';
import type { LayoutCache } from '../../../shared/layout/layout-cache';
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

export async function layoutStoredIssue(
  store: WorkspaceStore,
  reference?: string,
  options: { fonts?: FontSet; cache?: LayoutCache } = {},
): Promise<StoredIssueLayout> {
  const entry = pickIssue(await store.listIssues(), reference);
  const [profile, issue, fonts] = await Promise.all([store.getProfile(), store.getIssue(entry.id), options.fonts ?? loadBundledFonts()]);
  const articleIds = new Set(
    issue.pages.flatMap((page) => page.blocks.flatMap((block) => (block.kind === 'article' ? [block.articleId] : []))),
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
  const assetFile = (assetId: string) => {
    try {
      const file = assetPath(store.info.path, assetId);
      return existsSync(file) ? file : undefined;
    } catch {
      return undefined;
    }
  };
  const layout = layoutIssue({ profile, issue, articles, fonts, hasAsset: (assetId) => assetFile(assetId) !== undefined }, options.cache);
  return { profile, issue, articles, layout, assetFile };
}
