// The Electron entry with a mocked 'electron' module: single-instance lock, a sandboxed window,
// the app:// protocol (with traversal refused and the CSP sent) and the IPC table bound on ready.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelOf } from '../../../shared/ipc/contract';
import { stubHandlers } from './stub-handlers';

const mocks = vi.hoisted(() => {
  const appHandlers = new Map<string, (...args: unknown[]) => void>();
  const windows: { focused: number }[] = [];
  class FakeWindow {
    static getAllWindows = () => windows;
    options: Record<string, unknown>;
    loaded = '';
    focused = 0;
    mainFrame = { url: 'app://kfq/index.html', processId: 3, routingId: 7, parent: null };
    webContents = { mainFrame: this.mainFrame, send: () => undefined };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    on() {}
    once() {}
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    restore() {}
    show() {}
    focus() {
      this.focused += 1;
    }
  }
  const handled = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const state = {
    appPath: '',
    protocolHandler: undefined as undefined | ((request: Request) => Promise<Response>),
    handlerOptions: undefined as undefined | { pickSaveFile?: unknown; showInFolder?: (file: string) => unknown },
  };
  const electron = {
    app: {
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn((name: string, handler: (...args: unknown[]) => void) => appHandlers.set(name, handler)),
      whenReady: () => Promise.resolve(),
      getAppPath: () => state.appPath,
      getPath: () => state.appPath,
      isPackaged: false,
      quit: vi.fn(),
      exit: vi.fn(),
      getVersion: () => '0.0.0',
    },
    BrowserWindow: FakeWindow,
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(), showSaveDialog: vi.fn() },
    shell: { showItemInFolder: vi.fn() },
    ipcMain: {
      handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => handled.set(channel, fn)),
      removeHandler: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((_scheme: string, fn: (request: Request) => Promise<Response>) => {
        state.protocolHandler = fn;
      }),
    },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
  };
  return { electron, windows: windows as FakeWindow[], handled, appHandlers, state };
});

vi.mock('electron', () => mocks.electron);
vi.mock('../../../electron/main/workspace-open', () => ({
  workspaceDirFor: () => '/tmp/unused-workspace',
  openOrCreateWorkspace: vi.fn(async () => ({
    info: { path: '/tmp/unused-workspace', name: 'unused', migratedFiles: 0 },
    close: async () => undefined,
  })),
}));
const handlers = stubHandlers();
vi.mock('../../../electron/services/api-handlers', () => ({
  createApiHandlers: (_store: unknown, _notify: unknown, options: typeof mocks.state.handlerOptions) => {
    mocks.state.handlerOptions = options;
    return handlers;
  },
}));

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'kfq-main-'));
  await mkdir(path.join(root, 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(root, 'dist', 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(root, 'secret.txt'), 'secret');
  mocks.state.appPath = root;
  await import('../../../electron/main/main');
  await vi.waitFor(() => expect(mocks.windows.length).toBe(1));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('electron main', () => {
  it('takes the single-instance lock, and a second start focuses the window', () => {
    expect(mocks.electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    mocks.appHandlers.get('second-instance')?.();
    expect(mocks.windows[0]?.focused).toBe(1);
  });

  it('opens one sandboxed, context-isolated window with the preload and the app:// page', () => {
    const window = mocks.windows[0];
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join(root, 'dist', 'preload', 'preload.cjs'),
    });
    expect(window?.loaded).toBe('app://kfq/index.html');
  });

  it('binds every contract method on its channel, and nothing else', () => {
    expect([...mocks.handled.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
  });

  it('gives the services the system save dialog and file manager for exports', () => {
    expect(typeof mocks.state.handlerOptions?.pickSaveFile).toBe('function');
    mocks.state.handlerOptions?.showInFolder?.('/tmp/exported.pdf');
    expect(mocks.electron.shell.showItemInFolder).toHaveBeenCalledWith('/tmp/exported.pdf');
  });

  it('answers calls from its window and refuses any other sender', async () => {
    const window = mocks.windows[0];
    const trusted = { senderFrame: window?.mainFrame, sender: window?.webContents };
    await expect(mocks.handled.get(channelOf('listArticles'))?.(trusted)).resolves.toEqual({ ok: true, value: [] });
    const foreign = { senderFrame: { url: 'https://example.com/', processId: 9, routingId: 1, parent: null }, sender: {} };
    await expect(mocks.handled.get(channelOf('listArticles'))?.(foreign)).resolves.toMatchObject({ ok: false });
    await expect(mocks.handled.get(channelOf('getArticle'))?.(trusted, 42)).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
  });

  it('serves the renderer over app:// with the CSP, and refuses paths leaving its folder', async () => {
    expect(mocks.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    const serve = mocks.state.protocolHandler;
    if (!serve) throw new Error('no protocol handler');
    const page = await serve(new Request('app://kfq/index.html'));
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self' app:");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    for (const sneaky of [
      'app://kfq/%2e%2e/%2e%2e/secret.txt',
      'app://kfq/..%2f..%2fsecret.txt',
      'app://kfq/..%5c..%5csecret.txt',
      'app://other/index.html',
    ]) {
      const response = await serve(new Request(sneaky));
      expect(response.status, sneaky).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });
});
