import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isTempFileName,
  readFileCapped,
  removeStaleTempFiles,
  removeStaleTempFilesInTree,
  writeFileDurable,
} from '../../../electron/services/durable-file';
import { CHINESE, makeTempDir, refusal, removeDir } from './store-fixtures';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

describe('writeFileDurable', () => {
  it('replaces the target and leaves no temp file', async () => {
    const file = path.join(dir, 'doc.json');
    await writeFileDurable(file, '{"v":1}');
    await writeFileDurable(file, new TextEncoder().encode('{"v":2}'));
    expect(await readFile(file, 'utf8')).toBe('{"v":2}');
    expect(await readdir(dir)).toEqual(['doc.json']);
  });

  it('fails without leaving a temp file when the folder is missing', async () => {
    await expect(writeFileDurable(path.join(dir, 'missing', 'doc.json'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

/** The id of a process that has already exited: temp files named after it are litter. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('exit', () => resolve(child.pid ?? 0));
  });
}

describe('removeStaleTempFiles', () => {
  it('removes only hidden temp files', async () => {
    await writeFile(path.join(dir, `.issue.json.tmp-${await deadPid()}-abc`), 'half');
    await writeFile(path.join(dir, 'issue.json'), '{}');
    await writeFile(path.join(dir, '.hidden'), '');
    await writeFile(path.join(dir, 'notes.tmp-1'), '');
    expect(await removeStaleTempFiles(dir)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['.hidden', 'issue.json', 'notes.tmp-1']);
    expect(await removeStaleTempFiles(path.join(dir, 'absent'))).toBe(0);
  });

  it('walks sub-folders to the given depth, skipping the named ones', async () => {
    await mkdir(path.join(dir, 'issues', '2025-05-09-14'), { recursive: true });
    await mkdir(path.join(dir, 'inbox'));
    const dead = await deadPid();
    await writeFile(path.join(dir, 'issues', '2025-05-09-14', `.issue.json.tmp-${dead}-a`), '');
    await writeFile(path.join(dir, 'inbox', `.package.tmp-${dead}-a`), '');
    expect(await removeStaleTempFilesInTree(dir, 2, new Set(['inbox']))).toBe(1);
    expect(await readdir(path.join(dir, 'inbox'))).toEqual([`.package.tmp-${dead}-a`]);
  });

  it('recognises temp names', () => {
    expect(isTempFileName('.workspace.json.tmp-1-ff')).toBe(true);
    expect(isTempFileName('workspace.json')).toBe(false);
  });
});

describe('readFileCapped', () => {
  it('reads files up to the cap and refuses larger ones', async () => {
    const file = path.join(dir, 'big.bin');
    await writeFile(file, Buffer.alloc(100, 1));
    expect((await readFileCapped(file, 100)).length).toBe(100);
    const error = await refusal(readFileCapped(file, 99));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toMatch(CHINESE);
  });

  it('reports a missing file as FILE_NOT_FOUND', async () => {
    expect((await refusal(readFileCapped(path.join(dir, 'none'), 10))).code).toBe('FILE_NOT_FOUND');
  });
});
