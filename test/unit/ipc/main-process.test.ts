// The Electron entry with only the 'electron' module mocked: single-instance lock, a sandboxed
// window, the app:// protocol (with traversal refused and the CSP sent) and the IPC table bound on
// ready to the real services, over a workspace created in a temporary documents folder.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelOf, EVENT_CHANNEL } from '../../../shared/ipc/contract';
import { DEFAULT_WORKSPACE_NAME } from '../../../electron/main/workspace-open';

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
    documents: '',
    protocolHandler: undefined as undefined | ((request: Request) => Promise<Response>),
  };
  const electron = {
    app: {
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn((name: string, handler: (...args: unknown[]) => void) => appHandlers.set(name, handler)),
      whenReady: () => Promise.resolve(),
      getAppPath: () => state.appPath,
      getPath: (name: string) => (name === 'documents' ? state.documents : state.appPath),
      isPackaged: false,
      quit: vi.fn(),
      exit: vi.fn(),
      getVersion: () => '0.0.0',
    },
    BrowserWindow: FakeWindow,
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: `${state.documents}/第14期` })),
    },
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

let root: string;
let workspace: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'kfq-main-'));
  await mkdir(path.join(root, 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(root, 'dist', 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(root, 'secret.txt'), 'secret');
  mocks.state.appPath = root;
  mocks.state.documents = path.join(root, 'documents');
  workspace = path.join(mocks.state.documents, DEFAULT_WORKSPACE_NAME);
  delete process.env.KFQ_WORKSPACE;
  await import('../../../electron/main/main');
  // First start writes the sample workspace, fonts measured and issue fitted: seconds on a busy machine.
  await vi.waitFor(() => expect(mocks.windows.length).toBe(1), { timeout: 100_000 });
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

function trusted() {
  const window = mocks.windows[0];
  return { senderFrame: window?.mainFrame, sender: window?.webContents };
}

async function call(method: Parameters<typeof channelOf>[0], ...args: unknown[]): Promise<unknown> {
  const handler = mocks.handled.get(channelOf(method));
  if (!handler) throw new Error(`${method} is not bound`);
  return handler(trusted(), ...args);
}

describe('electron main', () => {
  it('creates the workspace with its sample in the documents folder on first start, and holds its lock', () => {
    expect(existsSync(path.join(workspace, 'workspace.json'))).toBe(true);
    expect(existsSync(path.join(workspace, '.lock'))).toBe(true);
    expect(mocks.electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

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

  it('hardens every web contents it creates and denies the default session every permission', () => {
    const listeners = new Map<string, (event: { preventDefault: () => void }) => void>();
    const contents = {
      on: (name: string, listener: (event: { preventDefault: () => void }) => void) => listeners.set(name, listener),
      setWindowOpenHandler: vi.fn(),
    };
    mocks.appHandlers.get('web-contents-created')?.({}, contents);
    const preventDefault = vi.fn();
    listeners.get('will-navigate')?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    const permissions = mocks.electron.session.defaultSession;
    const callback = vi.fn();
    const request = permissions.setPermissionRequestHandler.mock.calls[0]?.[0] as unknown as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void;
    request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('binds every contract method on its channel, and nothing else', () => {
    expect([...mocks.handled.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
  });

  it('answers calls from its window with the workspace it opened', async () => {
    await expect(call('getWorkspaceInfo')).resolves.toMatchObject({ ok: true, value: { path: workspace } });
    const listed = (await call('listArticles')) as { ok: boolean; value: { id: string }[] };
    expect(listed.ok).toBe(true);
    expect(listed.value.length).toBeGreaterThan(0);
    await expect(call('getArticle', listed.value[0]!.id)).resolves.toMatchObject({ ok: true, value: { id: listed.value[0]!.id } });
  });

  it('refuses any other sender, and arguments outside the contract', async () => {
    const foreign = { senderFrame: { url: 'https://example.com/', processId: 9, routingId: 1, parent: null }, sender: {} };
    await expect(mocks.handled.get(channelOf('listArticles'))?.(foreign)).resolves.toMatchObject({ ok: false });
    await expect(call('getArticle', 42)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('gives the services the system save dialog and file manager for exports', async () => {
    const issues = (await call('listIssues')) as { ok: boolean; value: { id: string }[] };
    const issueId = issues.value[0]!.id;
    await expect(call('getExportDefaults', issueId)).resolves.toMatchObject({ ok: true, value: { canPickFile: true, canReveal: true } });
    // GTK's dialog may return the name without the filter's extension.
    await expect(call('pickExportFile', path.join(mocks.state.documents, 'a.pdf'))).resolves.toEqual({
      ok: true,
      value: path.join(mocks.state.documents, '第14期.pdf'),
    });
    expect(mocks.electron.dialog.showSaveDialog).toHaveBeenCalledTimes(1);
  });

  it('pushes service events to its window on the event channel', async () => {
    const sent: unknown[][] = [];
    const window = mocks.windows[0]!;
    window.webContents.send = (...args: unknown[]) => {
      sent.push(args);
    };
    const settings = (await call('getSettings')) as { ok: boolean; value: Record<string, unknown> };
    await expect(call('saveSettings', { ...settings.value, userName: '王编辑' })).resolves.toMatchObject({ ok: true });
    expect(sent).toContainEqual([EVENT_CHANNEL, 'workspaceChanged', { what: 'settings' }]);
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

  it("serves the open workspace's photo store under /photos/", async () => {
    const serve = mocks.state.protocolHandler!;
    const name = `${'ab'.repeat(32)}.jpg`;
    await mkdir(path.join(workspace, 'assets'), { recursive: true });
    await writeFile(path.join(workspace, 'assets', name), 'jpeg bytes');
    const photo = await serve(new Request(`app://kfq/photos/${name}`));
    expect(photo.status).toBe(200);
    expect(await photo.text()).toBe('jpeg bytes');
    expect((await serve(new Request(`app://kfq/photos/${'0'.repeat(64)}.jpg`))).status).toBe(404);
  });

  // Last: quitting ends the app's use of the workspace.
  it('on quit, holds the exit until the store has closed and released its lock', async () => {
    const preventDefault = vi.fn();
    mocks.appHandlers.get('will-quit')?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(mocks.electron.app.quit).toHaveBeenCalled(), { timeout: 10_000 });
    expect(existsSync(path.join(workspace, '.lock'))).toBe(false);
  });
});
