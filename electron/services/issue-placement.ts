// Status follows the page: what saving an issue does to the articles it places or no longer places.
// A newly placed article becomes 已上版 and records the page and the status it had; one taken off
// every page gets that status back. Articles are written before the issue, so a crash in between
// leaves records that name pages the issue lacks, which the next save of that issue puts right.
import type { Article, ArticlePlacement } from '../../shared/model/article';
import type { AuditEvent } from '../../shared/model/audit';
import { DomainError } from '../../shared/model/errors';
import type { Issue } from '../../shared/model/issue';
import { articlesOnPages, articlesPlacedTwice } from '../../shared/model/issue-placements';
import { STATUS_LABELS, type ArticleStatus } from '../../shared/model/status';
import { auditTitle } from './article-store';
import { readDocument, type StoreContext } from './workspace-context';
import { articlePath, issuePath } from './workspace-layout';

export interface PlacementPlan {
  /** Articles whose status or placement changes, to be written before the issue. */
  articles: Article[];
  /** What the audit trail records once the issue is saved. */
  events: AuditEvent[];
}

function issueName(issue: Pick<Issue, 'number' | 'date'>): string {
  return `第${issue.number}期（${issue.date}）`;
}

/** An article file that cannot be read is left alone: the page still shows it as missing. */
async function readArticle(ctx: StoreContext, id: string): Promise<Article | null> {
  return readDocument<Article>(ctx, articlePath(ctx.dir, id), 'article').catch(() => null);
}

/** Refuses an issue placing an article twice: two blocks of its own, neither continuing the other. */
export function assertPlacedOnce(issue: Issue): void {
  const [twice] = articlesPlacedTwice(issue);
  if (!twice) return;
  throw new DomainError(
    'ARTICLE_PLACED_TWICE',
    `稿件 ${twice.articleId} 在${twice.pages.join('、')}版上排了两次。一篇稿件只能上版一次，续版请用“转版”链接到空版块。本次未保存。`,
    twice.articleId,
  );
}

/** Refuses placing an article that the page of another issue still holds. */
async function assertNotOnAnotherIssue(ctx: StoreContext, issue: Issue, article: Article): Promise<void> {
  const elsewhere = article.placement;
  if (!elsewhere || elsewhere.issueId === issue.id) return;
  const other = await readDocument<Issue>(ctx, issuePath(ctx.dir, elsewhere.issueId), 'issue').catch(() => null);
  // A record naming an issue that no longer places the article is left over and simply replaced.
  if (!other || !articlesOnPages(other).has(article.id)) return;
  throw new DomainError(
    'ARTICLE_PLACED_TWICE',
    `稿件${auditTitle(article)}已排在${issueName(other)}${elsewhere.page}版上。一篇稿件只能上版一次，请先从那一期撤下。本次未保存。`,
    `${article.id}@${elsewhere.issueId}`,
  );
}

/** The status an article had before it was placed; an article placed before records existed was 已审. */
function statusBefore(article: Article): ArticleStatus {
  if (article.placement) return article.placement.previousStatus;
  return article.status === 'placed' ? 'approved' : article.status;
}

function samePlacement(a: ArticlePlacement | undefined, b: ArticlePlacement): boolean {
  return a !== undefined && a.issueId === b.issueId && a.page === b.page && a.previousStatus === b.previousStatus;
}

/**
 * What saving `issue` over `before` (null for a new issue) changes in the articles. Articles placed
 * before as well, without a record (files from before records existed), are left as they are.
 */
export async function planPlacements(ctx: StoreContext, issue: Issue, before: Issue | null): Promise<PlacementPlan> {
  assertPlacedOnce(issue);
  const after = articlesOnPages(issue);
  const earlier = before ? articlesOnPages(before) : new Map();
  const plan: PlacementPlan = { articles: [], events: [] };

  for (const [articleId, where] of after) {
    const added = !earlier.has(articleId);
    if (added) {
      plan.events.push({
        action: 'placed',
        target: { articleId, issueId: issue.id, page: where.page },
        detail: `排上${issueName(issue)}${where.page}版`,
      });
    }
    const article = await readArticle(ctx, articleId);
    const recordedHere = article?.placement?.issueId === issue.id;
    if (!article || (!added && !recordedHere)) continue;
    if (!recordedHere) await assertNotOnAnotherIssue(ctx, issue, article);
    const placement: ArticlePlacement = { issueId: issue.id, page: where.page, previousStatus: statusBefore(article) };
    // Placed anew it becomes 已上版; already placed here it keeps whatever status the desk gave it since.
    const status = recordedHere ? article.status : 'placed';
    if (status !== article.status || !samePlacement(article.placement, placement)) plan.articles.push({ ...article, status, placement });
  }

  // Taken off every page: those the stored issue placed, and any whose record still names this issue.
  const candidates = new Set<string>(earlier.keys());
  for (const entry of ctx.db.data.articles) if (entry.placement?.issueId === issue.id) candidates.add(entry.id);
  for (const articleId of candidates) {
    if (after.has(articleId)) continue;
    const article = await readArticle(ctx, articleId);
    if (!article) continue;
    // Without a record, an article the stored issue placed counts as placed here (statusBefore).
    const placedHere = article.placement ? article.placement.issueId === issue.id : earlier.has(articleId);
    if (!placedHere) continue;
    const { placement: _gone, ...rest } = article;
    const status = article.status === 'placed' ? statusBefore(article) : article.status;
    if (status === article.status && !article.placement) continue;
    plan.articles.push({ ...rest, status });
    if (status !== article.status) {
      plan.events.push({
        action: 'status',
        target: { articleId, issueId: issue.id },
        detail: `${auditTitle(article)}从${issueName(issue)}版面撤下，由“${STATUS_LABELS[article.status]}”改回“${STATUS_LABELS[status]}”`,
      });
    }
  }
  return plan;
}
