// Autosave journal: unsaved editor content goes to .recovery/<articleId>.json every few seconds,
// written durably, so edits come back after a crash; a successful save of the article clears it.
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { articleIdSchema, articleNodeSchema, type Article } from '../../shared/model/article';
import { DomainError } from '../../shared/model/errors';
import { parseJsonSafely } from '../../shared/model/safe-json';
import type { RecoveryEntry } from '../../shared/ipc/contract';
import { decodeUtf8, isErrnoCode, readFileCapped, writeFileDurable } from './durable-file';
import { assertDocumentFits, MAX_DOCUMENT_BYTES } from './durable-json-adapter';
import { nowIso, readDocument, writeTask, type StoreContext } from './workspace-context';
import { articleIdFromFileName, articlePath, RECOVERY_DIR, recoveryPath } from './workspace-layout';

export const recoveryEntrySchema = z.strictObject({
  articleId: articleIdSchema,
  baseRev: z.number().int().min(1),
  savedAt: z.iso.datetime(),
  content: z.array(articleNodeSchema).min(1).max(5_000),
});

export interface RecoveryInput {
  articleId: string;
  baseRev: number;
  content: Article['content'];
}

export async function writeRecovery(ctx: StoreContext, input: RecoveryInput): Promise<RecoveryEntry> {
  const file = recoveryPath(ctx.dir, input.articleId);
  return writeTask(ctx, async () => {
    const exists = await stat(articlePath(ctx.dir, input.articleId)).catch(() => undefined);
    if (!exists) throw new DomainError('NOT_FOUND', `找不到稿件 ${input.articleId}，未能自动保存。`, input.articleId);
    const parsed = recoveryEntrySchema.safeParse({ ...input, savedAt: nowIso(ctx) });
    if (!parsed.success) {
      throw new DomainError('INVALID_ARGUMENT', '自动保存的内容格式不正确，未保存。', parsed.error.issues[0]?.message);
    }
    const text = JSON.stringify(parsed.data);
    // Reading caps the journal like any document; a larger entry could never be recovered.
    assertDocumentFits(text, ctx.maxDocumentBytes ?? MAX_DOCUMENT_BYTES, '自动保存文件');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileDurable(file, text);
    return parsed.data;
  });
}

/** The journal entry of one article; null when there is none or it cannot be read (it is then left as it is). */
export async function readRecovery(ctx: StoreContext, articleId: string): Promise<RecoveryEntry | null> {
  let bytes: Buffer;
  try {
    bytes = await readFileCapped(recoveryPath(ctx.dir, articleId), ctx.maxDocumentBytes ?? MAX_DOCUMENT_BYTES, '自动保存文件');
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
  try {
    const parsed = recoveryEntrySchema.safeParse(parseJsonSafely(decodeUtf8(bytes, '自动保存文件'), '自动保存文件'));
    return parsed.success && parsed.data.articleId === articleId ? parsed.data : null;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

function sameContent(a: Article['content'], b: Article['content']): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Unsaved edits newer than their article: the article is still at the journal's base revision and differs. */
export async function listRecoveries(ctx: StoreContext): Promise<RecoveryEntry[]> {
  let names: string[];
  try {
    names = await readdir(path.join(ctx.dir, RECOVERY_DIR));
  } catch (error) {
    if (isErrnoCode(error, 'ENOENT')) return [];
    throw error;
  }
  const entries: RecoveryEntry[] = [];
  for (const id of names.map(articleIdFromFileName)) {
    if (id === undefined) continue;
    const entry = await readRecovery(ctx, id);
    if (!entry) continue;
    const article = await readDocument<Article>(ctx, articlePath(ctx.dir, id), 'article').catch(() => null);
    if (article && article.rev === entry.baseRev && !sameContent(article.content, entry.content)) entries.push(entry);
  }
  return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** Removes the journal entry; for callers already inside the write queue. */
export async function removeRecoveryFile(ctx: StoreContext, articleId: string): Promise<void> {
  try {
    await unlink(recoveryPath(ctx.dir, articleId));
  } catch (error) {
    if (!isErrnoCode(error, 'ENOENT')) throw error;
  }
}

export async function discardRecovery(ctx: StoreContext, articleId: string): Promise<void> {
  recoveryPath(ctx.dir, articleId); // refuses a malformed id before anything is queued
  await writeTask(ctx, () => removeRecoveryFile(ctx, articleId));
}
