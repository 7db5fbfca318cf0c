// A packaged build offers no way into the page's internals: the menu has no reload or developer
// tools and the window's developer tools are off; a development run keeps both.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

const mocks = vi.hoisted(() => {
  const created: { options: { webPreferences?: Record<string, unknown> } }[] = [];
  class FakeWindow {
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      created.push(this);
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  const app = { isPackaged: true, getVersion: () => '0.0.0' };
  return {
    app,
    created,
    electron: { app, BrowserWindow: FakeWindow, dialog: {}, Menu: { buildFromTemplate: (template: unknown) => template } },
  };
});

vi.mock('electron', () => mocks.electron);

const { applicationMenuTemplate, buildApplicationMenu } = await import('../../../electron/main/menu');
const { createMainWindow } = await import('../../../electron/main/window');

/** Every role anywhere in the menu. */
function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

describe('packaged build', () => {
  it('leaves reload and developer tools out of the menu, on every platform', () => {
    for (const isMac of [false, true]) {
      const packaged = roles(applicationMenuTemplate({ isMac, packaged: true }));
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
      expect(packaged).toEqual(expect.arrayContaining(['copy', 'paste', 'zoomIn', 'togglefullscreen']));
      const development = roles(applicationMenuTemplate({ isMac, packaged: false }));
      expect(development).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
    }
  });

  it('builds the menu from app.isPackaged', () => {
    mocks.app.isPackaged = true;
    expect(roles(buildApplicationMenu() as unknown as MenuItemConstructorOptions[])).not.toContain('toggleDevTools');
    mocks.app.isPackaged = false;
    expect(roles(buildApplicationMenu() as unknown as MenuItemConstructorOptions[])).toContain('toggleDevTools');
  });

  it('turns the window’s developer tools off when packaged, and keeps the sandbox either way', () => {
    mocks.app.isPackaged = true;
    createMainWindow('/app/preload.cjs');
    mocks.app.isPackaged = false;
    createMainWindow('/app/preload.cjs');
    const [packaged, development] = mocks.created.map((window) => window.options.webPreferences);
    expect(packaged).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(development).toMatchObject({ devTools: true, sandbox: true });
  });
});
