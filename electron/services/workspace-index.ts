// The index in workspace.json: a cache of what the article and issue files say, kept in sync on
// every write and rebuilt from the files when it no longer matches them.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { articleCharCount, articleHeadline, type Article } from '../../shared/model/article';
import { DomainError, toErrorInfo, type ErrorCode } from '../../shared/model/errors';
import type { Issue } from '../../shared/model/issue';
import type { ArticleIndexEntry, IssueIndexEntry, WorkspaceFile } from '../../shared/model/workspace';
import { isErrnoCode } from './durable-file';
import { readDocument, updateWorkspaceFile, type StoreContext } from './workspace-context';
import {
  ARTICLES_DIR,
  articleIdFromFileName,
  articlePath,
  ISSUES_DIR,
  isIssueFolderName,
  issuePath,
  workspaceFilePath,
} from './workspace-layout';

export interface RefusedFile {
  file: string;
  code: ErrorCode;
  message: string;
}

export interface RebuildReport {
  articles: number;
  issues: number;
  /** Files that could not be read; they stay on disk untouched and out of the index. */
  refused: RefusedFile[];
}

export function articleIndexEntry(article: Article): ArticleIndexEntry {
  const entry: ArticleIndexEntry = {
    id: article.id,
    headline: articleHeadline(article).slice(0, 500),
    status: article.status,
    author: article.author,
    updatedAt: article.updatedAt,
    charCount: articleCharCount(article.content),
  };
  // Only received manuscripts carry it, so indexes of workspaces without filing stay as they were.
  if (article.source) {
    const { packageId, revision, conflictOf } = article.source;
    entry.source = conflictOf ? { packageId, revision, conflictOf } : { packageId, revision };
  }
  if (article.placement) entry.placement = { issueId: article.placement.issueId, page: article.placement.page };
  return entry;
}

export function issueIndexEntry(issue: Issue): IssueIndexEntry {
  return { id: issue.id, number: issue.number, totalNumber: issue.totalNumber, date: issue.date };
}

function byDate(a: IssueIndexEntry, b: IssueIndexEntry): number {
  return a.date.localeCompare(b.date) || a.totalNumber - b.totalNumber || a.id.localeCompare(b.id);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** workspace.json with the article's entry added or replaced; the same object when nothing changed. */
export function withArticleEntry(data: WorkspaceFile, entry: ArticleIndexEntry): WorkspaceFile {
  const index = data.articles.findIndex((candidate) => candidate.id === entry.id);
  if (index >= 0 && sameJson(data.articles[index], entry)) return data;
  const articles = index >= 0 ? data.articles.map((candidate, i) => (i === index ? entry : candidate)) : [...data.articles, entry];
  return { ...data, articles };
}

export function withoutArticleEntry(data: WorkspaceFile, id: string): WorkspaceFile {
  if (!data.articles.some((entry) => entry.id === id)) return data;
  return { ...data, articles: data.articles.filter((entry) => entry.id !== id) };
}

export function withIssueEntry(data: WorkspaceFile, entry: IssueIndexEntry): WorkspaceFile {
  const existing = data.issues.find((candidate) => candidate.id === entry.id);
  if (existing && sameJson(existing, entry)) return data;
  return { ...data, issues: [...data.issues.filter((candidate) => candidate.id !== entry.id), entry].sort(byDate) };
}

async function listNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (isErrnoCode(error, 'ENOENT')) return [];
    throw error;
  }
}

export async function articleIdsOnDisk(dir: string): Promise<string[]> {
  const ids = (await listNames(path.join(dir, ARTICLES_DIR))).map(articleIdFromFileName);
  return ids.filter((id): id is string => id !== undefined).sort();
}

/** Article files the index may hold: all but those of an unfinished batch. */
async function indexableArticleIds(ctx: StoreContext): Promise<string[]> {
  return (await articleIdsOnDisk(ctx.dir)).filter((id) => !ctx.unfinishedBatch.has(id));
}

/** Issue folders holding an issue.json (a folder left empty by an interrupted first save does not count). */
export async function issueIdsOnDisk(dir: string): Promise<string[]> {
  const ids: string[] = [];
  for (const name of (await listNames(path.join(dir, ISSUES_DIR))).filter(isIssueFolderName)) {
    const info = await stat(issuePath(dir, name)).catch(() => undefined);
    if (info?.isFile()) ids.push(name);
  }
  return ids.sort();
}

