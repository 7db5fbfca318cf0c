// Articles: one file each under articles/, with a revision counter that detects stale saves and
// a capped history of earlier revisions. Every write also updates the index in workspace.json.
import { randomBytes } from 'node:crypto';
import { stat, unlink } from 'node:fs/promises';
import { articleHeadline, type Article, type Revision } from '../../shared/model/article';
import { DomainError } from '../../shared/model/errors';
import type { Issue } from '../../shared/model/issue';
import { canTransition, STATUS_LABELS, type ArticleStatus } from '../../shared/model/status';
import { SCHEMA_VERSION } from '../../shared/model/version';
import type { ArticleIndexEntry } from '../../shared/model/workspace';
import { recordAudit, requireUserName } from './audit/audit-trail';
import { snapshotBeforeOverwrite } from './backups';
import { readFileCappedIfExists } from './durable-file';
import { MAX_DOCUMENT_BYTES } from './durable-json-adapter';
import { removeRecoveryFile } from './recovery-journal';
import {
  assertWorkspaceFileFits,
  documentAdapter,
  nowIso,
  readDocument,
  updateWorkspaceFile,
  writeDocument,
  writeTask,
  type StoreContext,
} from './workspace-context';
import { articleIndexEntry, withArticleEntry, withoutArticleEntry } from './workspace-index';
import { articlePath, issuePath } from './workspace-layout';

/** History kept per article; the oldest revisions go first. */
export const MAX_REVISIONS = 200;

export interface NewArticle {
  content: Article['content'];
  author: string;
}

