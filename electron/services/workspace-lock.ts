// Single writer per workspace: <ws>/.lock names the process (pid, host) allowed to write. A lock
// left by a process that no longer runs is taken over; a live one refuses the second writer.
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../../shared/model/errors';
import { isErrnoCode, processIsRunning } from './durable-file';
import { LOCK_FILE } from './workspace-layout';

interface LockInfo {
  pid: number;
  hostname: string;
  startedAt: string;
  /** Tells our own lock from a newer one that replaced it. */
  token: string;
}

export interface WorkspaceLock {
  readonly file: string;
  release(): Promise<void>;
}

/** A lock file still being written by its creator may look empty for a moment. */
const UNREADABLE_GRACE_MS = 10_000;

function parseLock(text: string): LockInfo | undefined {
  try {
    const data = JSON.parse(text) as Partial<LockInfo>;
    if (typeof data.pid !== 'number' || !Number.isInteger(data.pid) || data.pid <= 0) return undefined;
    if (typeof data.hostname !== 'string' || typeof data.startedAt !== 'string' || typeof data.token !== 'string') return undefined;
    return { pid: data.pid, hostname: data.hostname, startedAt: data.startedAt, token: data.token };
  } catch {
    return undefined;
  }
}

function isLive(holder: LockInfo): boolean {
  // A process on another machine (a shared folder) cannot be checked, so it is presumed alive.
  if (holder.hostname !== os.hostname()) return true;
  // A lock from before the last boot is stale even if its pid was reused since.
  const bootedAt = Date.now() - os.uptime() * 1000 - 60_000;
  if (Date.parse(holder.startedAt) < bootedAt) return false;
  return processIsRunning(holder.pid);
}

function lockedError(holder: LockInfo | undefined): DomainError {
  const who = holder ? `（进程 ${holder.pid}，电脑“${holder.hostname}”，${holder.startedAt.slice(0, 19).replace('T', ' ')} 起）` : '';
  return new DomainError(
    'WORKSPACE_LOCKED',
    `工作区正被另一个程序使用${who}。同一时间只能有一个程序修改工作区，请先关闭它，或以只读方式打开。`,
    holder ? `${holder.hostname}:${holder.pid}` : undefined,
  );
}

/** A temp name beside the lock, with our process id in it: others leave it alone while we run. */
function lockTempPath(file: string): string {
  return path.join(path.dirname(file), `.lock.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
}

/** Creates the lock file complete or not at all; false when a lock already exists (or the attempt must be made again). */
async function tryCreate(file: string, text: string): Promise<boolean> {
  const temp = lockTempPath(file);
  await writeFile(temp, text, { flag: 'wx' });
  try {
    await link(temp, file);
    return true;
  } catch (error) {
    // ENOENT: our temp file was taken away meanwhile (by an older version tidying up); try again.
    if (isErrnoCode(error, 'EEXIST', 'ENOENT')) return false;
    // FAT and exFAT drives have no hard links: fall back to an exclusive create.
    if (!isErrnoCode(error, 'EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP')) throw error;
    try {
      await writeFile(file, text, { flag: 'wx' });
      return true;
    } catch (createError) {
      if (isErrnoCode(createError, 'EEXIST')) return false;
      throw createError;
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (isErrnoCode(error, 'ENOENT')) return null;
    throw error;
  }
}

/**
 * Moves a stale lock aside by rename, which only one taker can win. If what was moved is not the
 * stale lock we judged (a live process replaced it meanwhile), it is put back.
 */
async function breakStaleLock(file: string, staleText: string): Promise<void> {
  const aside = lockTempPath(file);
  try {
    await rename(file, aside);
  } catch (error) {
    if (isErrnoCode(error, 'ENOENT')) return;
    throw error;
  }
  const moved = await readText(aside);
  if (moved !== staleText) await link(aside, file).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

export async function acquireWorkspaceLock(dir: string): Promise<WorkspaceLock> {
  const file = path.join(dir, LOCK_FILE);
  const mine: LockInfo = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    token: randomBytes(12).toString('hex'),
  };
  const text = `${JSON.stringify(mine)}\n`;
  let holder: LockInfo | undefined;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (await tryCreate(file, text)) return { file, release: () => releaseLock(file, mine.token) };
    const existing = await readText(file);
    if (existing === null) continue;
    holder = parseLock(existing);
    if (holder ? isLive(holder) : await isYoung(file)) throw lockedError(holder);
    await breakStaleLock(file, existing);
  }
  throw lockedError(holder);
}

async function isYoung(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs < UNREADABLE_GRACE_MS;
}

async function releaseLock(file: string, token: string): Promise<void> {
  const existing = await readText(file);
  if (existing !== null && parseLock(existing)?.token === token) await unlink(file).catch(() => undefined);
}
