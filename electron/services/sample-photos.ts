// The sample issue's pictures (rendered by scripts/sample-photos into resources/sample-photos):
// where they are at run time and their checked bytes. Nothing is decoded here — a new sample
// workspace only copies them, so creating one stays quick.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_PHOTO_ASSETS } from '../../shared/sample/sample-photo-assets';
import type { KnownAsset } from './asset-store';
import { readFileCappedIfExists } from './durable-file';

const FOLDER = 'sample-photos';
/** Far more than any sample picture; a larger file is not one of them. */
const MAX_SAMPLE_PHOTO_BYTES = 8 * 1024 * 1024;

/** The folders a repository checkout may be reached from: the running script's and the working folder. */
function startingPoints(): string[] {
  const points = [process.argv[1], process.cwd()].filter((point): point is string => typeof point === 'string' && point !== '');
  return points.map((point) => path.resolve(point));
}

/**
 * The folder of the sample pictures: the packaged app's resources, else resources/sample-photos of
 * the checkout the code runs from (found by walking up: the CLI runs from dist/cli, tests from the
 * sources, the browser shell from dist/shell). Undefined when there is none.
 */
export function samplePhotosDir(): string | undefined {
  // Electron sets resourcesPath in development too (its own folder), so the folder must be there.
  const resources = (process as { resourcesPath?: unknown }).resourcesPath;
  if (typeof resources === 'string' && existsSync(path.join(resources, FOLDER))) return path.join(resources, FOLDER);
  for (const start of startingPoints()) {
    let dir = start;
    for (;;) {
      const candidate = path.join(dir, 'resources', FOLDER);
      if (existsSync(candidate)) return candidate;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

/**
 * The sample pictures found, by key (page label or sample article key), each only if its bytes
 * are the ones the sample refers to: a missing or altered file leaves its frame empty.
 */
export async function loadSamplePhotos(dir: string | undefined = samplePhotosDir()): Promise<Map<string, KnownAsset>> {
  const found = new Map<string, KnownAsset>();
  if (dir === undefined) return found;
  for (const [key, entry] of Object.entries(SAMPLE_PHOTO_ASSETS)) {
    const bytes = await readFileCappedIfExists(path.join(dir, entry.file), MAX_SAMPLE_PHOTO_BYTES).catch(() => null);
    if (bytes === null) continue;
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (`${hash}.jpg` === entry.assetId) found.set(key, { assetId: entry.assetId, bytes });
  }
  return found;
}
