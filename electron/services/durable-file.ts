// Crash-safe file primitives: a write either lands completely or not at all, and reads are
// capped so a huge or hostile file cannot exhaust memory.
import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../shared/model/errors';

const TEMP_MARKER = '.tmp-';
/** Our temp names: .NAME.tmp-PID-RANDOM, the writing process's id in them. */
const OWNED_TEMP_NAME = /^\..+\.tmp-(\d{1,10})-[0-9a-f]+$/;
/** A temp name without an owner (from older versions) is left this long before it counts as litter. */
const UNOWNED_TEMP_AGE_MS = 10 * 60_000;

/** Temp files start with '.' and carry '.tmp-' so they are hidden and recognisable after a crash. */
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.includes(TEMP_MARKER);
}

/** The id of the process that wrote a temp file (.NAME.tmp-PID-RANDOM), or undefined. */
export function tempFileOwner(name: string): number | undefined {
  const match = OWNED_TEMP_NAME.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Whether a process with this id runs on this machine. */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return !isErrnoCode(error, 'ESRCH');
  }
}

/**
 * A temp file left by a process that no longer runs (never one of a live process, nor our own:
 * they may be writing it right now); one without an owner once it is old.
 */
async function isAbandoned(dir: string, name: string): Promise<boolean> {
  if (!isTempFileName(name)) return false;
  const pid = tempFileOwner(name);
  if (pid !== undefined) return pid !== process.pid && pid > 0 && !processIsRunning(pid);
  const info = await lstat(path.join(dir, name)).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > UNOWNED_TEMP_AGE_MS;
}

function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}${TEMP_MARKER}${process.pid}-${randomBytes(6).toString('hex')}`);
}

export function isErrnoCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === 'object' && error !== null && codes.includes(String((error as { code?: unknown }).code));
}

/** Flushes a folder's entry table so a rename survives a power cut; not every platform allows it. */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open folders, and some file systems refuse fsync on them; the rename is
    // still atomic there, only its durability is up to the OS.
    if (!isErrnoCode(error, 'EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES', 'ENOTSUP')) throw error;
  } finally {
    await handle?.close();
  }
}

export interface DurableWriteOptions {
  /**
   * false: the folder is not flushed after the rename; the caller flushes it once after a batch of
   * writes into it (fsyncDirectory) before anything refers to the new files.
   */
  syncFolder?: boolean;
}

/**
 * Writes temp → fsync → rename over the target → fsync the folder, so readers never see half a
 * file. Temp files that processes no longer running left in the folder (a killed export) are
 * removed first; a batch (syncFolder false) leaves that to its folder's next single write.
 */
export async function writeFileDurable(file: string, data: string | Uint8Array, options: DurableWriteOptions = {}): Promise<void> {
  // Tidying must never fail a write.
  if (options.syncFolder !== false) await removeStaleTempFiles(path.dirname(file)).catch(() => undefined);
  const temp = tempPathFor(file);
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  if (options.syncFolder !== false) await fsyncDirectory(path.dirname(file));
}

/**
 * Removes the temp files crashed processes left behind in one folder (never a live process's);
 * returns how many were removed.
 */
export async function removeStaleTempFiles(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isErrnoCode(error, 'ENOENT', 'ENOTDIR')) return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    if (!(await isAbandoned(dir, name))) continue;
    try {
      await unlink(path.join(dir, name));
      removed += 1;
    } catch (error) {
      if (!isErrnoCode(error, 'ENOENT')) throw error;
    }
  }
  return removed;
}

/** Same as removeStaleTempFiles for a folder and its sub-folders, down to `depth` levels. */
export async function removeStaleTempFilesInTree(root: string, depth: number, skip: ReadonlySet<string> = new Set()): Promise<number> {
  let removed = await removeStaleTempFiles(root);
  if (depth <= 0) return removed;
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory() || skip.has(entry.name)) continue;
    removed += await removeStaleTempFilesInTree(path.join(root, entry.name), depth - 1);
  }
  return removed;
}

function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

/** Reads a whole file, refusing one larger than `maxBytes` (checked on the open handle, not a stale stat). */
export async function readFileCapped(file: string, maxBytes: number, what = '文件'): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if (isErrnoCode(error, 'ENOENT', 'ENOTDIR')) throw new DomainError('FILE_NOT_FOUND', `找不到${what}：${file}`, file);
    throw error;
  }
  try {
    const stats = await handle.stat();
    const size = stats.size;
    if (!stats.isFile()) throw new DomainError('FILE_INVALID', `${what}不是普通文件，已拒绝打开。`, file);
    if (size > maxBytes) {
      throw new DomainError('FILE_TOO_LARGE', `${what}过大（${megabytes(size)} MB，上限 ${megabytes(maxBytes)} MB），已拒绝打开。`, file);
    }
    // The file may grow after the stat (another program writing it in place): a full buffer means
    // there is more, so the read goes on to the end of the file, and is refused once past the cap.
    let buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) return buffer.subarray(0, length);
      length += bytesRead;
      if (length > maxBytes) {
        throw new DomainError('FILE_TOO_LARGE', `${what}过大（超过 ${megabytes(maxBytes)} MB），已拒绝打开。`, file);
      }
      if (length === buffer.length) buffer = enlarged(buffer, maxBytes + 1);
    }
  } finally {
    await handle.close();
  }
}

/** A copy of the buffer with room for more: twice as large, at least 64 KB, at most `limit`. */
function enlarged(buffer: Buffer, limit: number): Buffer<ArrayBuffer> {
  const larger = Buffer.alloc(Math.min(Math.max(2 * buffer.length, 65_536), limit));
  buffer.copy(larger);
  return larger;
}

/** The file's bytes, or null when it does not exist. */
export async function readFileCappedIfExists(file: string, maxBytes: number, what?: string): Promise<Buffer | null> {
  try {
    return await readFileCapped(file, maxBytes, what);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'FILE_NOT_FOUND') return null;
    throw error;
  }
}

/** Decodes UTF-8 strictly: invalid bytes are refused rather than silently replaced and saved back. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    // A leading BOM (left by Windows editors) is dropped by the decoder.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new DomainError('FILE_MALFORMED', `${what}不是有效的 UTF-8 文本，已拒绝打开，原文件保持不变。`, String(error));
  }
}
