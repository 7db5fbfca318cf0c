// `npm start` on a closed network: the Electron download fails fast, one Chinese line says so, and
// the browser shell starts on the workspace, serves the page, and stops cleanly on Ctrl+C.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const START = path.join(PROJECT_ROOT, 'scripts', 'start.mjs');
const BUILT =
  existsSync(path.join(PROJECT_ROOT, 'dist', 'shell', 'serve.mjs')) &&
  existsSync(path.join(PROJECT_ROOT, 'dist', 'renderer', 'index.html'));
const FALLBACK_LINE = '无法下载 Electron 运行环境（需要网络），改为在浏览器中打开工作站：';

function electronInstalled(): boolean {
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    return existsSync(path.join(dir, 'path.txt'));
  } catch {
    return false;
  }
}

const temps: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

describe('npm start without Electron', () => {
  it(
    'falls back to the browser shell, serves the page and stops on SIGINT',
    async () => {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        // Nothing listens on port 9: the download is refused at once, as on a closed network.
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: await tempDir('kfq-electron-cache-'),
        KFQ_WORKSPACE: path.join(await tempDir('kfq-start-'), '工作区'),
        KFQ_NO_BROWSER: '1',
      };
      // Where the binary is installed, point start.mjs at an empty package folder instead.
      if (electronInstalled()) env.KFQ_ELECTRON_DIR = await tempDir('kfq-no-electron-');
      if (BUILT) env.KFQ_START_NO_BUILD = '1';

      const started = Date.now();
      // Its own process group, so a failing test can stop start.mjs and the shell it started together.
      const child = spawn(process.execPath, [START], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      try {
        const url = await new Promise<string>((resolve, reject) => {
          child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString('utf8');
            const match = /^KFQ_SHELL_URL=(\S+)$/m.exec(stdout);
            // start.mjs prints its own line for the desk after the shell's: wait for both.
            if (match?.[1] && stdout.includes('工作站地址：')) resolve(match[1]);
          });
          void exited.then((code) => reject(new Error(`start.mjs exited with ${code}:\n${stdout}\n${stderr}`)));
        });
        expect(stdout.split(FALLBACK_LINE)).toHaveLength(2);
        expect(stdout).toContain(`工作站地址：${url}`);
        // The failed download says so in that one line, without a stack trace.
        expect(stderr.split('\n').filter((line) => /^\s+at /.test(line))).toEqual([]);
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
        const page = await fetch(url);
        expect(page.status).toBe(200);
        expect(await page.text()).toMatch(/<!doctype html>/i);
        expect(existsSync(path.join(env.KFQ_WORKSPACE ?? '', 'workspace.json'))).toBe(true);
        if (BUILT) expect(Date.now() - started).toBeLessThan(30_000);

        child.kill('SIGINT');
        expect(await exited).toBe(0);
      } finally {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone: the clean stop above ended the whole group.
        }
      }
    },
    BUILT ? 60_000 : 300_000,
  );
});
