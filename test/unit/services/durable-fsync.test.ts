// Durability of writeFileDurable proven by fault injection: a failing flush of the written file, or
// of its folder after the rename, must fail the write. A write that skipped either flush would not
// notice the fault, so removing either fsync fails here.
import type * as FsPromises from 'node:fs/promises';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fsyncDirectory, writeFileDurable } from '../../../electron/services/durable-file';
import { makeTempDir, removeDir } from './store-fixtures';

const faults = vi.hoisted(() => ({
  /** Paths whose handle's sync() fails with this error code. */
  failSync: new Map<string, string>(),
  /** An error code for the sync of any file (not folder) handle: temp names are random. */
  failFileSync: undefined as string | undefined,
  /** What reached the disk layer, in order: 'sync <path>' and 'rename <from> <to>'. */
  events: [] as string[],
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  function errno(code: string): Error {
    return Object.assign(new Error(`${code}: injected fault`), { code });
  }
  async function open(...args: Parameters<typeof actual.open>) {
    const handle = await actual.open(...args);
    const opened = String(args[0]);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      faults.events.push(`sync ${opened}`);
      const isFile = (await handle.stat()).isFile();
      const code = faults.failSync.get(opened) ?? (isFile ? faults.failFileSync : undefined);
      if (code) throw errno(code);
      return sync();
    };
    return handle;
  }
  async function rename(from: Parameters<typeof actual.rename>[0], to: Parameters<typeof actual.rename>[1]) {
    faults.events.push(`rename ${String(from)} ${String(to)}`);
    return actual.rename(from, to);
  }
  return { ...actual, default: { ...actual, open, rename }, open, rename };
});

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await makeTempDir();
  file = path.join(dir, 'issue.json');
  await writeFile(file, 'old');
  faults.failSync.clear();
  faults.failFileSync = undefined;
  faults.events.length = 0;
});
afterEach(async () => {
  await removeDir(dir);
});

/** The temp file a write goes through, as the first sync saw it. */
function tempOfWrite(): string | undefined {
  return faults.events.find((event) => event.startsWith('sync ') && event !== `sync ${dir}`)?.slice('sync '.length);
}

describe('writeFileDurable flushes the file before the rename and the folder after it', () => {
  it('syncs the written bytes, then renames them over the target, then syncs the folder', async () => {
    await writeFileDurable(file, 'new');
    const temp = tempOfWrite();
    expect(temp).toBeDefined();
    expect(path.dirname(temp!)).toBe(dir);
    expect(faults.events).toEqual([`sync ${temp}`, `rename ${temp} ${file}`, `sync ${dir}`]);
    expect(await readFile(file, 'utf8')).toBe('new');
  });

  it('fails, keeping the old content and leaving no temp file, when the file cannot be flushed', async () => {
    faults.failFileSync = 'EIO';
    await expect(writeFileDurable(file, 'new')).rejects.toMatchObject({ code: 'EIO' });
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['issue.json']);
    expect(faults.events.some((event) => event.startsWith('rename '))).toBe(false);
  });

  it('fails when the folder cannot be flushed after the rename', async () => {
    faults.failSync.set(dir, 'EIO');
    await expect(writeFileDurable(file, 'new')).rejects.toMatchObject({ code: 'EIO' });
    expect(faults.events.at(-1)).toBe(`sync ${dir}`);
  });

  it('leaves the folder to the caller in a batch (syncFolder false), who flushes it once', async () => {
    faults.failSync.set(dir, 'EIO');
    await writeFileDurable(file, 'new', { syncFolder: false });
    expect(faults.events.filter((event) => event === `sync ${dir}`)).toEqual([]);
    await expect(fsyncDirectory(dir)).rejects.toMatchObject({ code: 'EIO' });
  });

  it('accepts a folder that the platform cannot flush (the rename is atomic there all the same)', async () => {
    for (const code of ['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES', 'ENOTSUP']) {
      faults.failSync.set(dir, code);
      await expect(writeFileDurable(file, code), code).resolves.toBeUndefined();
      expect(await readFile(file, 'utf8')).toBe(code);
    }
  });
});
