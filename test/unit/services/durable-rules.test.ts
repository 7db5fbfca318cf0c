// The rules of the durable file primitives that callers and users rely on: what counts as litter
// and when, how deep a tidy-up reaches, and the exact refusals (in Chinese) of capped reads and
// strict UTF-8 decoding.
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  decodeUtf8,
  isTempFileName,
  processIsRunning,
  readFileCapped,
  readFileCappedIfExists,
  removeStaleTempFiles,
  removeStaleTempFilesInTree,
  tempFileOwner,
  writeFileDurable,
} from '../../../electron/services/durable-file';
import { makeTempDir, refusal, removeDir } from './store-fixtures';

const MINUTE = 60_000;
let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('kfq-durable-');
});
afterEach(async () => {
  vi.useRealTimers();
  await removeDir(dir);
});

/** The id of a process that has already exited: temp files named after it are litter. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('exit', () => resolve(child.pid ?? 0));
  });
}

/** Writes a file whose modification time is `ageMs` before `now`. */
async function fileAged(name: string, now: number, ageMs: number): Promise<void> {
  const file = path.join(dir, name);
  await writeFile(file, 'half');
  const seconds = (now - ageMs) / 1000;
  await utimes(file, seconds, seconds);
}

describe('temp file names', () => {
  it('are hidden and carry .tmp-; the writing process is the number after it', () => {
    expect(isTempFileName('.issue.json.tmp-4242-0a1b2c')).toBe(true);
    expect(isTempFileName('.issue.json.tmp-')).toBe(true);
    expect(isTempFileName('issue.json.tmp-4242-0a1b2c')).toBe(false);
    expect(isTempFileName('.issue.json')).toBe(false);
    expect(tempFileOwner('.issue.json.tmp-4242-0a1b2c')).toBe(4242);
    expect(tempFileOwner('.开发区建设-第14期.pdf.tmp-7-ff')).toBe(7);
    // Older versions wrote names without an owner; other programs' names are not ours either.
    expect(tempFileOwner('.issue.json.tmp-abc')).toBeUndefined();
    expect(tempFileOwner('issue.json.tmp-4242-0a1b2c')).toBeUndefined();
    expect(tempFileOwner('.issue.json.tmp-4242-0a1b2c.bak')).toBeUndefined();
    expect(tempFileOwner('x.issue.json.tmp-4242-0a1b2c')).toBeUndefined();
    expect(tempFileOwner('.issue.json.tmp-12345678901-0a')).toBeUndefined();
    expect(tempFileOwner('.issue.json.tmp-4242-')).toBeUndefined();
  });

  it('a write never tidies away another temp file of its own process, however old', async () => {
    const now = Date.now();
    const file = path.join(dir, 'issue.json');
    // Another of our writes, in progress in this very process, must survive the tidy-up.
    const ours = `.other.json.tmp-${process.pid}-0123456789ab`;
    await fileAged(ours, now, 60 * MINUTE);
    await writeFileDurable(file, '{}');
    expect((await readdir(dir)).sort()).toEqual([ours, 'issue.json'].sort());
  });

  it('tells running processes from exited ones', async () => {
    expect(processIsRunning(process.pid)).toBe(true);
    expect(processIsRunning(await deadPid())).toBe(false);
  });
});

describe('litter without an owner', () => {
  it('is removed once it is more than ten minutes old, never before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const now = Date.parse('2025-05-12T01:00:00.000Z');
    vi.setSystemTime(now);
    await fileAged('.old.json.tmp-abc', now, 10 * MINUTE + 1000);
    await fileAged('.exact.json.tmp-abc', now, 10 * MINUTE);
    await fileAged('.young.json.tmp-abc', now, 9 * MINUTE);
    // Visible names with .tmp- in them belong to someone else, however old.
    await fileAged('notes.tmp-1', now, 60 * MINUTE);
    await fileAged('report.tmp-99-ab', now, 60 * MINUTE);
    expect(await removeStaleTempFiles(dir)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['.exact.json.tmp-abc', '.young.json.tmp-abc', 'notes.tmp-1', 'report.tmp-99-ab']);
  });

  it('that cannot be removed (a folder under a temp name) fails the tidy-up rather than being counted', async () => {
    await mkdir(path.join(dir, `.folder.tmp-${await deadPid()}-ab`));
    await expect(removeStaleTempFiles(dir)).rejects.toThrow();
  });
});

describe('tidying a tree', () => {
  it('reaches exactly `depth` levels below the root, and skips the named folders at the top only', async () => {
    const dead = await deadPid();
    const litter = (...parts: string[]) => path.join(dir, ...parts, `.a.json.tmp-${dead}-ab`);
    await mkdir(path.join(dir, 'one', 'two', 'three'), { recursive: true });
    await mkdir(path.join(dir, 'inbox', 'inbox'), { recursive: true });
    await mkdir(path.join(dir, 'one', 'inbox'), { recursive: true });
    for (const file of [
      litter(),
      litter('one'),
      litter('one', 'two'),
      litter('one', 'two', 'three'),
      litter('inbox'),
      litter('inbox', 'inbox'),
      litter('one', 'inbox'),
    ]) {
      await writeFile(file, 'half');
    }
    // A plain file at a level is not walked into.
    await writeFile(path.join(dir, 'one', 'plain'), 'x');
    expect(await removeStaleTempFilesInTree(dir, 2, new Set(['inbox']))).toBe(4);
    expect(await readdir(path.join(dir, 'one', 'two', 'three'))).toEqual([`.a.json.tmp-${dead}-ab`]);
    expect(await readdir(path.join(dir, 'inbox'))).toContain(`.a.json.tmp-${dead}-ab`);
    expect(await readdir(path.join(dir, 'one', 'inbox'))).toEqual([]);
    expect(await removeStaleTempFilesInTree(dir, 0)).toBe(0);
    expect(await removeStaleTempFilesInTree(dir, 1)).toBe(1);
    expect(await readdir(path.join(dir, 'inbox'))).toEqual(['inbox']);
  });

  it('counts nothing for a root that does not exist or is a file', async () => {
    expect(await removeStaleTempFilesInTree(path.join(dir, 'absent'), 3)).toBe(0);
    await writeFile(path.join(dir, 'file'), 'x');
    expect(await removeStaleTempFiles(path.join(dir, 'file'))).toBe(0);
    expect(await removeStaleTempFilesInTree(path.join(dir, 'file'), 3)).toBe(0);
  });
});