export interface ArticleSave {
  id: string;
  /** The revision the edit started from; a different current revision means someone saved meanwhile. */
  baseRev: number;
  content: Article['content'];
  note: string;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Newest first, as the library lists them. */
export function listArticles(ctx: StoreContext): ArticleIndexEntry[] {
  return structuredClone(ctx.db.data.articles).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getArticle(ctx: StoreContext, id: string): Promise<Article> {
  const article = await readDocument<Article>(ctx, articlePath(ctx.dir, id), 'article');
  if (!article) throw new DomainError('NOT_FOUND', `找不到稿件 ${id}，它可能已被删除。`, id);
  return article;
}

/**
 * The article as it can be stored: reading refuses a file over MAX_DOCUMENT_BYTES, so an article
 * that would be larger with its whole history keeps only as many of its latest revisions as fit,
 * and one too large even without history is refused (DOCUMENT_TOO_LARGE).
 */
export function storableArticle(ctx: StoreContext, article: Article): Article {
  const adapter = documentAdapter<Article>(ctx, articlePath(ctx.dir, article.id), 'article');
  if (adapter.fits(article)) return article;
  const keeping = (count: number): Article => ({ ...article, revisions: count === 0 ? [] : article.revisions.slice(-count) });
  adapter.assertFits(keeping(0));
  // keeping(fit) fits and keeping(over) does not.
  let fit = 0;
  let over = article.revisions.length;
  while (over - fit > 1) {
    const middle = Math.floor((fit + over) / 2);
    if (adapter.fits(keeping(middle))) fit = middle;
    else over = middle;
  }
  return keeping(fit);
}

/**
 * Writes the article file, then its index entry: a crash in between leaves an index that rebuildIndex
 * repairs. Both sizes are checked before either is written. Returns the article as stored.
 */
export async function writeArticle(ctx: StoreContext, candidate: Article): Promise<Article> {
  const article = storableArticle(ctx, candidate);
  const entry = articleIndexEntry(article);
  assertWorkspaceFileFits(ctx, withArticleEntry(ctx.db.data, entry));
  await writeDocument(ctx, articlePath(ctx.dir, article.id), article);
  await updateWorkspaceFile(ctx, (data) => withArticleEntry(data, entry));
  return article;
}

function newArticleId(now: Date): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `a-${day}-${randomBytes(4).toString('hex')}`;
}

export async function createArticle(ctx: StoreContext, input: NewArticle): Promise<Article> {
  return writeTask(ctx, async () => {
    const at = nowIso(ctx);
    let id = newArticleId(ctx.now());
    for (let attempt = 0; await stat(articlePath(ctx.dir, id)).catch(() => undefined); attempt += 1) {
      if (attempt >= 10) throw new DomainError('INTERNAL', '无法为新稿件生成编号，请重试。');
      id = newArticleId(ctx.now());
    }
    const article: Article = {
      schemaVersion: SCHEMA_VERSION,
      kind: 'article',
      id,
      status: 'draft',
      author: input.author,
      createdAt: at,
      updatedAt: at,
      rev: 1,
      content: input.content,
      revisions: [],
    };
    return writeArticle(ctx, article);
  });
}

/**
 * The article as it was, kept in its history; `by` (the workstation's user, never the article's
 * author) and `note` describe the change that replaced it.
 */
function revisionOf(by: string, article: Article, note: string): Revision {
  return { rev: article.rev, at: article.updatedAt, by, status: article.status, note, content: article.content };
}

/** The next revision, credited to `by` (see requireUserName). */
export function nextRevision(
  ctx: StoreContext,
  by: string,
  article: Article,
  note: string,
  change: Pick<Article, 'content' | 'status'>,
): Article {
  return {
    ...article,
    ...change,
    rev: article.rev + 1,
    updatedAt: nowIso(ctx),
    revisions: [...article.revisions, revisionOf(by, article, note)].slice(-MAX_REVISIONS),
  };
}

/** How an article is named in the audit trail's detail: its headline, cut short. */
export function auditTitle(article: Pick<Article, 'content'>): string {
  const headline = articleHeadline(article);
  return `《${headline.length > 40 ? `${headline.slice(0, 40)}…` : headline}》`;
}

function withNote(text: string, note: string): string {
  return note.trim() === '' ? text : `${text}，说明：${note.trim()}`;
}

export async function saveArticle(ctx: StoreContext, input: ArticleSave): Promise<Article> {
  return writeTask(ctx, async () => {
    const by = requireUserName(ctx, '保存稿件');
    const current = await getArticle(ctx, input.id);
    if (current.rev !== input.baseRev) {
      throw new DomainError(
        'CONFLICT',
        `稿件已在别处被修改（当前第 ${current.rev} 版，你的修改基于第 ${input.baseRev} 版），未保存。请重新打开稿件后再改；未保存的内容仍在自动保存中。`,
        `${current.rev}:${input.baseRev}`,
      );
    }
    // Saving unchanged content adds no revision, but the journal is still cleared: nothing is unsaved.
    if (sameJson(current.content, input.content)) {
      await removeRecoveryFile(ctx, input.id);
      return current;
    }
    const stored = await writeArticle(ctx, nextRevision(ctx, by, current, input.note, { content: input.content, status: current.status }));
    await removeRecoveryFile(ctx, input.id);
    await recordAudit(ctx, {
      action: 'edited',
      target: { articleId: stored.id },
      detail: withNote(`${auditTitle(stored)}保存为第 ${stored.rev} 版`, input.note),
    });
    return stored;
  });
}

export async function setArticleStatus(ctx: StoreContext, id: string, status: ArticleStatus, note: string): Promise<Article> {
  return writeTask(ctx, async () => {
    const by = requireUserName(ctx, '更改稿件状态');
    const current = await getArticle(ctx, id);
    if (!canTransition(current.status, status)) {
      throw new DomainError(
        'INVALID_TRANSITION',
        `稿件状态不能从“${STATUS_LABELS[current.status]}”改为“${STATUS_LABELS[status]}”。`,
        `${current.status}->${status}`,
      );
    }
    const stored = await writeArticle(ctx, nextRevision(ctx, by, current, note, { content: current.content, status }));
    await recordAudit(ctx, {
      action: 'status',
      target: { articleId: id },
      detail: withNote(
        `${auditTitle(stored)}由“${STATUS_LABELS[current.status]}”改为“${STATUS_LABELS[status]}”（第 ${stored.rev} 版）`,
        note,
      ),
    });
    return stored;
  });
}

/** Issues whose pages place the article; an article on a page cannot be deleted. */
async function issuesPlacing(ctx: StoreContext, id: string): Promise<Issue[]> {
  const placing: Issue[] = [];
  for (const entry of ctx.db.data.issues) {
    const issue = await readDocument<Issue>(ctx, issuePath(ctx.dir, entry.id), 'issue').catch(() => null);
    if (issue?.pages.some((page) => page.blocks.some((block) => block.kind === 'article' && block.articleId === id))) placing.push(issue);
  }
  return placing;
}

/** Deletes an article; its last content stays in .backups so a mistaken delete can be undone by hand. */
export async function deleteArticle(ctx: StoreContext, id: string): Promise<void> {
  await writeTask(ctx, async () => {
    const current = await getArticle(ctx, id);
    const placing = await issuesPlacing(ctx, id);
    if (placing.length > 0) {
      const where = placing.map((issue) => `第${issue.number}期（${issue.date}）`).join('、');
      throw new DomainError('CONFLICT', `稿件“${id}”已排在${where}的版面上，请先从版面移除再删除。`, id);
    }
    const file = articlePath(ctx.dir, current.id);
    const bytes = await readFileCappedIfExists(file, MAX_DOCUMENT_BYTES);
    if (bytes) await snapshotBeforeOverwrite(ctx.dir, file, bytes, ctx.now());
    await unlink(file);
    ctx.adapters.delete(file);
    ctx.migrated.delete(file);
    await removeRecoveryFile(ctx, id);
    await updateWorkspaceFile(ctx, (data) => withoutArticleEntry(data, id));
  });
}
