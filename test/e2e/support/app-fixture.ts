// Per-test set-up for end-to-end tests: a fresh workspace, the shell on it and a watched page.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchBrowser, openPage, type WatchedPage } from './browser';
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

/** The hooks every end-to-end file uses: one browser per file, a fresh app (workspace, shell, page) per test. */
export function appPerTest(): { readonly app: AppFixture; readonly browser: Browser } {
  let browser: Browser | undefined;
  let app: AppFixture | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    app = await openApp(browser!);
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
