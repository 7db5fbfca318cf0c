// Watches <workspace>/inbox on the desk's workstation (chokidar) and imports each package once it
// has stopped growing. Packages already waiting when the watch starts are imported first. Imports
// run one at a time, so two revisions of an article are received in the order they arrived.
import { watch, type FSWatcher } from 'chokidar';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { WorkspaceStore } from '../workspace-store';
import { inboxDir, isPendingName, receivePackageFile, type InboxOutcome, type InboxOptions } from './inbox';

export interface InboxWatcherOptions extends InboxOptions {
  /** How long a file must stay unchanged before it is read; copies over a network can pause. */
  stabilityMs?: number;
  onOutcome: (outcome: InboxOutcome) => void;
  /** A failure of the workstation itself; the package stays in the inbox for the next start. */
  onError: (error: unknown, file: string) => void;
}

export interface InboxWatcher {
  readonly dir: string;
  /** Stops watching and waits for the import under way, so the store can close after it. */
  close(): Promise<void>;
}

export async function startInboxWatcher(store: WorkspaceStore, options: InboxWatcherOptions): Promise<InboxWatcher> {
  const dir = inboxDir(store);
  await mkdir(dir, { recursive: true });
  const queued = new Set<string>();
  let tail: Promise<void> = Promise.resolve();
  let closed = false;

  function enqueue(file: string): void {
    if (closed || queued.has(file) || path.dirname(file) !== dir || isPendingName(path.basename(file))) return;
    queued.add(file);
    tail = tail.then(async () => {
      queued.delete(file);
      if (closed) return;
      try {
        const outcome = await receivePackageFile(store, file, options);
        if (outcome) options.onOutcome(outcome);
      } catch (error) {
        options.onError(error, file);
      }
    });
  }

  const watcher: FSWatcher = watch(dir, {
    depth: 0,
    ignoreInitial: false,
    followSymlinks: false,
    awaitWriteFinish: { stabilityThreshold: options.stabilityMs ?? 800, pollInterval: 100 },
    ignored: (file) => file !== dir && isPendingName(path.basename(file)),
  });
  watcher.on('add', enqueue);
  watcher.on('change', enqueue);
  watcher.on('error', (error) => options.onError(error, dir));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    dir,
    close: async () => {
      closed = true;
      await watcher.close();
      await tail;
    },
  };
}
