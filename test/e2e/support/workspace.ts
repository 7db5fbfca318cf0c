// A fresh temporary workspace folder per test, and reading what the app wrote into it.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { initSampleWorkspace } from '../../../electron/services/sample-workspace';

export async function freshWorkspaceDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'kfq-e2e-'));
  // The folder itself does not exist yet: the shell creates it with the sample content, as on first start.
  return { dir: path.join(parent, '工作区'), remove: () => rm(parent, { recursive: true, force: true }) };
}

export async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

export function readArticleFile(dir: string, id: string): Promise<unknown> {
  return readJson(path.join(dir, 'articles', `${id}.json`));
}

export async function issueFolders(dir: string): Promise<string[]> {
  return (await readdir(path.join(dir, 'issues'))).sort();
}

/** The sample workspace as the first start makes it, with the workstation user's name already set. */
export async function sampleWorkspaceWithUser(dir: string, userName: string): Promise<void> {
  const { store } = await initSampleWorkspace(dir);
  try {
    await store.saveSettings({ ...(await store.getSettings()), userName });
  } finally {
    await store.close();
  }
}
