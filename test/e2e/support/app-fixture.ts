// Per-test set-up for end-to-end tests: a fresh sample workspace (with a user name, unless a test
// wants the first start's), the shell on it and a watched page.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchBrowser, openPage, type WatchedPage } from './browser';
import { startShell, type ShellProcess } from './shell-process';
import { freshWorkspaceDir, sampleWorkspaceWithUser } from './workspace';

export interface AppFixture extends WatchedPage {
  dir: string;
  shell: ShellProcess;
  close(): Promise<void>;
}

/** The name of the workstation user in end-to-end workspaces: edits are refused without one. */
export const E2E_USER = '周编辑';

export interface AppOptions {
  /**
   * The workstation user the sample workspace is made with; null leaves the folder for the shell
   * to create on its first start, with no user name (the app then asks for one before an edit).
   */
  userName?: string | null;
}

export async function openApp(browser: Browser, options: AppOptions = {}): Promise<AppFixture> {
  const workspace = await freshWorkspaceDir();
  const userName = options.userName === undefined ? E2E_USER : options.userName;
  if (userName !== null) await sampleWorkspaceWithUser(workspace.dir, userName);
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

/** The hooks every end-to-end file uses: one browser per file, a fresh app (workspace, shell, page) per test. */
export function appPerTest(options: AppOptions = {}): { readonly app: AppFixture; readonly browser: Browser } {
  let browser: Browser | undefined;
  let app: AppFixture | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    app = await openApp(browser!, options);
  });
  afterEach(async () => {
    await app?.close();
  });
  return {
    get app() {
      if (!app) throw new Error('no app outside a test');
      return app;
    },
    get browser() {
      if (!browser) throw new Error('no browser outside a test');
      return browser;
    },
  };
}
