// The desk's inbox folder: each package is read and checked completely before anything is written,
// then imported (intake.ts) and moved to inbox/processed/. A refused package is moved to
// inbox/rejected/ with a .reason.txt beside it and changes nothing else.
import { lstat, mkdir, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { InboxStatus } from '../../../shared/ipc/contract';
import { DomainError, toErrorInfo, type ErrorInfo } from '../../../shared/model/errors';
import { hasPackageExtension, PACKAGE_LIMITS } from '../../../shared/model/filing';
import { isErrnoCode, readFileCapped, writeFileDurable } from '../durable-file';
import { INBOX_DIR } from '../workspace-layout';
import type { WorkspaceStore } from '../workspace-store';
import { sha256Hex } from './hashes';
import { receiveDraft } from './intake';
import { asPackageRefusal, readDraftPackage, type DraftPackage } from './package-reader';

export const PROCESSED_DIR = 'processed';
export const REJECTED_DIR = 'rejected';
export const REASON_SUFFIX = '.reason.txt';

export interface InboxOutcome {
  /** The package's file name as it arrived. */
  file: string;
  status: InboxStatus;
  articleId: string | null;
  headline: string;
  revision: number | null;
  message: string;
  /** Where the package went, relative to the workspace: inbox/processed/… or inbox/rejected/…. */
  movedTo: string;
  error?: ErrorInfo;
}

export interface InboxOptions {
  now?: () => Date;
}

export function inboxDir(store: WorkspaceStore): string {
  return path.join(store.info.path, INBOX_DIR);
}

/**
 * Names the inbox leaves alone: hidden and temporary files are packages still being written by
 * whatever delivers them (a sync tool, a copy in progress, our own atomic writes).
 */
export function isPendingName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~') || /\.(tmp|part|partial|crdownload|download)$/i.test(name);
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

/** A name in `dir` not yet taken: name.ext, then name (2).ext, name (3).ext … */
async function freeName(dir: string, name: string): Promise<string> {
  const extension = path.extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? name : `${stem} (${n})${extension}`;
    if (!(await exists(path.join(dir, candidate))) && !(await exists(path.join(dir, `${candidate}${REASON_SUFFIX}`)))) return candidate;
  }
}

/**
 * Moves a handled package out of the inbox. Not flushed: after a power cut the package may be back
 * in the inbox, and importing it again changes nothing.
 */
async function moveOut(file: string, folder: string): Promise<string> {
  const dir = path.join(path.dirname(file), folder);
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, await freeName(dir, path.basename(file)));
  await rename(file, target);
  return target;
}

function reasonText(name: string, error: ErrorInfo, at: Date): string {
  return [
    '来稿被拒收',
    `文件：${name}`,
    `时间：${at.toISOString()}`,
    `原因：${error.message}`,
    `错误代码：${error.code}`,
    ...(error.detail ? [`详情：${error.detail}`] : []),
    '',
    '该文件未被导入，工作区中的稿件和图片没有任何改动。',
    '',
  ].join('\n');
}

/** Reads and checks a package file; every refusal is a DomainError. */
async function readPackageFile(file: string): Promise<DraftPackage> {
  const info = await lstat(file);
  if (info.isSymbolicLink()) throw new DomainError('PACKAGE_UNSAFE', '收件箱中的这个文件是符号链接，可能指向工作区以外的文件，已拒收。');
  if (!info.isFile()) throw new DomainError('FILE_INVALID', '收件箱中的这一项不是普通文件，已拒收。');
  if (!hasPackageExtension(file)) throw new DomainError('FILE_INVALID', '这不是稿件包：稿件包的扩展名应为 .kfqpkg 或 .zip，已拒收。');
  let bytes: Uint8Array;
  try {
    bytes = await readFileCapped(file, PACKAGE_LIMITS.maxFileBytes, '稿件包');
  } catch (error) {
    throw asPackageRefusal(error);
  }
  return readDraftPackage(bytes);
}

async function reject(store: WorkspaceStore, file: string, error: ErrorInfo, now: () => Date): Promise<InboxOutcome> {
  const name = path.basename(file);
  const target = await moveOut(file, REJECTED_DIR);
  await writeFileDurable(`${target}${REASON_SUFFIX}`, reasonText(name, error, now()));
  return {
    file: name,
    status: 'rejected',
    articleId: null,
    headline: '',
    revision: null,
    message: `来稿被拒收（${name}）：${error.message}`,
    movedTo: path.relative(store.info.path, target),
    error,
  };
}

/**
 * Handles one file of the inbox; undefined when it is gone or still being written. Failures of
 * the workstation itself (a full disk) are thrown and leave the package in the inbox for later.
 */
export async function receivePackageFile(
  store: WorkspaceStore,
  file: string,
  options: InboxOptions = {},
): Promise<InboxOutcome | undefined> {
  const now = options.now ?? (() => new Date());
  const name = path.basename(file);
  if (isPendingName(name) || !(await exists(file))) return undefined;
  let pkg: DraftPackage;
  try {
    pkg = await readPackageFile(file);
  } catch (error) {
    // Gone meanwhile: another process (or a user) took it away.
    if (isErrnoCode(error, 'ENOENT')) return undefined;
    const info = toErrorInfo(error);
    if (info.code === 'FILE_NOT_FOUND') return undefined;
    if (info.code === 'INTERNAL') throw error;
    return reject(store, file, info, now);
  }
  const result = await receiveDraft(store, pkg, now);
  const target = await moveProcessed(file);
  return {
    file: name,
    status: result.status,
    articleId: result.article.id,
    headline: pkg.headline,
    revision: pkg.manifest.revision,
    message: result.message,
    movedTo: path.relative(store.info.path, target),
  };
}

/** Into processed/; a byte-identical copy already there is kept instead of a second one. */
async function moveProcessed(file: string): Promise<string> {
  const dir = path.join(path.dirname(file), PROCESSED_DIR);
  const same = path.join(dir, path.basename(file));
  if (await exists(same)) {
    const [a, b] = await Promise.all([
      readFileCapped(file, PACKAGE_LIMITS.maxFileBytes),
      readFileCapped(same, PACKAGE_LIMITS.maxFileBytes).catch(() => null),
    ]);
    if (b && sha256Hex(a) === sha256Hex(b)) {
      await unlink(file);
      return same;
    }
  }
  return moveOut(file, PROCESSED_DIR);
}

/** Every package waiting in the inbox, oldest name first so revisions arrive in order. */
export async function pendingPackages(store: WorkspaceStore): Promise<string[]> {
  const dir = inboxDir(store);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => !entry.isDirectory() && !isPendingName(entry.name))
    .map((entry) => path.join(dir, entry.name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Processes the inbox once (kfq inbox, and the watcher's first pass). */
export async function processInbox(store: WorkspaceStore, options: InboxOptions = {}): Promise<InboxOutcome[]> {
  const outcomes: InboxOutcome[] = [];
  for (const file of await pendingPackages(store)) {
    const outcome = await receivePackageFile(store, file, options);
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}
