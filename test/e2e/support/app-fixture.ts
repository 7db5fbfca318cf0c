// Per-test set-up for end-to-end tests: a fresh workspace, the shell on it and a watched page.
import type { Browser } from 'playwright-core';
import { openPage, type WatchedPage } from './browser';
import { startShell, type ShellProcess } from './shell-process';
import { freshWorkspaceDir } from './workspace';

export interface AppFixture extends WatchedPage {
  dir: string;
  shell: ShellProcess;
  close(): Promise<void>;
}

export async function openApp(browser: Browser): Promise<AppFixture> {
  const workspace = await freshWorkspaceDir();
  const shell = await startShell(workspace.dir);
  const watched = await openPage(browser, shell.url);
  return {
    ...watched,
    dir: workspace.dir,
    shell,
    close: async () => {
      await watched.page.context().close();
      await shell.stop();
      await workspace.remove();
    },
  };
}
