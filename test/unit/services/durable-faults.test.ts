// Faults the durable file primitives meet on real machines, injected into node:fs/promises: a
// folder the platform cannot open, litter that cannot be listed or that another process removes
// first, and a file that grows between its size check and the read.
import type * as FsPromises from 'node:fs/promises';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fsyncDirectory,
  isErrnoCode,
  readFileCapped,
  readFileCappedIfExists,
  removeStaleTempFiles,
  writeFileDurable,
} from '../../../electron/services/durable-file';
import { makeTempDir, refusal, removeDir } from './store-fixtures';

const faults = vi.hoisted(() => ({
  /** Paths whose open() fails with this error code. */
  failOpen: new Map<string, string>(),
  /** An error code for every readdir(). */
  failReaddir: undefined as string | undefined,
  /** An error code for every unlink(), after which the file is still removed when `removeAnyway`. */
  failUnlink: undefined as string | undefined,
  removeAnyway: false,
  /** handle.stat() reports this size instead of the file's own (the file changed since). */
  statSize: undefined as number | undefined,
  /** Paths whose handle's sync() fails with this error code. */
  failSync: new Map<string, string>(),
  /** Handles opened and closed so far. */
  opened: 0,
  closed: 0,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  function errno(code: string): Error {
    return Object.assign(new Error(`${code}: injected fault`), { code });
  }
  async function open(...args: Parameters<typeof actual.open>) {
    const code = faults.failOpen.get(String(args[0]));
    if (code) throw errno(code);
    const handle = await actual.open(...args);
    faults.opened += 1;
    const close = handle.close.bind(handle);
    handle.close = async () => {
      faults.closed += 1;
      return close();
    };
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      const failure = faults.failSync.get(String(args[0]));
      if (failure) throw errno(failure);
      return sync();
    };
    const stat = handle.stat.bind(handle);
    handle.stat = (async () => {
      const stats = await stat();
      if (faults.statSize !== undefined && stats.isFile()) stats.size = faults.statSize;
      return stats;
    }) as typeof handle.stat;
    return handle;
  }
  async function readdir(...args: Parameters<typeof actual.readdir>) {
    if (faults.failReaddir) throw errno(faults.failReaddir);
    return actual.readdir(...args);
  }
  async function unlink(file: Parameters<typeof actual.unlink>[0]) {
    if (faults.failUnlink) {
      if (faults.removeAnyway) await actual.unlink(file);
      throw errno(faults.failUnlink);
    }
    return actual.unlink(file);
  }
  const replaced = { open, readdir, unlink };
  return { ...actual, default: { ...actual, ...replaced }, ...replaced };
});

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('kfq-faults-');
  faults.failOpen.clear();
  faults.failReaddir = undefined;
  faults.failUnlink = undefined;
  faults.removeAnyway = false;
  faults.statSize = undefined;
  faults.failSync.clear();
  faults.opened = 0;
  faults.closed = 0;
});
afterEach(async () => {
  faults.failReaddir = undefined;
  faults.failUnlink = undefined;
  await removeDir(dir);
});

