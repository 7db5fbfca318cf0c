// The browser shell's file manager: the platform's opener started detached on the file's folder,
// with a Chinese refusal when that opener is not installed.
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFolderRevealer, folderOpener, type SpawnDetached } from '../../../electron/services/export/reveal-folder';
import { DomainError } from '../../../shared/model/errors';
import { CHINESE } from '../services/store-fixtures';

function fakeSpawn(outcome: 'spawn' | 'error') {
  const child = Object.assign(new EventEmitter(), { unref: vi.fn() });
  const run = vi.fn((() => {
    setImmediate(() =>
      outcome === 'spawn'
        ? child.emit('spawn')
        : child.emit('error', Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT' })),
    );
    return child;
  }) as unknown as SpawnDetached);
  return { run, child };
}

describe('createFolderRevealer', () => {
  it('uses the opener of each platform', () => {
    expect(folderOpener('linux')).toBe('xdg-open');
    expect(folderOpener('darwin')).toBe('open');
    expect(folderOpener('win32')).toBe('explorer');
  });

  it('opens the folder of the file, detached, and lets it go', async () => {
    const { run, child } = fakeSpawn('spawn');
    const file = path.join(path.sep, 'home', '编辑', '导出', '开发区建设-第14期-2025-05-09.pdf');
    await createFolderRevealer('linux', run)(file);
    expect(run).toHaveBeenCalledWith('xdg-open', [path.dirname(file)], { detached: true, stdio: 'ignore' });
    expect(child.unref).toHaveBeenCalled();
  });

  it('refuses in Chinese when the opener is missing', async () => {
    const { run } = fakeSpawn('error');
    const refused = await createFolderRevealer('linux', run)('/home/x/a.pdf').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'UNSUPPORTED' });
    expect((refused as DomainError).message).toMatch(CHINESE);
    expect((refused as DomainError).message).toContain('xdg-open');
  });
});
