// `npm run serve [-- --port N --workspace DIR]`: the workstation in a browser, on the real services.
// Prints `KFQ_SHELL_URL=…` on stdout; the URL carries this run's token for the API.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toErrorInfo } from '../../shared/model/errors';
import { createApiHandlers } from '../services/api-handlers';
import { createFolderRevealer } from '../services/export/reveal-folder';
import { createDeskInbox, notifyFollowingRole, type DeskInbox } from '../services/filing/desk-inbox';
import { openOrCreateWorkspace, workspaceDirFor } from '../main/workspace-open';
import type { AssetRoots } from '../main/static-assets';
import { ASSETS_DIR } from '../services/workspace-layout';
import { startShellServer } from './shell-server';

/** dist/shell/serve.mjs → dist/renderer, and the fonts from the nearest node_modules. */
function assetRoots(): AssetRoots {
  const here = path.dirname(fileURLToPath(import.meta.url));
  let fonts = path.resolve(here, '../../node_modules/@expo-google-fonts');
  for (let dir = here; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', '@expo-google-fonts');
    if (existsSync(candidate)) {
      fonts = candidate;
      break;
    }
  }
  return { renderer: path.resolve(here, '../renderer'), fonts };
}

function readOptions(argv: string[]): { port: number; workspace: string } {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string', default: '0' }, workspace: { type: 'string' } },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RangeError(`端口“${values.port}”无效，应为 0–65535 之间的整数。`);
  const workspace = values.workspace ? path.resolve(values.workspace) : workspaceDirFor(process.env, path.join(os.homedir(), 'Documents'));
  return { port, workspace };
}

async function run(argv: string[]): Promise<void> {
  const options = readOptions(argv);
  const roots = assetRoots();
  if (!existsSync(path.join(roots.renderer, 'index.html'))) throw new Error(`找不到界面文件 ${roots.renderer}，请先运行 npm run build。`);
  const store = await openOrCreateWorkspace(options.workspace);
  let inbox: DeskInbox | undefined;
  const shell = await startShellServer({
    roots: { ...roots, photos: path.join(store.info.path, ASSETS_DIR) },
    port: options.port,
    handlersFor: (notify) => {
      // As in the app: the inbox is watched while the role is 编辑, and follows changes of the role.
      inbox = createDeskInbox(store, notify);
      return createApiHandlers(
        store,
        notifyFollowingRole(notify, () => inbox),
        // No save dialog in a browser (the path is typed); exported files open in the file manager.
        { inbox: () => inbox, showInFolder: createFolderRevealer() },
      );
    },
  });
  await inbox?.sync();
  process.stdout.write(`工作区：${options.workspace}\n`);
  process.stdout.write(`KFQ_SHELL_URL=${shell.url}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void (inbox?.close() ?? Promise.resolve())
      .then(() => shell.close())
      .then(() => store.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Refusals (locked workspace, bad folder) carry a Chinese message; anything else shows its own text.
function describe(error: unknown): string {
  const info = toErrorInfo(error);
  if (info.code !== 'INTERNAL') return `${info.message}（${info.code}）`;
  return error instanceof Error ? error.message : String(error);
}

run(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`浏览器外壳无法启动：${describe(error)}\n`);
  process.exit(1);
});
