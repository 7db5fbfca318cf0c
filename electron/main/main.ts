// Entry of the desktop app: single-instance lock, the app:// protocol, the workspace store bound to
// the typed IPC, and the one main window. Everything that runs without Electron lives elsewhere.
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import path from 'node:path';
import { toErrorInfo } from '../../shared/model/errors';
import { createApiHandlers, type ApiNotify } from '../services/api-handlers';
import { createDeskInbox, notifyFollowingRole, type DeskInbox } from '../services/filing/desk-inbox';
import type { WorkspaceStore } from '../services/workspace-store';
import { exportDialogs } from './export-dialogs';
import { ASSETS_DIR } from '../services/workspace-layout';
import { bindApi, isTrustedSender, sendApiEvent } from './ipc';
import { buildApplicationMenu } from './menu';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { denyPermissions, hardenWebContents } from './security';
import type { AssetRoots } from './static-assets';
import { createMainWindow, focusWindow } from './window';
import { openOrCreateWorkspace, workspaceDirFor } from './workspace-open';

let mainWindow: BrowserWindow | undefined;
let store: WorkspaceStore | undefined;
let inbox: DeskInbox | undefined;
let storeClosed = false;

function appPaths(): { roots: AssetRoots; preload: string } {
  const root = app.getAppPath();
  return {
    roots: {
      renderer: path.join(root, 'dist', 'renderer'),
      // Packaged builds ship the fonts as resources (electron-builder.yml); in development they
      // come straight from their npm packages, which have the same folder layout.
      fonts: app.isPackaged ? path.join(process.resourcesPath, 'fonts') : path.join(root, 'node_modules', '@expo-google-fonts'),
    },
    preload: path.join(root, 'dist', 'preload', 'preload.cjs'),
  };
}

function openWindow(preload: string): void {
  mainWindow = createMainWindow(preload);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(buildApplicationMenu());
  denyPermissions(session.defaultSession);
  const dir = workspaceDirFor(process.env, app.getPath('documents'));
  try {
    store = await openOrCreateWorkspace(dir);
  } catch (error) {
    // A locked or unreadable workspace is a message for the user, not a crash.
    dialog.showErrorBox('无法打开工作区', `${toErrorInfo(error).message}\n\n工作区位置：${dir}`);
    app.exit(1);
    return;
  }
  const notify: ApiNotify = ({ name, payload }) => sendApiEvent(mainWindow, name, payload);
  // The desk's workstation imports filed packages from its inbox while the role is 编辑.
  inbox = createDeskInbox(store, notify);
  const handlers = createApiHandlers(
    store,
    notifyFollowingRole(notify, () => inbox),
    { inbox: () => inbox, ...exportDialogs(() => mainWindow) },
  );
  const { roots, preload } = appPaths();
  serveAppProtocol({ ...roots, photos: path.join(store.info.path, ASSETS_DIR) });
  bindApi(ipcMain, handlers, (event) => isTrustedSender(event, mainWindow));
  openWindow(preload);
  void inbox.sync();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(preload);
  });
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the workspace; it is told to come to the front and this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    // The store releases its lock and finishes pending writes before the process ends.
    if (!store || storeClosed) return;
    event.preventDefault();
    const closing = store;
    storeClosed = true;
    // The watcher stops and finishes the package under way before the store lets go of its lock.
    void (inbox?.close() ?? Promise.resolve()).then(() => closing.close()).finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('启动失败', toErrorInfo(error).message);
      app.exit(1);
    });
}
