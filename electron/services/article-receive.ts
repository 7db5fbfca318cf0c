// The two writes filing needs from the article store: a manuscript received from a draft package
// (created under a given id, or replacing a known revision with the old one kept in history), and
// a reporter's article marked as filed in a package.
import type { Article, ArticleFiling, ArticleSource } from '../../shared/model/article';
import { DomainError } from '../../shared/model/errors';
import { canonicalJson } from '../../shared/model/filing';
import { STATUS_LABELS } from '../../shared/model/status';
import { SCHEMA_VERSION } from '../../shared/model/version';
import { auditTitle, MAX_REVISIONS, writeArticle } from './article-store';
import { recordAudit, requireUserName } from './audit/audit-trail';
import { nowIso, readDocument, writeTask, type StoreContext } from './workspace-context';
import { articlePath } from './workspace-layout';

export interface ReceivedArticle {
  id: string;
  /**
   * null creates the manuscript (refused when the id is taken); a number replaces that revision and
   * is refused when the manuscript has moved on, so a desk edit saved meanwhile is never replaced.
   */
  expectRev: number | null;
  content: Article['content'];
  author: string;
  createdAt: string;
  source: ArticleSource;
  /** Kept with the replaced revision in the history. */
  note: string;
}

/** Writes a received manuscript as 已提交. */
export async function putReceivedArticle(ctx: StoreContext, input: ReceivedArticle): Promise<Article> {
  return writeTask(ctx, async () => {
    const existing = await readDocument<Article>(ctx, articlePath(ctx.dir, input.id), 'article');
    const at = nowIso(ctx);
    let article: Article;
    if (input.expectRev === null) {
      if (existing) throw new DomainError('CONFLICT', `稿件编号 ${input.id} 已被占用。`, input.id);
      article = {
        schemaVersion: SCHEMA_VERSION,
        kind: 'article',
        id: input.id,
        status: 'filed',
        author: input.author,
        createdAt: input.createdAt,
        updatedAt: at,
        rev: 1,
        content: input.content,
        revisions: [],
        source: input.source,
      };
    } else {
      if (!existing) throw new DomainError('NOT_FOUND', `找不到稿件 ${input.id}，它可能已被删除。`, input.id);
      if (existing.rev !== input.expectRev) {
        throw new DomainError('CONFLICT', `稿件 ${input.id} 刚刚被修改过，请重试。`, `${existing.rev}:${input.expectRev}`);
      }
      const replaced = {
        rev: existing.rev,
        at: existing.updatedAt,
        by: input.source.author || input.author,
        status: existing.status,
        note: input.note,
        content: existing.content,
      };
      article = {
        ...existing,
        status: 'filed',
        content: input.content,
        source: input.source,
        rev: existing.rev + 1,
        updatedAt: at,
        revisions: [...existing.revisions, replaced].slice(-MAX_REVISIONS),
      };
    }
    const stored = await writeArticle(ctx, article);
    await recordAudit(ctx, { action: 'received', target: { articleId: stored.id }, detail: receivedDetail(stored, input) });
    return stored;
  });
}

/** Which package, from whom, and whether it made, updated or stood beside a manuscript. */
function receivedDetail(article: Article, input: ReceivedArticle): string {
  const from = `${input.source.author || input.author || '（未署名）'}的稿件包 ${input.source.packageId} 第 ${input.source.revision} 版`;
  const what =
    input.expectRev !== null
      ? `更新为第 ${article.rev} 版`
      : input.source.conflictOf
        ? `另存为冲突稿（对应 ${input.source.conflictOf.articleId}）`
        : '新建稿件';
  return `${auditTitle(article)}收到${from}，${what}`;
}

/** Only these may be filed; anything further along is already the desk's. */
const FILEABLE = new Set<Article['status']>(['draft', 'returned', 'filed']);

export function assertFileable(article: Article): void {
  if (!FILEABLE.has(article.status)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `稿件当前为“${STATUS_LABELS[article.status]}”，只有草稿、退回或已提交的稿件可以提交。`,
      article.status,
    );
  }
}

/**
 * Records the package the article was filed in. A draft becomes 已提交 (a new revision); filing
 * an already filed article again only updates the record, so an open editor's revision stays valid.
 */
export async function markFiled(ctx: StoreContext, id: string, filing: ArticleFiling, note: string): Promise<Article> {
  return writeTask(ctx, async () => {
    const by = requireUserName(ctx, '提交稿件');
    const current = await readDocument<Article>(ctx, articlePath(ctx.dir, id), 'article');
    if (!current) throw new DomainError('NOT_FOUND', `找不到稿件 ${id}，它可能已被删除。`, id);
    assertFileable(current);
    if (current.status === 'filed') {
      if (canonicalJson(current.filing) === canonicalJson(filing)) return current;
      return writeArticle(ctx, { ...current, filing });
    }
    const previous = { rev: current.rev, at: current.updatedAt, by, status: current.status, note, content: current.content };
    const filed: Article = {
      ...current,
      status: 'filed',
      filing,
      rev: current.rev + 1,
      updatedAt: nowIso(ctx),
      revisions: [...current.revisions, previous].slice(-MAX_REVISIONS),
    };
    const stored = await writeArticle(ctx, filed);
    await recordAudit(ctx, {
      action: 'status',
      target: { articleId: id },
      detail: `${auditTitle(stored)}由“${STATUS_LABELS[current.status]}”改为“${STATUS_LABELS.filed}”：提交稿件包 ${filing.packageId} 第 ${filing.revision} 版`,
    });
    return stored;
  });
}
