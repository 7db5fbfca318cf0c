// Starts the built browser shell (dist/shell/serve.mjs) on a workspace folder as a child process
// and reads the URL it prints; stopping it sends SIGTERM so the store closes cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ShellProcess {
  url: string;
  output(): string;
  stop(): Promise<void>;
  /** Ends the shell with SIGKILL, as a crash or a power cut would: nothing is flushed or closed. */
  kill(): Promise<void>;
}

/** `root`: the project whose build to run (the benchmark, bundled elsewhere, passes its own). */
export async function startShell(workspaceDir: string, root: string = PROJECT_ROOT): Promise<ShellProcess> {
  const serve = path.join(root, 'dist', 'shell', 'serve.mjs');
  if (!existsSync(serve)) throw new Error(`${serve} is missing: run the build first (npm run test:e2e builds)`);
  const child: ChildProcess = spawn(process.execPath, [serve, '--workspace', workspaceDir], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { url, output: () => output, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