type Indexed =
  { kind: 'article'; entry: ArticleIndexEntry } | { kind: 'issue'; entry: IssueIndexEntry } | { kind: 'refused'; refused: RefusedFile };

/** The index entry a file describes, or why it cannot be indexed; nothing is ever written to the file. */
async function readEntry(ctx: StoreContext, kind: 'article' | 'issue', id: string): Promise<Indexed | undefined> {
  const file = kind === 'article' ? articlePath(ctx.dir, id) : issuePath(ctx.dir, id);
  try {
    if (kind === 'article') {
      const article = await readDocument<Article>(ctx, file, 'article');
      // A file whose id field disagrees with its name would be saved under another name later.
      if (article && article.id !== id) throw new DomainError('FILE_INVALID', `稿件文件的编号（${article.id}）与文件名不一致。`, file);
      return article ? { kind: 'article', entry: articleIndexEntry(article) } : undefined;
    }
    const issue = await readDocument<Issue>(ctx, file, 'issue');
    if (issue && issue.id !== id) throw new DomainError('FILE_INVALID', `期次文件的编号（${issue.id}）与文件夹名不一致。`, file);
    return issue ? { kind: 'issue', entry: issueIndexEntry(issue) } : undefined;
  } catch (error) {
    const info = toErrorInfo(error);
    return { kind: 'refused', refused: { file, code: info.code, message: info.message } };
  }
}

/** Reads every article and issue file and writes the index they describe. */
export async function rebuildIndex(ctx: StoreContext): Promise<RebuildReport> {
  const refused: RefusedFile[] = [];
  const articles: ArticleIndexEntry[] = [];
  const issues: IssueIndexEntry[] = [];
  const found = [
    ...(await indexableArticleIds(ctx)).map((id) => ['article', id] as const),
    ...(await issueIdsOnDisk(ctx.dir)).map((id) => ['issue', id] as const),
  ];
  for (const [kind, id] of found) {
    const result = await readEntry(ctx, kind, id);
    if (result?.kind === 'article') articles.push(result.entry);
    else if (result?.kind === 'issue') issues.push(result.entry);
    else if (result?.kind === 'refused') refused.push(result.refused);
  }
  // Keep the order editors are used to for entries that survive; new ones go at the end.
  const order = new Map(ctx.db.data.articles.map((entry, index) => [entry.id, index]));
  articles.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || a.id.localeCompare(b.id));
  issues.sort(byDate);
  await updateWorkspaceFile(ctx, (data) =>
    sameJson(data.articles, articles) && sameJson(data.issues, issues) ? data : { ...data, articles, issues },
  );
  return { articles: articles.length, issues: issues.length, refused };
}

async function modifiedAt(file: string): Promise<number> {
  return (await stat(file).catch(() => undefined))?.mtimeMs ?? 0;
}

/**
 * Brings the index up to date on open. When files appeared or vanished (or workspace.json was
 * migrated) everything is re-read; otherwise only files written since workspace.json, since a crash
 * between saving a file and its index entry leaves that entry behind.
 */
export async function refreshIndexOnOpen(ctx: StoreContext, full: boolean): Promise<void> {
  const articleIds = await indexableArticleIds(ctx);
  const issueIds = await issueIdsOnDisk(ctx.dir);
  const indexed = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id).sort();
  if (full || !sameJson(indexed(ctx.db.data.articles), articleIds) || !sameJson(indexed(ctx.db.data.issues), issueIds)) {
    await rebuildIndex(ctx);
    return;
  }
  // Equal times count as newer: coarse file systems (FAT: 2 s) give both writes the same time.
  const since = await modifiedAt(workspaceFilePath(ctx.dir));
  let data = ctx.db.data;
  const suspects = [...articleIds.map((id) => ['article', id] as const), ...issueIds.map((id) => ['issue', id] as const)];
  for (const [kind, id] of suspects) {
    if ((await modifiedAt(kind === 'article' ? articlePath(ctx.dir, id) : issuePath(ctx.dir, id))) < since) continue;
    const result = await readEntry(ctx, kind, id);
    if (result?.kind === 'article') data = withArticleEntry(data, result.entry);
    else if (result?.kind === 'issue') data = withIssueEntry(data, result.entry);
  }
  const refreshed = data;
  await updateWorkspaceFile(ctx, () => refreshed);
}
