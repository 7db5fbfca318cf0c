// `npm start`: fetch the Electron binary on first launch (installs skip it), build, and run the app.
// When the binary cannot be fetched (a closed network, ELECTRON_SKIP_BINARY_DOWNLOAD set), the
// same workstation starts in the browser instead: the browser shell on the default workspace.
//
// Test hooks: KFQ_ELECTRON_DIR names the electron package folder to use (an empty folder means
// "not installed, cannot download"); KFQ_START_NO_BUILD=1 reuses an existing dist/shell and
// dist/renderer; KFQ_NO_BROWSER=1 does not open a browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildNode, buildRenderer } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
/** A download that receives nothing for this long is given up (a network that drops packets). */
const STALL_MS = 60_000;

function findElectronDir() {
  if (process.env.KFQ_ELECTRON_DIR) return path.resolve(process.env.KFQ_ELECTRON_DIR);
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/** The Electron executable when it is installed. */
function electronBinary(electronDir) {
  if (!electronDir) return undefined;
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** Bytes in the files under `dir`: how far a download or an extraction has got. */
function bytesUnder(dir) {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    try {
      total += entry.isDirectory() ? bytesUnder(full) : statSync(full).size;
    } catch {
      // Moved or removed while we looked.
    }
  }
  return total;
}

/**
 * Runs electron's own install.js. Its download lands in a temp folder of ours and its extraction in
 * dist/, so progress is visible as growing files; a download that stalls for STALL_MS is stopped.
 * Its error output (a stack trace on a closed network) is not shown: the caller says what happened.
 */
function downloadElectron(electronDir) {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !electronDir) return Promise.resolve(false);
  const script = path.join(electronDir, 'install.js');
  if (!existsSync(script)) return Promise.resolve(false);
  console.log('首次启动：正在下载 Electron 运行环境……');
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kfq-electron-'));
  const distDir = path.join(electronDir, 'dist');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, TMPDIR: scratch, TMP: scratch, TEMP: scratch },
    });
    child.stderr.resume();
    let seen = -1;
    let changedAt = Date.now();
    let reportedAt = Date.now();
    const watch = setInterval(() => {
      const bytes = bytesUnder(scratch) + bytesUnder(distDir);
      if (bytes !== seen) {
        seen = bytes;
        changedAt = Date.now();
        if (Date.now() - reportedAt >= 15_000 && bytes > 0) {
          reportedAt = Date.now();
          console.log(`  已下载 ${Math.round(bytes / 1024 / 1024)} MB……`);
        }
      } else if (Date.now() - changedAt > STALL_MS) {
        child.kill();
      }
    }, 1_000);
    const finish = (ok) => {
      clearInterval(watch);
      rmSync(scratch, { recursive: true, force: true });
      resolve(ok);
    };
    child.on('error', () => finish(false));
    child.on('exit', (code) => finish(code === 0));
  });
}

/** Opens the system browser when there is one; says nothing when there is not. */
function openBrowser(url) {
  if (process.env.KFQ_NO_BROWSER) return;
  let command;
  let args;
  let options = {};
  if (process.platform === 'darwin') [command, args] = ['open', [url]];
  else if (process.platform === 'win32') {
    [command, args] = ['cmd', ['/d', '/s', '/c', `start "" "${url}"`]];
    options = { windowsVerbatimArguments: true };
  } else {
    // Without a display xdg-open would start a text browser in this terminal.
    if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
    if (spawnSync('sh', ['-c', 'command -v xdg-open'], { stdio: 'ignore' }).status !== 0) return;
    [command, args] = ['xdg-open', [url]];
  }
  try {
    const opener = spawn(command, args, { ...options, stdio: 'ignore', detached: true });
    opener.on('error', () => undefined);
    opener.unref();
  } catch {
    // No opener: the address is printed above.
  }
}

/** Builds (unless told to reuse a build) and runs dist/shell/serve.mjs on the default workspace. */
async function runBrowserShell() {
  const serve = path.join(root, 'dist', 'shell', 'serve.mjs');
  const built = existsSync(serve) && existsSync(path.join(root, 'dist', 'renderer', 'index.html'));
  if (!(process.env.KFQ_START_NO_BUILD === '1' && built)) {
    await buildNode(['shell']);
    await buildRenderer();
  }
  const child = spawn(process.execPath, [serve], { stdio: ['ignore', 'pipe', 'inherit'] });
  // Ctrl+C reaches the whole process group; either way the shell gets the signal and stops cleanly.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  createInterface({ input: child.stdout }).on('line', (line) => {
    console.log(line);
    if (line.startsWith('KFQ_SHELL_URL=')) {
      const url = line.slice('KFQ_SHELL_URL='.length);
      console.log(`工作站地址：${url}（按 Ctrl+C 停止）`);
      openBrowser(url);
    }
  });
  child.on('exit', (code) => process.exit(code ?? 1));
}

const electronDir = findElectronDir();
let electron = electronBinary(electronDir);
if (!electron && (await downloadElectron(electronDir))) electron = electronBinary(electronDir);

if (electron) {
  await buildNode(['main', 'preload']);
  await buildRenderer();
  const child = spawn(electron, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('无法下载 Electron 运行环境（需要网络），改为在浏览器中打开工作站：');
  await runBrowserShell();
}
