// Photos, content-addressed: assets/<sha256>.<ext>, the type taken from the bytes, not the name.
// The same photo added twice is stored once; a refused photo writes nothing.
import { createHash } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../shared/model/errors';
import { readFileCapped, writeFileDurable } from './durable-file';
import { assertOpen, writeTask, type StoreContext } from './workspace-context';
import { assetPath } from './workspace-layout';

export const DEFAULT_MAX_ASSET_BYTES = 50 * 1024 * 1024;

export type AssetExtension = 'jpg' | 'png' | 'tif';

export interface PutAssetOptions {
  maxBytes?: number;
}

export interface StoredAsset {
  /** `<sha256>.<ext>`, the id articles and photo blocks refer to. */
  assetId: string;
  path: string;
  size: number;
  /** True when the same bytes were already in the workspace. */
  existed: boolean;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

/** The image type from its magic bytes; only the formats print production takes. */
export function sniffImageType(bytes: Uint8Array): AssetExtension | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tif';
  return undefined;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Refuses oversize or unsupported bytes before anything touches the disk. */
export function checkAssetBytes(bytes: Uint8Array, maxBytes: number = DEFAULT_MAX_ASSET_BYTES): AssetExtension {
  if (bytes.length > maxBytes) {
    const mb = (n: number) => (n / 1048576).toFixed(1);
    throw new DomainError(
      'ASSET_TOO_LARGE',
      `图片文件过大（${mb(bytes.length)} MB），上限为 ${mb(maxBytes)} MB，未添加。`,
      String(bytes.length),
    );
  }
  const extension = sniffImageType(bytes);
  if (!extension) throw new DomainError('ASSET_UNSUPPORTED', '不支持的图片格式：只能添加 JPEG、PNG 或 TIFF 图片，未添加。');
  return extension;
}

export async function putAsset(ctx: StoreContext, bytes: Uint8Array, options: PutAssetOptions = {}): Promise<StoredAsset> {
  const extension = checkAssetBytes(bytes, options.maxBytes);
  const assetId = `${sha256(bytes)}.${extension}`;
  const file = assetPath(ctx.dir, assetId);
  return writeTask(ctx, async () => {
    // An existing file is trusted only if it really holds these bytes; a damaged copy is replaced.
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile() && info.size === bytes.length) {
      const existing = await readFileCapped(file, bytes.length);
      if (`${sha256(existing)}.${extension}` === assetId) return { assetId, path: file, size: bytes.length, existed: true };
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileDurable(file, bytes);
    return { assetId, path: file, size: bytes.length, existed: false };
  });
}

/** The absolute path of a stored photo, for the canvas and the PDF writer. */
export async function getAssetPath(ctx: StoreContext, assetId: string): Promise<string> {
  assertOpen(ctx);
  const file = assetPath(ctx.dir, assetId);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new DomainError('NOT_FOUND', `找不到图片 ${assetId}，它可能已被移出工作区。`, assetId);
  return file;
}
