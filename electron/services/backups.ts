// Rolling snapshots: before a workspace file is overwritten its previous bytes are kept in
// .backups/<relative path, '/' as '__'>/<sortable timestamp>.json, the newest few per file.
import { mkdir, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { isErrnoCode, writeFileDurable } from './durable-file';

export const BACKUPS_DIR = '.backups';
export const DEFAULT_KEEP_BACKUPS = 20;

// The timestamp sorts as text; the counter orders snapshots taken within the same millisecond.
const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(\d{4})\.json$/;

export function backupFolderFor(workspaceDir: string, file: string): string {
  const relative = path.relative(workspaceDir, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new RangeError(`not inside the workspace: ${file}`);
  }
  return path.join(workspaceDir, BACKUPS_DIR, relative.split(path.sep).join('__'));
}

function stampOf(date: Date): string {
  // Colons are not allowed in Windows file names.
  return date.toISOString().replace(/[:.]/g, '-');
}

async function backupNames(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => BACKUP_NAME.test(name)).sort();
  } catch (error) {
    if (isErrnoCode(error, 'ENOENT')) return [];
    throw error;
  }
}

/** The next name after `newest`, even when the clock stands still or was set back. */
function nextBackupName(newest: string | undefined, stamp: string): string {
  const match = newest === undefined ? null : BACKUP_NAME.exec(newest);
  if (!match || stamp > (match[1] ?? '')) return `${stamp}-0000.json`;
  const counter = String(Number(match[2]) + 1).padStart(4, '0');
  return `${match[1]}-${counter}.json`;
}

/** Snapshots of one file, oldest first. */
export async function listBackups(workspaceDir: string, file: string): Promise<string[]> {
  const folder = backupFolderFor(workspaceDir, file);
  return (await backupNames(folder)).map((name) => path.join(folder, name));
}

/** Keeps `previous` (the bytes about to be replaced) and drops all but the newest `keep` snapshots. */
export async function snapshotBeforeOverwrite(
  workspaceDir: string,
  file: string,
  previous: Uint8Array,
  now: Date,
  keep: number = DEFAULT_KEEP_BACKUPS,
): Promise<string> {
  const folder = backupFolderFor(workspaceDir, file);
  await mkdir(folder, { recursive: true });
  const names = await backupNames(folder);
  const name = nextBackupName(names.at(-1), stampOf(now));
  const target = path.join(folder, name);
  await writeFileDurable(target, previous);
  const all = [...names, name];
  for (const old of all.slice(0, Math.max(0, all.length - keep))) {
    await unlink(path.join(folder, old)).catch((error: unknown) => {
      if (!isErrnoCode(error, 'ENOENT')) throw error;
    });
  }
  return target;
}
