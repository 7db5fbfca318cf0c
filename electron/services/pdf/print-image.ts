// A photo file → an image XObject fit for PDF/X-1a, through sharp (libvips, colour by lcms): EXIF
// orientation applied, transparency laid over paper white, downsampled to 300 ppi where it is
// placed largest (never upsampled), converted to CMYK with libvips's built-in CMYK profile (CMYK
// photos keep their separation), total ink limited to 240 % (ink-limit.ts), and encoded as a JPEG with fixed settings and no metadata,
// so the same file placed the same way gives the same bytes. Grey photos stay grey: DeviceGray
// prints on the black plate alone. A file that does not decode gives undefined (a placeholder).
import type { Sharp } from 'sharp';
import { loadSharp } from '../photos/load-sharp';
import { MAX_PHOTO_PIXELS } from '../photos/photo-check';
import { cmykTiff } from './cmyk-tiff';
import { inkUnits, limitPixel } from './ink-limit';

export interface PrintImage {
  width: number;
  height: number;
  colorSpace: 'DeviceGray' | 'DeviceCMYK';
  filter: 'DCTDecode';
  /** CMYK JPEGs from libjpeg are stored inverted (the Adobe convention), which the Decode array undoes. */
  decode: number[] | null;
  data: Uint8Array;
}

/** Pixel size of a photo as displayed (EXIF orientation applied), to size the downsampling. */
export interface DisplayedSize {
  width: number;
  height: number;
}

/**
 * Coldset screens (≈100 lpi) use no more than 300 ppi; finer photos are downsampled to it at their
 * largest placement. Below 200 ppi a photo is kept as it is: upsampling adds bytes, not detail
 * (preflight warns about such placements).
 */
export const MAX_PRINT_PPI = 300;
export const MIN_PRINT_PPI = 200;
/** Newsprint's total ink limit, in percent. */
export const MAX_TOTAL_INK = 240;
// JPEG error moves samples, most near hard edges and in noise. The samples are limited a little
// below 240 %; the 8 × 8 blocks the decoded JPEG still has over the limit are lowered by the excess
// and encoded again (after INK_PASSES, straight to INK_FLOOR), so the limit holds for what the
// plate gets (print-image.test.ts measures it on the embedded data).
const INK_TARGET = 236;
const INK_PASSES = 4;
const MAX_INK_PASSES = 12;
/** The lowest total (200 %) a correction sets: 40 % below the limit, more than JPEG error moves. */
const INK_FLOOR = 510;
/** Names the conversion in cache keys: change it whenever printImage's output would change. */
export const PRINT_PIPELINE = 'print-2';
// Huffman tables optimised per photo would save about 15 % of its bytes but take five times as long
// to encode (200 ms for a page-wide photo), on every pass of the ink limit: the plant does not mind
// the bytes, the desk minds the wait.
const JPEG = { quality: 90, chromaSubsampling: '4:4:4', mozjpeg: false, optimiseCoding: false } as const;

/** The pixel size to embed: the displayed size, scaled down to MAX_PRINT_PPI when it is finer. */
export function printSize(displayed: DisplayedSize, ptPerPixel: number): DisplayedSize {
  const ppi = 72 / ptPerPixel;
  if (!Number.isFinite(ppi) || ppi <= MAX_PRINT_PPI) return displayed;
  const factor = MAX_PRINT_PPI / ppi;
  return {
    width: Math.max(1, Math.floor(displayed.width * factor)),
    height: Math.max(1, Math.floor(displayed.height * factor)),
  };
}

type SharpFunction = Awaited<ReturnType<typeof loadSharp>>;

function open(sharp: SharpFunction, bytes: Uint8Array): Sharp {
  return sharp(bytes, { failOn: 'truncated', limitInputPixels: MAX_PHOTO_PIXELS, sequentialRead: true });
}

function encodeCmyk(sharp: SharpFunction, samples: Uint8Array, width: number, height: number): Promise<Buffer> {
  return sharp(cmykTiff(width, height, samples))
    .pipelineColourspace('cmyk')
    .toColourspace('cmyk')
    .jpeg(JPEG)
    .toBuffer();
}

function decodeCmyk(sharp: SharpFunction, jpeg: Buffer): Promise<Buffer> {
  return sharp(jpeg).pipelineColourspace('cmyk').toColourspace('cmyk').raw().toBuffer();
}

