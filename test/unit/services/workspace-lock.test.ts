import { spawn } from 'node:child_process';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initWorkspace, openWorkspace } from '../../../electron/services/workspace-store';
import { CHINESE, DRAFT_ID, fingerprint, makeTempDir, refusal, removeDir, testContent } from './store-fixtures';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
  await (await initWorkspace(dir, testContent())).close();
});
afterEach(async () => {
  await removeDir(dir);
});

const LOCK = () => path.join(dir, '.lock');

/** The pid of a process that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid ?? 0;
}

describe('workspace lock', () => {
  it('holds pid and host while open and is released on close', async () => {
    const store = await openWorkspace(dir);
    const lock = JSON.parse(await readFile(LOCK(), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    await store.close();
    await expect(readFile(LOCK())).rejects.toThrow();
  });

  it('refuses a second writer with a Chinese message but lets readers in', async () => {
    const writer = await openWorkspace(dir);
    try {
      const error = await refusal(openWorkspace(dir));
      expect(error.code).toBe('WORKSPACE_LOCKED');
      expect(error.message).toMatch(CHINESE);
      const reader = await openWorkspace(dir, { readOnly: true });
      expect((await reader.getArticle(DRAFT_ID)).id).toBe(DRAFT_ID);
      await reader.close();
      expect(JSON.parse(await readFile(LOCK(), 'utf8')).pid).toBe(process.pid);
    } finally {
      await writer.close();
    }
  });

  it('takes over a lock whose process has died', async () => {
    const pid = await deadPid();
    await writeFile(LOCK(), JSON.stringify({ pid, hostname: os.hostname(), startedAt: new Date().toISOString(), token: 'old' }));
    const store = await openWorkspace(dir);
    expect(JSON.parse(await readFile(LOCK(), 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  it('takes over a lock file left empty long ago, but not a fresh one', async () => {
    await writeFile(LOCK(), '');
    expect((await refusal(openWorkspace(dir))).code).toBe('WORKSPACE_LOCKED');
    const old = new Date(Date.now() - 60_000);
    await utimes(LOCK(), old, old);
    await (await openWorkspace(dir)).close();
  });

  it('treats a lock from another computer as live', async () => {
    await writeFile(LOCK(), JSON.stringify({ pid: 1, hostname: 'another-desk', startedAt: new Date().toISOString(), token: 'x' }));
    const error = await refusal(openWorkspace(dir));
    expect(error.code).toBe('WORKSPACE_LOCKED');
    expect(error.message).toContain('another-desk');
  });

  it('refuses every write of a read-only store and changes nothing', async () => {
    const before = await fingerprint(dir);
    const reader = await openWorkspace(dir, { readOnly: true });
    try {
      for (const write of [
        reader.saveArticle({ id: DRAFT_ID, baseRev: 1, content: testContent().articles[0]!.content, note: '' }),
        reader.createIssue(),
        reader.saveSettings({ role: 'editor', userName: '', autosaveIntervalMs: 2000 }),
        reader.writeRecovery({ articleId: DRAFT_ID, baseRev: 1, content: testContent().articles[0]!.content }),
      ]) {
        expect((await refusal(write)).code).toBe('WORKSPACE_LOCKED');
      }
    } finally {
      await reader.close();
    }
    expect(await fingerprint(dir)).toEqual(before);
  });
});
