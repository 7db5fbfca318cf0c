// Photos converted for print, kept in the workspace (assets/print/) so the next export of the same
// placements copies them instead of converting again. Derived data: a missing, torn or foreign
// entry is a miss and is made again; the key names the conversion (print-image's PRINT_PIPELINE). Each
// photo's displayed size is kept too, by its content-addressed id, so a fully cached export never
// reads the photos.
// New entries are held until the export has written its file: a refused or cancelled export
// leaves the workspace as it was.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileDurable } from '../durable-file';
import type { PrintImageCache } from '../pdf/image-items';
import type { DisplayedSize, PrintImage } from '../pdf/print-image';
import { ASSETS_DIR } from '../workspace-layout';

const entrySchema = z.strictObject({
  key: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  colorSpace: z.enum(['DeviceGray', 'DeviceCMYK']),
  filter: z.literal('DCTDecode'),
  decode: z.array(z.number()).nullable(),
  bytes: z.number().int().positive(),
});

/** A photo's displayed size, under the key `size:<assetId>`. */
const sizeSchema = z.strictObject({
  key: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

/** The entry that holds a photo's displayed size (the asset id names the bytes, so it never changes). */
const sizeKey = (assetId: string) => `size:${assetId}`;

export function printCacheDir(workspaceDir: string): string {
  return path.join(workspaceDir, ASSETS_DIR, 'print');
}

export interface WorkspacePrintCache extends PrintImageCache {
  /** Stores the conversions made since the cache was created. */
  commit(): Promise<void>;
}

export function createPrintCache(workspaceDir: string): WorkspacePrintCache {
  const dir = printCacheDir(workspaceDir);
  const pending = new Map<string, PrintImage>();
  const pendingSizes = new Map<string, DisplayedSize>();
  const fileOf = (key: string) => path.join(dir, createHash('sha256').update(key).digest('hex'));
  return {
    async read(key) {
      const base = fileOf(key);
      const parsed = entrySchema.safeParse(JSON.parse(await readFile(`${base}.json`, 'utf8')));
      if (!parsed.success || parsed.data.key !== key) return undefined;
      const data = await readFile(`${base}.jpg`);
      if (data.length !== parsed.data.bytes) return undefined;
      const { key: _key, bytes: _bytes, ...image } = parsed.data;
      return { ...image, data } satisfies PrintImage;
    },
    async write(key, image) {
      pending.set(key, image);
    },
    async readSize(assetId) {
      const key = sizeKey(assetId);
      const parsed = sizeSchema.safeParse(JSON.parse(await readFile(`${fileOf(key)}.json`, 'utf8')));
      if (!parsed.success || parsed.data.key !== key) return undefined;
      return { width: parsed.data.width, height: parsed.data.height };
    },
    async writeSize(assetId, size) {
      pendingSizes.set(assetId, size);
    },
    async commit() {
      for (const [key, image] of pending) await store(key, image);
      pending.clear();
      if (pendingSizes.size > 0) await mkdir(dir, { recursive: true });
      for (const [assetId, size] of pendingSizes) {
        const key = sizeKey(assetId);
        await writeFileDurable(`${fileOf(key)}.json`, JSON.stringify({ key, ...size }));
      }
      pendingSizes.clear();
    },
  };

  async function store(key: string, image: PrintImage): Promise<void> {
    const base = fileOf(key);
    const { data, ...described } = image;
    await mkdir(dir, { recursive: true });
    // The samples first: an entry whose description is there always has its samples complete.
    await writeFileDurable(`${base}.jpg`, data, { syncFolder: false });
    await writeFileDurable(`${base}.json`, JSON.stringify({ key, ...described, bytes: data.length }));
  }
}
