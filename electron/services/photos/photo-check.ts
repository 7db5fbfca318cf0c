// What a photo is before it enters the workspace: every refusal comes before decoding (file size,
// then the header's pixel count), then the whole file is decoded once, making the thumbnail, so
// bytes that only start like an image (a PNG signature followed by text, a JPEG cut short) are
// refused too. Nothing here writes to disk.
import type { Metadata } from 'sharp';
import { DomainError } from '../../../shared/model/errors';
import { iccDescription } from './icc-description';
import { loadSharp } from './load-sharp';

export const MAX_PHOTO_BYTES = 50 * 1024 * 1024;
/** 40 megapixels: a 7,700 × 5,200 photo, larger than press cameras take; decoding it needs ~160 MB. */
export const MAX_PHOTO_PIXELS = 40_000_000;
/** Thumbnails for the interface fit this square (longer side, in pixels). */
export const THUMBNAIL_SIZE = 320;

export type PhotoFormat = 'jpg' | 'png' | 'tif';

const SHARP_FORMATS: Record<PhotoFormat, string> = { jpg: 'jpeg', png: 'png', tif: 'tiff' };
const FORMAT_NAMES: Record<PhotoFormat, string> = { jpg: 'JPEG', png: 'PNG', tif: 'TIFF' };

export interface PhotoInfo {
  format: PhotoFormat;
  /** Pixel size as displayed, EXIF orientation applied. */
  width: number;
  height: number;
  /** libvips's name of the colour space: srgb, cmyk, b-w, rgb16, grey16 … */
  colourSpace: string;
  channels: number;
  hasAlpha: boolean;
  /** The embedded ICC profile's name, or null when none (or it has none). */
  iccProfile: string | null;
  hasIccProfile: boolean;
  /** EXIF orientation 1–8 (1 when absent). */
  orientation: number;
}

export interface CheckedPhoto {
  info: PhotoInfo;
  /** An sRGB JPEG fitting THUMBNAIL_SIZE, for the library and the inspector. */
  thumbnail: Buffer;
}

function damaged(format: PhotoFormat, detail?: string): DomainError {
  return new DomainError('ASSET_DAMAGED', `图片文件已损坏或不是真正的 ${FORMAT_NAMES[format]} 图片，无法解码，未添加。`, detail);
}

/** Refuses a photo over the size limit, before anything reads it. */
export function checkPhotoSize(length: number, maxBytes: number = MAX_PHOTO_BYTES): void {
  if (length <= maxBytes) return;
  const mb = (n: number) => (n / 1048576).toFixed(1);
  throw new DomainError('ASSET_TOO_LARGE', `图片文件过大（${mb(length)} MB），上限为 ${mb(maxBytes)} MB，未添加。`, String(length));
}

/** The photo's header: format, size and colour, read without decoding the pixels. */
export async function readPhotoHeader(bytes: Uint8Array, format: PhotoFormat): Promise<PhotoInfo> {
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw damaged(format, error instanceof Error ? error.message : undefined);
  }
  if (meta.format !== SHARP_FORMATS[format]) throw damaged(format, `decoded as ${meta.format}`);
  if (!(meta.width > 0 && meta.height > 0)) throw damaged(format, 'no pixel size');
  const pixels = meta.width * meta.height;
  if (pixels > MAX_PHOTO_PIXELS) {
    throw new DomainError(
      'ASSET_TOO_MANY_PIXELS',
      `图片像素过多（${meta.width} × ${meta.height}，${(pixels / 1e6).toFixed(1)} 百万像素），上限为 ${MAX_PHOTO_PIXELS / 1e6} 百万像素，未添加。`,
      `${meta.width}x${meta.height}`,
    );
  }
  const displayed = meta.autoOrient ?? { width: meta.width, height: meta.height };
  return {
    format,
    width: displayed.width,
    height: displayed.height,
    colourSpace: meta.space,
    channels: meta.channels,
    hasAlpha: meta.hasAlpha,
    iccProfile: iccDescription(meta.icc),
    hasIccProfile: meta.icc !== undefined,
    orientation: meta.orientation ?? 1,
  };
}

/** A photo's thumbnail, decoding the whole file: a truncated or damaged one is refused here. */
export async function photoThumbnail(bytes: Uint8Array, format: PhotoFormat): Promise<Buffer> {
  const sharp = await loadSharp();
  try {
    return await sharp(bytes, { failOn: 'truncated', limitInputPixels: MAX_PHOTO_PIXELS })
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .jpeg({ quality: 80, mozjpeg: false })
      .toBuffer();
  } catch (error) {
    throw damaged(format, error instanceof Error ? error.message : undefined);
  }
}

/** Every check a photo passes before it is stored, with what the interface shows of it. */
export async function checkPhoto(bytes: Uint8Array, format: PhotoFormat, maxBytes: number = MAX_PHOTO_BYTES): Promise<CheckedPhoto> {
  checkPhotoSize(bytes.length, maxBytes);
  const info = await readPhotoHeader(bytes, format);
  return { info, thumbnail: await photoThumbnail(bytes, format) };
}
