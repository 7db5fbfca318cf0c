// Shows an exported file's folder in the system's file manager where Electron's shell is not at
// hand (the browser shell): the platform's opener runs detached on the folder.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { DomainError } from '../../../shared/model/errors';

export type SpawnDetached = (command: string, args: string[], options: { detached: true; stdio: 'ignore' }) => ReturnType<typeof spawn>;

/** The program that opens a folder in the file manager. */
export function folderOpener(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'open';
  if (platform === 'win32') return 'explorer';
  return 'xdg-open';
}

/**
 * Returns a function that opens the folder of a file; it resolves once the opener has started
 * (what the opener then does is its own affair) and refuses with a Chinese message when the
 * opener cannot be started, e.g. xdg-open is not installed.
 */
export function createFolderRevealer(
  platform: NodeJS.Platform = process.platform,
  run: SpawnDetached = spawn,
): (file: string) => Promise<void> {
  const command = folderOpener(platform);
  return (file) =>
    new Promise<void>((resolve, reject) => {
      const folder = path.dirname(file);
      const missing = (error: unknown) =>
        new DomainError('UNSUPPORTED', `无法打开文件夹：系统里没有可用的 ${command}。请自行打开 ${folder}。`, String(error));
      let child;
      try {
        child = run(command, [folder], { detached: true, stdio: 'ignore' });
      } catch (error) {
        reject(missing(error));
        return;
      }
      // Kept for the child's whole life: an 'error' without a listener would bring the process down.
      child.on('error', (error) => reject(missing(error)));
      child.once('spawn', () => {
        child.unref();
        resolve();
      });
    });
}