/** CMYK samples → a JPEG whose decoded pixels all stay within MAX_TOTAL_INK. */
async function inkLimitedJpeg(sharp: SharpFunction, source: Uint8Array, width: number, height: number): Promise<Buffer> {
  const max = inkUnits(MAX_TOTAL_INK);
  const limits = new Uint16Array(width * height).fill(inkUnits(INK_TARGET));
  for (let pass = 0; pass <= MAX_INK_PASSES; pass++) {
    // A plain copy (slice): Uint8Array.from would walk the source through its iterator, ten times slower.
    const samples = source.slice();
    for (let pixel = 0; pixel < limits.length; pixel++) limitPixel(samples, pixel * 4, limits[pixel]!);
    const jpeg = await encodeCmyk(sharp, samples, width, height);
    const decoded = await decodeCmyk(sharp, jpeg);
    let over = false;
    for (let pixel = 0; pixel < limits.length; pixel++) {
      const at = pixel * 4;
      const excess = decoded[at]! + decoded[at + 1]! + decoded[at + 2]! + decoded[at + 3]! - max;
      if (excess <= 0) continue;
      over = true;
      // JPEG works in 8 × 8 blocks: the whole block of an excess is lowered, since lowering one
      // pixel moves its neighbours. Late passes go straight to the floor.
      const x0 = (pixel % width) & ~7;
      const y0 = Math.floor(pixel / width) & ~7;
      for (let y = y0; y < Math.min(height, y0 + 8); y++) {
        for (let x = x0; x < Math.min(width, x0 + 8); x++) {
          const index = y * width + x;
          limits[index] = pass >= INK_PASSES ? INK_FLOOR : Math.max(INK_FLOOR, Math.min(limits[index]!, max - excess - 4));
        }
      }
    }
    if (!over) return jpeg;
  }
  throw new Error('total ink limit not reached');
}

/** The part of a photo to print (displayed pixels, EXIF orientation applied) and its embedded size. */
export interface PrintRegion {
  left: number;
  top: number;
  width: number;
  height: number;
  /** The embedded pixel size: the region itself, or fewer pixels where it would print finer than 300 ppi. */
  output: DisplayedSize;
}

/** A photo's displayed pixel size and colour space, from its header. */
export async function photoHeader(bytes: Uint8Array): Promise<(DisplayedSize & { space: string | undefined }) | undefined> {
  const sharp = await loadSharp();
  try {
    const meta = await open(sharp, bytes).metadata();
    const displayed = meta.autoOrient ?? { width: meta.width, height: meta.height };
    return { ...displayed, space: meta.space };
  } catch {
    return undefined;
  }
}

/**
 * The region of a photo as it prints: cut out of the oriented picture (so only what shows is
 * embedded), resized to its output size, separated and ink-limited. Undefined when it does not decode.
 */
export async function printImage(bytes: Uint8Array, region: PrintRegion): Promise<PrintImage | undefined> {
  const sharp = await loadSharp();
  try {
    const meta = await open(sharp, bytes).metadata();
    const { width, height } = region.output;
    const pipeline = open(sharp, bytes)
      .autoOrient()
      .extract({ left: region.left, top: region.top, width: region.width, height: region.height })
      .flatten({ background: '#ffffff' })
      .resize(width, height, { fit: 'fill', kernel: 'lanczos3' });
    if (meta.space === 'b-w' || meta.space === 'grey16') {
      const data = await pipeline.toColourspace('b-w').jpeg(JPEG).toBuffer();
      return { width, height, colorSpace: 'DeviceGray', filter: 'DCTDecode', decode: null, data };
    }
    // A CMYK photo is already separated for print: its samples are kept (only the ink is limited),
    // since a round trip through RGB would lose its black generation.
    const separated =
      meta.space === 'cmyk'
        ? pipeline.pipelineColourspace('cmyk').toColourspace('cmyk')
        : pipeline.withIccProfile('cmyk', { attach: false });
    const { data: samples, info } = await separated.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    if (info.channels !== 4) return undefined;
    const data = await inkLimitedJpeg(sharp, samples, info.width, info.height);
    return {
      width: info.width,
      height: info.height,
      colorSpace: 'DeviceCMYK',
      filter: 'DCTDecode',
      decode: [1, 0, 1, 0, 1, 0, 1, 0],
      data,
    };
  } catch {
    return undefined;
  }
}
