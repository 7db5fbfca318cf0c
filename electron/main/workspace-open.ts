// Which workspace folder the app opens, and opening it: on first start the folder is created with
// the built-in profile and the sample issue. Used by Electron main and the browser shell alike.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { initSampleWorkspace } from '../services/sample-workspace';
import { openWorkspace, type WorkspaceStore } from '../services/workspace-store';

export const DEFAULT_WORKSPACE_NAME = '开发区建设工作区';

/** `KFQ_WORKSPACE` when set, else <documents>/开发区建设工作区. */
export function workspaceDirFor(env: NodeJS.ProcessEnv, documentsDir: string): string {
  const fromEnv = env.KFQ_WORKSPACE?.trim();
  return path.resolve(fromEnv ? fromEnv : path.join(documentsDir, DEFAULT_WORKSPACE_NAME));
}

/** Opens the workspace in `dir`, creating it with the sample content when it has no workspace yet. */
export async function openOrCreateWorkspace(dir: string): Promise<WorkspaceStore> {
  if (existsSync(path.join(dir, 'workspace.json'))) return openWorkspace(dir);
  return (await initSampleWorkspace(dir)).store;
}
