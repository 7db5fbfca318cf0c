// Starts the built browser shell (dist/shell/serve.mjs) on a workspace folder as a child process
// and reads the URL it prints; stopping it sends SIGTERM so the store closes cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SERVE = path.join(PROJECT_ROOT, 'dist', 'shell', 'serve.mjs');

export interface ShellProcess {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

export async function startShell(workspaceDir: string): Promise<ShellProcess> {
  if (!existsSync(SERVE)) throw new Error(`${SERVE} is missing: run the build first (npm run test:e2e builds)`);
  const child: ChildProcess = spawn(process.execPath, [SERVE, '--workspace', workspaceDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`shell did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /^KFQ_SHELL_URL=(\S+)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`shell exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
