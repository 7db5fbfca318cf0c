// Many new articles at once (kfq import --into): linear in their number and all or nothing. The ids
// go into a journal before any file is written; then every article file, complete and 已提交; then
// workspace.json once with all their entries; then the journal goes. A crash before the index was
// written leaves files that the next open removes (a reader ignores them), so no article of an
// unfinished batch ever shows; after it, the batch is whole.
import { randomBytes } from 'node:crypto';
import { readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { articleIdSchema, type Article } from '../../shared/model/article';
import { DomainError } from '../../shared/model/errors';
import { parseJsonSafely } from '../../shared/model/safe-json';
import { SCHEMA_VERSION } from '../../shared/model/version';
import type { ArticleIndexEntry, WorkspaceFile } from '../../shared/model/workspace';
import { auditTitle, storableArticle, type NewArticle } from './article-store';
import { recordAudit } from './audit/audit-trail';
import { decodeUtf8, fsyncDirectory, isErrnoCode, readFileCappedIfExists, writeFileDurable } from './durable-file';
import { assertWorkspaceFileFits, nowIso, updateWorkspaceFile, writeDocument, writeTask, type StoreContext } from './workspace-context';
import { articleIndexEntry } from './workspace-index';
import { ARTICLES_DIR, articleIdFromFileName, articlePath } from './workspace-layout';

export const BATCH_JOURNAL = '.batch-journal.json';
const PARALLEL_WRITES = 8;
const journalSchema = z.strictObject({ ids: z.array(articleIdSchema).max(100_000) });

function journalPath(dir: string): string {
  return path.join(dir, BATCH_JOURNAL);
}

/** workspace.json with the new entries appended (their ids are new). */
function withNewEntries(data: WorkspaceFile, entries: readonly ArticleIndexEntry[]): WorkspaceFile {
  return entries.length === 0 ? data : { ...data, articles: [...data.articles, ...entries] };
}

async function freshIds(ctx: StoreContext, count: number): Promise<string[]> {
  const taken = new Set(ctx.db.data.articles.map((entry) => entry.id));
  for (const name of await readdir(path.join(ctx.dir, ARTICLES_DIR)).catch(() => [])) {
    const id = articleIdFromFileName(name);
    if (id !== undefined) taken.add(id);
  }
  const day = ctx.now().toISOString().slice(0, 10).replace(/-/g, '');
  const ids: string[] = [];
  while (ids.length < count) {
    const id = `a-${day}-${randomBytes(4).toString('hex')}`;
    if (taken.has(id)) continue;
    taken.add(id);
    ids.push(id);
  }
  return ids;
}

/**
 * Writes the article files, each flushed, several at a time (the flushes overlap on disk), and the
 * folder once after the last rename. After a failure no new write starts, and the error is thrown
 * once the running ones are done.
 */
async function writeArticleFiles(ctx: StoreContext, articles: readonly Article[]): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const writer = async (): Promise<void> => {
    for (let article = articles[next++]; article && !failure; article = articles[next++]) {
      await writeDocument(ctx, articlePath(ctx.dir, article.id), article, { syncFolder: false }).catch((error: unknown) => {
        failure ??= { error };
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, articles.length) }, writer));
  if (failure) throw failure.error;
  await fsyncDirectory(path.join(ctx.dir, ARTICLES_DIR));
}

async function removeArticleFiles(ctx: StoreContext, ids: Iterable<string>): Promise<void> {
  for (const id of ids) {
    const file = articlePath(ctx.dir, id);
    ctx.adapters.delete(file);
    try {
      await unlink(file);
    } catch (error) {
      if (!isErrnoCode(error, 'ENOENT')) throw error;
    }
  }
}

/**
 * Adds new articles as 已提交, each with its draft as revision 1 (`note` says where it came from),
 * as createArticle and setArticleStatus would one by one, but writing workspace.json once.
 */
export async function addFiledArticles(ctx: StoreContext, inputs: readonly NewArticle[], note: string): Promise<Article[]> {
  return writeTask(ctx, async () => {
    const ids = await freshIds(ctx, inputs.length);
    const at = nowIso(ctx);
    const by = ctx.db.data.settings.userName;
    const articles = inputs.map((input, index) =>
      storableArticle(ctx, {
        schemaVersion: SCHEMA_VERSION,
        kind: 'article',
        id: ids[index] ?? '',
        status: 'filed',
        author: input.author,
        createdAt: at,
        updatedAt: at,
        rev: 2,
        content: input.content,
        revisions: [{ rev: 1, at, by: by || input.author, status: 'draft', note, content: input.content }],
      }),
    );
    const entries = articles.map(articleIndexEntry);
    // Every size is checked before the first byte is written.
    assertWorkspaceFileFits(ctx, withNewEntries(ctx.db.data, entries));
    await writeFileDurable(journalPath(ctx.dir), JSON.stringify({ ids }));
    try {
      await writeArticleFiles(ctx, articles);
      await updateWorkspaceFile(ctx, (data) => withNewEntries(data, entries));
    } catch (error) {
      // Nothing of the batch stays: its files go now (or, after a crash, on the next open).
      await removeArticleFiles(ctx, ids).catch(() => undefined);
      await unlink(journalPath(ctx.dir)).catch(() => undefined);
      throw error;
    }
    // The index names them all: the batch is done whether or not the journal can be removed now.
    await unlink(journalPath(ctx.dir)).catch(() => undefined);
    await recordAudit(
      ctx,
      ...articles.map((article) => ({
        action: 'received' as const,
        target: { articleId: article.id },
        detail: `${auditTitle(article)}导入为已提交：${note}`,
      })),
    );
    return articles;
  });
}

async function readJournal(dir: string): Promise<string[] | null> {
  const bytes = await readFileCappedIfExists(journalPath(dir), 8 * 1024 * 1024).catch(() => Buffer.from('{}'));
  if (bytes === null) return null;
  try {
    const parsed = journalSchema.safeParse(parseJsonSafely(decodeUtf8(bytes, '导入日志'), '导入日志'));
    return parsed.success ? parsed.data.ids : [];
  } catch (error) {
    if (error instanceof DomainError) return [];
    throw error;
  }
}

/**
 * On open: the article files of a batch that never reached the index. A writer removes them and the
 * journal; a reader only leaves them out. Returns the ids to leave out of the index.
 */
export async function settleUnfinishedBatch(ctx: StoreContext): Promise<Set<string>> {
  const ids = await readJournal(ctx.dir);
  if (ids === null) return new Set();
  const indexed = new Set(ctx.db.data.articles.map((entry) => entry.id));
  const unfinished = new Set(ids.filter((id) => !indexed.has(id)));
  if (ctx.readOnly) return unfinished;
  await removeArticleFiles(ctx, unfinished);
  // A journal that cannot be removed (a folder under its name) only keeps nothing out next time.
  await unlink(journalPath(ctx.dir)).catch(() => undefined);
  return new Set();
}
