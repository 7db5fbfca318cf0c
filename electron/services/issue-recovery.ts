// Autosave journal for page layout: the page editor writes the issue it has not saved yet to
// .recovery/issues/<issueId>.json at once, durably, so a crash between autosaves loses nothing;
// a successful save of the issue clears it.
import { mkdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../shared/model/errors';
import type { Issue } from '../../shared/model/issue';
import { issueRecoveryEntrySchema, type IssueRecoveryEntry } from '../../shared/model/issue-recovery';
import { parseJsonSafely } from '../../shared/model/safe-json';
import { decodeUtf8, isErrnoCode, readFileCapped, writeFileDurable } from './durable-file';
import { assertDocumentFits, MAX_DOCUMENT_BYTES } from './durable-json-adapter';
import { nowIso, readDocument, writeTask, type StoreContext } from './workspace-context';
import { issuePath, issueRecoveryPath } from './workspace-layout';

export interface IssueRecoveryInput {
  issueId: string;
  baseRev: number;
  issue: Issue;
}

const LABEL = '版面自动保存文件';

export async function writeIssueRecovery(ctx: StoreContext, input: IssueRecoveryInput): Promise<IssueRecoveryEntry> {
  const file = issueRecoveryPath(ctx.dir, input.issueId);
  return writeTask(ctx, async () => {
    if (input.issue.id !== input.issueId) {
      throw new DomainError(
        'INVALID_ARGUMENT',
        `自动保存的版面属于期次 ${input.issue.id}，不是 ${input.issueId}，未保存。`,
        input.issue.id,
      );
    }
    const stored = await readDocument<Issue>(ctx, issuePath(ctx.dir, input.issueId), 'issue');
    if (!stored) throw new DomainError('NOT_FOUND', `找不到期次 ${input.issueId}，版面未能自动保存。`, input.issueId);
    const parsed = issueRecoveryEntrySchema.safeParse({ ...input, savedAt: nowIso(ctx) });
    if (!parsed.success) {
      throw new DomainError('INVALID_ARGUMENT', '自动保存的版面格式不正确，未保存。', parsed.error.issues[0]?.message);
    }
    const text = JSON.stringify(parsed.data);
    // Reading caps the journal like any document; a larger entry could never be recovered.
    assertDocumentFits(text, ctx.maxDocumentBytes ?? MAX_DOCUMENT_BYTES, LABEL);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileDurable(file, text);
    return parsed.data;
  });
}

async function readEntry(ctx: StoreContext, issueId: string): Promise<IssueRecoveryEntry | null> {
  try {
    const bytes = await readFileCapped(issueRecoveryPath(ctx.dir, issueId), ctx.maxDocumentBytes ?? MAX_DOCUMENT_BYTES, LABEL);
    const parsed = issueRecoveryEntrySchema.safeParse(parseJsonSafely(decodeUtf8(bytes, LABEL), LABEL));
    return parsed.success && parsed.data.issueId === issueId ? parsed.data : null;
  } catch (error) {
    // Missing, truncated or unreadable: nothing to offer, and the file is left as it is.
    if (error instanceof DomainError) return null;
    throw error;
  }
}

function sameLayout(a: Issue, b: Issue): boolean {
  return JSON.stringify({ ...a, rev: 0 }) === JSON.stringify({ ...b, rev: 0 });
}

/**
 * The unsaved layout worth offering: the issue is still at the journal's base revision (a later save
 * would turn restoring it into a conflict) and the layout differs from the stored one; else null.
 */
export async function readIssueRecovery(ctx: StoreContext, issueId: string): Promise<IssueRecoveryEntry | null> {
  const entry = await readEntry(ctx, issueId);
  if (!entry) return null;
  const stored = await readDocument<Issue>(ctx, issuePath(ctx.dir, issueId), 'issue').catch(() => null);
  return stored && stored.rev === entry.baseRev && !sameLayout(stored, entry.issue) ? entry : null;
}

/** Removes the journal entry; for callers already inside the write queue. */
export async function removeIssueRecoveryFile(ctx: StoreContext, issueId: string): Promise<void> {
  try {
    await unlink(issueRecoveryPath(ctx.dir, issueId));
  } catch (error) {
    if (!isErrnoCode(error, 'ENOENT')) throw error;
  }
}

export async function discardIssueRecovery(ctx: StoreContext, issueId: string): Promise<void> {
  issueRecoveryPath(ctx.dir, issueId); // refuses a malformed id before anything is queued
  await writeTask(ctx, () => removeIssueRecoveryFile(ctx, issueId));
}
