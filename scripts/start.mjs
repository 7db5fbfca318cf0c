// `npm start`: fetch the Electron binary on first launch (installs skip it), build, and run the app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNode, buildRenderer } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));

function electronInstalled() {
  const pathFile = path.join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

if (!electronInstalled()) {
  console.log('首次启动：正在下载 Electron 运行环境……');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  if (result.status !== 0 || !electronInstalled()) {
    console.error('无法下载 Electron（需要网络）。没有 Electron 时可用 `npm run serve` 在浏览器中使用本软件。');
    process.exit(1);
  }
}

await buildNode(['main', 'preload']);
await buildRenderer();
const electron = require('electron');
const child = spawn(electron, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