/** The id of a process that has already exited: temp files named after it are litter. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('exit', () => resolve(child.pid ?? 0));
  });
}

describe('a folder the platform cannot open', () => {
  it('does not fail a write where folders cannot be opened (Windows), the rename is atomic there', async () => {
    const file = path.join(dir, 'issue.json');
    for (const code of ['EISDIR', 'EPERM', 'EACCES']) {
      faults.failOpen.set(dir, code);
      await expect(writeFileDurable(file, code), code).resolves.toBeUndefined();
      expect(await readFile(file, 'utf8')).toBe(code);
    }
  });

  it('fails a write for any other reason it cannot be opened', async () => {
    faults.failOpen.set(dir, 'EIO');
    await expect(writeFileDurable(path.join(dir, 'issue.json'), 'new')).rejects.toMatchObject({ code: 'EIO' });
  });
});

describe('tidying never fails a write', () => {
  it('writes when the folder’s litter cannot be listed; the tidy-up alone reports it', async () => {
    faults.failReaddir = 'EIO';
    await writeFileDurable(path.join(dir, 'issue.json'), 'new');
    expect(await readFile(path.join(dir, 'issue.json'), 'utf8')).toBe('new');
    await expect(removeStaleTempFiles(dir)).rejects.toMatchObject({ code: 'EIO' });
  });

  it('does not count, nor fail on, litter that another process removed first', async () => {
    const litter = `.issue.json.tmp-${await deadPid()}-ab`;
    await writeFile(path.join(dir, litter), 'half');
    faults.failUnlink = 'ENOENT';
    faults.removeAnyway = true;
    expect(await removeStaleTempFiles(dir)).toBe(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it('still writes when litter cannot be removed; the tidy-up alone reports it', async () => {
    const litter = `.issue.json.tmp-${await deadPid()}-ab`;
    await writeFile(path.join(dir, litter), 'half');
    faults.failUnlink = 'EBUSY';
    await writeFileDurable(path.join(dir, 'issue.json'), 'new');
    expect((await readdir(dir)).sort()).toEqual([litter, 'issue.json'].sort());
    await expect(removeStaleTempFiles(dir)).rejects.toMatchObject({ code: 'EBUSY' });
  });
});

describe('a file that cannot be opened', () => {
  it('is not reported as missing unless it is: the system’s own error reaches the caller', async () => {
    const file = path.join(dir, 'issue.json');
    await writeFile(file, '{}');
    faults.failOpen.set(file, 'EACCES');
    await expect(readFileCapped(file, 10)).rejects.toMatchObject({ code: 'EACCES' });
    await expect(readFileCappedIfExists(file, 10)).rejects.toMatchObject({ code: 'EACCES' });
  });
});

describe('a file that grows after its size was checked', () => {
  it('is read whole, to its end, while it stays under the cap', async () => {
    const bytes = Buffer.from('{"text":"' + '字'.repeat(40_000) + '"}');
    await writeFile(path.join(dir, 'article.json'), bytes);
    for (const statSize of [0, 1, 10, bytes.length - 1]) {
      faults.statSize = statSize;
      expect((await readFileCapped(path.join(dir, 'article.json'), 2 * 1048576)).equals(bytes)).toBe(true);
    }
    faults.statSize = 100;
    expect((await refusal(readFileCapped(path.join(dir, 'article.json'), bytes.length - 1))).code).toBe('FILE_TOO_LARGE');
    expect((await readFileCapped(path.join(dir, 'article.json'), bytes.length)).equals(bytes)).toBe(true);
  });

  it('is refused once it is past the cap, naming the cap', async () => {
    await writeFile(path.join(dir, 'article.json'), Buffer.alloc(2 * 1048576 + 1, 0x20));
    faults.statSize = 2 * 1048576;
    const error = await refusal(readFileCapped(path.join(dir, 'article.json'), 2 * 1048576, '稿件'));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toBe('稿件过大（超过 2.0 MB），已拒绝打开。');
  });
});

describe('open files', () => {
  it('are all closed again, whether the write, the flush or the read succeeds or is refused', async () => {
    const file = path.join(dir, 'issue.json');
    await writeFileDurable(file, 'new');
    faults.failSync.set(dir, 'EIO');
    await expect(writeFileDurable(file, 'newer')).rejects.toMatchObject({ code: 'EIO' });
    await expect(fsyncDirectory(dir)).rejects.toMatchObject({ code: 'EIO' });
    faults.failSync.set(dir, 'EINVAL');
    await fsyncDirectory(dir);
    expect((await readFileCapped(file, 100)).toString()).toBe('newer');
    expect((await refusal(readFileCapped(file, 2))).code).toBe('FILE_TOO_LARGE');
    expect((await refusal(readFileCapped(dir, 2))).code).toBe('FILE_INVALID');
    expect(faults.opened).toBeGreaterThanOrEqual(8);
    expect(faults.closed).toBe(faults.opened);
  });
});

describe('errno codes', () => {
  it('are read from error objects only: a thrown null, string or plain value has none', () => {
    expect(isErrnoCode(Object.assign(new Error('x'), { code: 'ENOENT' }), 'EISDIR', 'ENOENT')).toBe(true);
    expect(isErrnoCode({ code: 'ENOENT' }, 'ENOENT')).toBe(true);
    expect(isErrnoCode(Object.assign(new Error('x'), { code: 'EIO' }), 'ENOENT')).toBe(false);
    expect(isErrnoCode(null, 'ENOENT')).toBe(false);
    expect(isErrnoCode('ENOENT', 'ENOENT')).toBe(false);
    expect(isErrnoCode(undefined, 'undefined')).toBe(false);
  });
});
