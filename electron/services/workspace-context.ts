// The state one open workspace shares between its article, issue, asset and recovery parts:
// folder, clock, the lowdb handle on workspace.json, document adapters and the write queue.
import type { Low } from 'lowdb';
import { DomainError } from '../../shared/model/errors';
import { SCHEMA_VERSION } from '../../shared/model/version';
import type { WorkspaceFile } from '../../shared/model/workspace';
import type { DurableWriteOptions } from './durable-file';
import { DurableJsonAdapter, readOnlyError, type WorkspaceDocument } from './durable-json-adapter';
import { workspaceFilePath } from './workspace-layout';

export interface StoreContext {
  readonly dir: string;
  readonly readOnly: boolean;
  readonly now: () => Date;
  /** Cap on a document's size when not MAX_DOCUMENT_BYTES (tests). */
  readonly maxDocumentBytes?: number | undefined;
  readonly db: Low<WorkspaceFile>;
  /** Article files of a batch that never reached the index (article-batch.ts), left out by a reader. */
  readonly unfinishedBatch: Set<string>;
  /** Files read in an older format and not yet saved in the current one. */
  readonly migrated: Set<string>;
  readonly adapters: Map<string, DurableJsonAdapter<WorkspaceDocument>>;
  /** Runs writes one after another, so a read-modify-write never interleaves with another. */
  readonly serial: <T>(task: () => Promise<T>) => Promise<T>;
  closed: boolean;
}

export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return function serial<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };
}

export function nowIso(ctx: StoreContext): string {
  return ctx.now().toISOString();
}

/** Today's date in UTC, so a machine's time zone never shifts an issue date. */
export function todayIso(ctx: StoreContext): string {
  return nowIso(ctx).slice(0, 10);
}

export function assertOpen(ctx: StoreContext): void {
  if (ctx.closed) throw new DomainError('WORKSPACE_MISSING', '工作区已关闭，请重新打开。');
}

export function assertWritable(ctx: StoreContext): void {
  assertOpen(ctx);
  if (ctx.readOnly) throw readOnlyError();
}

/** Runs a write in the queue after checking the store may write. */
export async function writeTask<T>(ctx: StoreContext, task: () => Promise<T>): Promise<T> {
  assertWritable(ctx);
  return ctx.serial(async () => {
    assertWritable(ctx);
    return task();
  });
}

export function documentAdapter<T extends WorkspaceDocument>(ctx: StoreContext, file: string, kind: T['kind']): DurableJsonAdapter<T> {
  let adapter = ctx.adapters.get(file);
  if (!adapter) {
    adapter = new DurableJsonAdapter<WorkspaceDocument>(file, kind, {
      workspaceDir: ctx.dir,
      now: ctx.now,
      readOnly: ctx.readOnly,
      maxBytes: ctx.maxDocumentBytes,
    });
    ctx.adapters.set(file, adapter);
  }
  return adapter as unknown as DurableJsonAdapter<T>;
}

/** The document in `file` (migrated if older), or null when there is none; refusals throw. */
export async function readDocument<T extends WorkspaceDocument>(ctx: StoreContext, file: string, kind: T['kind']): Promise<T | null> {
  const adapter = documentAdapter<T>(ctx, file, kind);
  const value = await adapter.read();
  noteVersion(ctx, file, adapter.fromVersion);
  return value;
}

export async function writeDocument<T extends WorkspaceDocument>(
  ctx: StoreContext,
  file: string,
  data: T,
  options?: DurableWriteOptions,
): Promise<void> {
  const adapter = documentAdapter<T>(ctx, file, data.kind);
  await adapter.write(data, options);
  noteVersion(ctx, file, adapter.fromVersion);
}

/** Refuses, before anything is written, a change that would make workspace.json too large to open again. */
export function assertWorkspaceFileFits(ctx: StoreContext, data: WorkspaceFile): void {
  const adapter = ctx.db.adapter;
  if (!ctx.readOnly && adapter instanceof DurableJsonAdapter) (adapter as DurableJsonAdapter<WorkspaceFile>).assertFits(data);
}

export function noteVersion(ctx: StoreContext, file: string, fromVersion: number | null): void {
  if (fromVersion !== null && fromVersion < SCHEMA_VERSION) ctx.migrated.add(file);
  else ctx.migrated.delete(file);
}

/**
 * Replaces workspace.json's data with `update(data)` and writes it through lowdb. The data in
 * memory only changes when the write succeeded; a read-only store keeps the change in memory.
 */
export async function updateWorkspaceFile(ctx: StoreContext, update: (data: WorkspaceFile) => WorkspaceFile): Promise<WorkspaceFile> {
  const previous = ctx.db.data;
  const next = update(previous);
  if (next === previous) return previous;
  ctx.db.data = next;
  if (ctx.readOnly) return next;
  try {
    await ctx.db.write();
  } catch (error) {
    ctx.db.data = previous;
    throw error;
  }
  ctx.migrated.delete(workspaceFilePath(ctx.dir));
  return next;
}
