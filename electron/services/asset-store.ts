// Photos, content-addressed: assets/<sha256>.<ext>, the type taken from the bytes, not the name,
// each with its thumbnail in assets/thumbs/<sha256>.jpg (derived, made again when missing). The
// same photo added twice is stored once; a refused photo (photos/photo-check.ts) writes nothing.
import { createHash } from 'node:crypto';
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../shared/model/errors';
import { fsyncDirectory, readFileCapped, writeFileDurable } from './durable-file';
import type { PhotoInfo } from './photos/photo-check';
import { checkPhoto, checkPhotoSize, MAX_PHOTO_BYTES, photoThumbnail, readPhotoHeader } from './photos/photo-check';
import { assertOpen, writeTask, type StoreContext } from './workspace-context';
import { ASSET_ID_PATTERN, ASSETS_DIR, assetPath } from './workspace-layout';

export const DEFAULT_MAX_ASSET_BYTES = MAX_PHOTO_BYTES;

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
  info: PhotoInfo;
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
  checkPhotoSize(bytes.length, maxBytes);
  const extension = sniffImageType(bytes);
  if (!extension) throw new DomainError('ASSET_UNSUPPORTED', '不支持的图片格式：只能添加 JPEG、PNG 或 TIFF 图片，未添加。');
  return extension;
}

export async function putAsset(ctx: StoreContext, bytes: Uint8Array, options: PutAssetOptions = {}): Promise<StoredAsset> {
  const extension = checkAssetBytes(bytes, options.maxBytes);
  // Decoded before the write task: a refused photo never waits for, or touches, the workspace.
  const { info, thumbnail } = await checkPhoto(bytes, extension, options.maxBytes);
  const hash = sha256(bytes);
  const assetId = `${hash}.${extension}`;
  const file = assetPath(ctx.dir, assetId);
  return writeTask(ctx, async () => {
    await mkdir(thumbnailDir(ctx), { recursive: true });
    await writeFileDurable(thumbnailPath(ctx, assetId), thumbnail);
    // An existing file is trusted only if it really holds these bytes; a damaged copy is replaced.
    const existing = await stat(file).catch(() => undefined);
    if (existing?.isFile() && existing.size === bytes.length) {
      const stored = await readFileCapped(file, bytes.length);
      if (sha256(stored) === hash) return { assetId, path: file, size: bytes.length, existed: true, info };
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileDurable(file, bytes);
    return { assetId, path: file, size: bytes.length, existed: false, info };
  });
}

/** Photo bytes with the id they are stored under, for a workspace created with photos in it. */
export interface KnownAsset {
  assetId: string;
  bytes: Uint8Array;
}

/**
 * Writes photos into a new workspace's assets folder without decoding them (the sample's own
 * pictures, rendered by the project: creating a workspace must stay quick). Their bytes must hash
 * to their id and be of the type it names; thumbnails are made when first asked for.
 */
export async function writeKnownAssets(dir: string, known: readonly KnownAsset[]): Promise<void> {
  if (known.length === 0) return;
  for (const { assetId, bytes } of known) {
    const file = assetPath(dir, assetId);
    if (`${sha256(bytes)}.${sniffImageType(bytes)}` !== assetId) {
      throw new DomainError('INVALID_ARGUMENT', `图片 ${assetId} 的内容与编号不符，未写入。`, assetId);
    }
    await writeFileDurable(file, bytes, { syncFolder: false });
  }
  // One flush of the folder for the whole batch, before anything refers to the files.
  await fsyncDirectory(path.join(dir, ASSETS_DIR));
}

function thumbnailDir(ctx: StoreContext): string {
  return path.join(ctx.dir, ASSETS_DIR, 'thumbs');
}

/** `assetId` is checked by assetPath first: only a content-addressed name reaches the join. */
function thumbnailPath(ctx: StoreContext, assetId: string): string {
  const hash = path.basename(assetPath(ctx.dir, assetId)).slice(0, 64);
  return path.join(thumbnailDir(ctx), `${hash}.jpg`);
}

async function readStoredAsset(ctx: StoreContext, assetId: string): Promise<{ bytes: Uint8Array; extension: AssetExtension }> {
  const bytes = await readFileCapped(await getAssetPath(ctx, assetId), DEFAULT_MAX_ASSET_BYTES, `图片 ${assetId}`);
  return { bytes, extension: assetId.slice(-3) as AssetExtension };
}

/** A stored photo's pixel size, colour space and embedded profile, read from its header. */
export async function getAssetInfo(ctx: StoreContext, assetId: string): Promise<PhotoInfo> {
  const { bytes, extension } = await readStoredAsset(ctx, assetId);
  return readPhotoHeader(bytes, extension);
}

/** The path of a stored photo's thumbnail (an sRGB JPEG), made from the photo when it is missing. */
export async function getAssetThumbnailPath(ctx: StoreContext, assetId: string): Promise<string> {
  const file = thumbnailPath(ctx, assetId);
  if ((await stat(file).catch(() => undefined))?.isFile()) return file;
  const { bytes, extension } = await readStoredAsset(ctx, assetId);
  const thumbnail = await photoThumbnail(bytes, extension);
  return writeTask(ctx, async () => {
    await mkdir(thumbnailDir(ctx), { recursive: true });
    await writeFileDurable(file, thumbnail);
    return file;
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

/** The photos in the workspace's store, newest first, each with its thumbnail made if it was missing. */
export async function listAssets(ctx: StoreContext): Promise<Array<{ assetId: string; addedAt: string; bytes: number }>> {
  assertOpen(ctx);
  const names = await readdir(path.join(ctx.dir, ASSETS_DIR)).catch(() => [] as string[]);
  const found = [];
  for (const name of names.filter((candidate) => ASSET_ID_PATTERN.test(candidate))) {
    const info = await stat(assetPath(ctx.dir, name)).catch(() => undefined);
    if (info?.isFile()) found.push({ assetId: name, addedAt: info.mtime.toISOString(), bytes: info.size });
  }
  return found.sort((a, b) => b.addedAt.localeCompare(a.addedAt) || a.assetId.localeCompare(b.assetId));
}