describe('batch writes', () => {
  it('leave the folder’s litter to its next single write', async () => {
    const litter = `.issue.json.tmp-${await deadPid()}-ab`;
    await writeFile(path.join(dir, litter), 'half');
    await writeFileDurable(path.join(dir, 'a.json'), 'a', { syncFolder: false });
    expect(await readdir(dir)).toContain(litter);
    await writeFileDurable(path.join(dir, 'b.json'), 'b');
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'b.json']);
  });

  it('write the exact bytes given, text as UTF-8', async () => {
    await writeFileDurable(path.join(dir, 'a.txt'), '开发区建设');
    await writeFileDurable(path.join(dir, 'b.bin'), new Uint8Array([0, 255, 1]));
    expect(await readFile(path.join(dir, 'a.txt'), 'utf8')).toBe('开发区建设');
    expect([...(await readFile(path.join(dir, 'b.bin')))]).toEqual([0, 255, 1]);
  });
});

describe('capped reads', () => {
  it('return the whole file at the cap, empty files included', async () => {
    await writeFile(path.join(dir, 'full.bin'), Buffer.from('0123456789'));
    await writeFile(path.join(dir, 'empty.bin'), '');
    expect((await readFileCapped(path.join(dir, 'full.bin'), 10)).toString()).toBe('0123456789');
    expect((await readFileCapped(path.join(dir, 'empty.bin'), 0)).length).toBe(0);
    // A large file arrives in more than one read.
    const big = Buffer.alloc(3 * 1024 * 1024, 7);
    big[big.length - 1] = 9;
    await writeFile(path.join(dir, 'big.bin'), big);
    expect((await readFileCapped(path.join(dir, 'big.bin'), big.length)).equals(big)).toBe(true);
  });

  it('refuse a larger file with its size and the cap in MB', async () => {
    await writeFile(path.join(dir, 'photo.jpg'), Buffer.alloc(3 * 1048576 + 104858));
    const error = await refusal(readFileCapped(path.join(dir, 'photo.jpg'), 2 * 1048576, '图片'));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toBe('图片过大（3.1 MB，上限 2.0 MB），已拒绝打开。');
    expect(error.detail).toBe(path.join(dir, 'photo.jpg'));
  });

  it('name a missing file, and call it 文件 when the caller does not say what it is', async () => {
    const missing = path.join(dir, '稿件.json');
    const error = await refusal(readFileCapped(missing, 10));
    expect(error.code).toBe('FILE_NOT_FOUND');
    expect(error.message).toBe(`找不到文件：${missing}`);
    expect(error.detail).toBe(missing);
    expect((await refusal(readFileCapped(missing, 10, '稿件'))).message).toBe(`找不到稿件：${missing}`);
    // A path through a file is missing too.
    await writeFile(path.join(dir, 'plain'), 'x');
    expect((await refusal(readFileCapped(path.join(dir, 'plain', 'inner.json'), 10))).code).toBe('FILE_NOT_FOUND');
  });

  it('refuse a folder', async () => {
    const error = await refusal(readFileCapped(dir, 10, '工作区设置'));
    expect(error.code).toBe('FILE_INVALID');
    expect(error.message).toBe('工作区设置不是普通文件，已拒绝打开。');
    expect(error.detail).toBe(dir);
  });

  it('answer null for a missing file only when asked, and refuse the rest all the same', async () => {
    expect(await readFileCappedIfExists(path.join(dir, 'none'), 10)).toBeNull();
    expect(await readFileCappedIfExists(path.join(dir, 'plain', 'none'), 10)).toBeNull();
    await writeFile(path.join(dir, 'big'), Buffer.alloc(11));
    expect((await readFileCappedIfExists(path.join(dir, 'big'), 11))?.length).toBe(11);
    const error = await refusal(readFileCappedIfExists(path.join(dir, 'big'), 10, '稿件'));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toMatch(/^稿件过大/);
    expect((await refusal(readFileCappedIfExists(dir, 10))).code).toBe('FILE_INVALID');
  });
});

describe('strict UTF-8', () => {
  it('decodes text and drops a leading byte order mark', () => {
    expect(decodeUtf8(new TextEncoder().encode('科学导报'), '稿件')).toBe('科学导报');
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), '稿件')).toBe('A');
  });

  it('refuses invalid bytes rather than replacing them, saying the original is left as it was', () => {
    let caught: unknown;
    try {
      decodeUtf8(new Uint8Array([0x41, 0xff, 0x42]), '工作区设置');
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'FILE_MALFORMED', message: '工作区设置不是有效的 UTF-8 文本，已拒绝打开，原文件保持不变。' });
  });
});
