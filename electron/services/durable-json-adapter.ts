// lowdb adapter for workspace documents: reads through the model's validators (migrating older
// versions), writes crash-safely after snapshotting what it replaces, never overwrites a bad file.
import type { Adapter } from 'lowdb';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../shared/model/article';
import { DomainError } from '../../shared/model/errors';
import type { Issue } from '../../shared/model/issue';
import { parseJsonSafely } from '../../shared/model/safe-json';
import { DOCUMENT_LABELS, parseDocument, validateDocument, type Validated } from '../../shared/model/validate';
import { SCHEMA_VERSION } from '../../shared/model/version';
import type { WorkspaceFile } from '../../shared/model/workspace';
import { DEFAULT_KEEP_BACKUPS, snapshotBeforeOverwrite } from './backups';
import { decodeUtf8, readFileCappedIfExists, writeFileDurable, type DurableWriteOptions } from './durable-file';

export type WorkspaceDocument = Article | Issue | WorkspaceFile;

/** No legitimate document comes near this; anything larger is refused before it is parsed. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export interface DurableJsonOptions {
  /** Root of the workspace: backups go to its .backups folder. */
  workspaceDir: string;
  now?: () => Date;
  maxBytes?: number;
  keepBackups?: number;
  readOnly?: boolean;
}

export interface DocumentRead<T extends WorkspaceDocument> {
  /** The file's text as read: what a later write compares against. */
  text: string;
  value: T;
  /** The version the file was written in; lower than SCHEMA_VERSION when it was migrated. */
  fromVersion: number;
}

/**
 * Reads a document file exactly as the store opens it: at most `maxBytes` from a regular file,
 * strict UTF-8, JSON without prototype-polluting keys, version check, migration, schema. `kind`
 * is the document's kind, or says it from the parsed data (kfq validate). Null when there is no
 * file; every refusal is a DomainError with a Chinese message.
 */
export async function readDocumentFile<T extends WorkspaceDocument>(
  file: string,
  kind: T['kind'] | ((data: unknown) => T['kind']),
  what: string,
  maxBytes = MAX_DOCUMENT_BYTES,
): Promise<DocumentRead<T> | null> {
  const bytes = await readFileCappedIfExists(file, maxBytes, what);
  if (bytes === null) return null;
  const text = decodeUtf8(bytes, what);
  const data = parseJsonSafely(text, what);
  const resolved = typeof kind === 'function' ? kind(data) : kind;
  // The kind asked for is T's own kind, so the document validated is a T.
  const { value, fromVersion } = validateDocument(resolved, data, what) as unknown as Validated<T>;
  return { text, value, fromVersion };
}

export function readOnlyError(): DomainError {
  return new DomainError('WORKSPACE_LOCKED', '工作区以只读方式打开，不能保存修改。');
}

function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

/** The text a document is stored as. */
export function documentText(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Refuses a document text larger than reading accepts: a file that big could never be opened again. */
export function assertDocumentFits(text: string, maxBytes: number, what: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= maxBytes) return;
  throw new DomainError(
    'DOCUMENT_TOO_LARGE',
    `${what}保存后将有 ${megabytes(bytes)} MB，超过可打开的上限 ${megabytes(maxBytes)} MB，未保存（原文件保持不变）。`,
    `${bytes}>${maxBytes}`,
  );
}

export class DurableJsonAdapter<T extends WorkspaceDocument> implements Adapter<T> {
  readonly file: string;
  readonly kind: T['kind'];
  /** Names the file in messages, e.g. 稿件文件“articles/a-1.json”. */
  readonly what: string;
  /** Format version of the file as last read, lower than SCHEMA_VERSION until it is saved again; null when absent. */
  fromVersion: number | null = null;
  private readonly options: DurableJsonOptions;
  // Text known to be a valid document on disk (last read or written). When the file differs it
  // was changed behind our back, and is validated again before it may be replaced.
  private knownText: string | null = null;

  constructor(file: string, kind: T['kind'], options: DurableJsonOptions) {
    this.file = file;
    this.kind = kind;
    this.options = options;
    const relative = path.relative(options.workspaceDir, file).split(path.sep).join('/');
    this.what = `${DOCUMENT_LABELS[kind]}“${relative}”`;
  }

  get maxBytes(): number {
    return this.options.maxBytes ?? MAX_DOCUMENT_BYTES;
  }

  /** Whether `data` would be stored within the size reading accepts (not validated: for checks before a write). */
  fits(data: T): boolean {
    return Buffer.byteLength(documentText(data), 'utf8') <= this.maxBytes;
  }

  /** Throws DOCUMENT_TOO_LARGE when `data` would be stored larger than reading accepts. */
  assertFits(data: T): void {
    assertDocumentFits(documentText(data), this.maxBytes, this.what);
  }

  /** The document, migrated to the current version; null when the file does not exist. Refusals throw. */
  async read(): Promise<T | null> {
    const result = await readDocumentFile<T>(this.file, this.kind, this.what, this.maxBytes);
    if (result === null) {
      this.knownText = null;
      this.fromVersion = null;
      return null;
    }
    this.knownText = result.text;
    this.fromVersion = result.fromVersion;
    return result.value;
  }

  async write(data: T, options: DurableWriteOptions = {}): Promise<void> {
    if (this.options.readOnly) throw readOnlyError();
    const text = documentText(this.checked(data));
    // Reading refuses a file over the cap, so such a file is never written: it would lock itself out.
    assertDocumentFits(text, this.maxBytes, this.what);
    const previous = await readFileCappedIfExists(this.file, this.maxBytes, this.what);
    if (previous === null) {
      await mkdir(path.dirname(this.file), { recursive: true });
    } else {
      const previousText = decodeUtf8(previous, this.what);
      if (previousText === text) {
        this.remember(text);
        return;
      }
      // Throws for a truncated, malformed, unsafe or newer file: such a file is never replaced.
      if (previousText !== this.knownText) parseDocument(this.kind, previousText, this.what);
      await snapshotBeforeOverwrite(
        this.options.workspaceDir,
        this.file,
        previous,
        this.now(),
        this.options.keepBackups ?? DEFAULT_KEEP_BACKUPS,
      );
    }
    await writeFileDurable(this.file, text, options);
    this.remember(text);
  }

  private remember(text: string): void {
    this.knownText = text;
    this.fromVersion = SCHEMA_VERSION;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Only what the app can open again is written: a bug upstream fails here, not on the next start. */
  private checked(data: T): T {
    try {
      return validateDocument(this.kind, data, this.what).value as unknown as T;
    } catch (error) {
      const detail = error instanceof DomainError ? (error.detail ?? error.message) : String(error);
      throw new DomainError('INVALID_ARGUMENT', `${this.what}的内容不符合格式要求，未保存：${detail}`, detail);
    }
  }
}
