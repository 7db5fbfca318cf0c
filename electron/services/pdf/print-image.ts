// A photo file → an image XObject's samples fit for PDF/X-1a. Grey and CMYK JPEGs go in as they
// are (no recompression); RGB JPEGs and all PNGs are decoded, flattened and separated to CMYK.
// Anything else (TIFF, a damaged file) gives undefined and the caller draws a placeholder.
import { readJpegHeader } from './jpeg-header';
import type { DecodedPixels } from './png-decode';
import { decodePng } from './png-decode';
import { toPrintSamples } from './print-pixels';
import type * as ImageDecodersModule from 'pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs';

export interface PrintImage {
  width: number;
  height: number;
  colorSpace: 'DeviceGray' | 'DeviceCMYK';
  /** DCT data passed through, or raw 8-bit samples (the document flate-compresses them). */
  filter: 'DCTDecode' | null;
  decode: number[] | null;
  data: Uint8Array;
  /** EXIF orientation 1–8, applied when placing. */
  orientation: number;
}

/** Pixel size of a photo as displayed (EXIF orientation applied), to size the downsampling. */
export interface DisplayedSize {
  width: number;
  height: number;
}

/**
 * Decoded images are downsampled by a whole factor while staying at or above this resolution at
 * their placed size: coldset screens (≈100 lpi) need no more than twice their ruling.
 */
const TARGET_PPI = 300;

type ImageDecoders = typeof ImageDecodersModule;
let decoders: ImageDecoders | undefined;

/**
 * pdf.js's image decoders are large and make Node load its fetch machinery when they load, so
 * they are loaded only for documents that place photos (call before printImage).
 */
export async function loadImageDecoders(): Promise<void> {
  decoders ??= await import('pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs');
}

function decodeJpeg(bytes: Uint8Array): DecodedPixels | undefined {
  if (!decoders) throw new Error('loadImageDecoders() must run before JPEG photos are decoded');
  try {
    const jpeg = new decoders.JpegImage();
    jpeg.parse(bytes);
    if (jpeg.numComponents !== 1 && jpeg.numComponents !== 3) return undefined;
    const samples = jpeg.getData({ width: jpeg.width, height: jpeg.height, forceRGB: true });
    return {
      width: jpeg.width,
      height: jpeg.height,
      channels: 3,
      samples: new Uint8Array(samples.buffer, samples.byteOffset, samples.length),
      alpha: null,
    };
  } catch {
    return undefined;
  }
}

/** `placedScale`: pt per displayed pixel where the photo is placed largest, which sets the downsampling. */
function fromPixels(
  pixels: DecodedPixels | undefined,
  orientation: number,
  placedScale: (size: DisplayedSize) => number,
): PrintImage | undefined {
  if (pixels === undefined) return undefined;
  const rotated = orientation >= 5;
  const displayed = rotated ? { width: pixels.height, height: pixels.width } : { width: pixels.width, height: pixels.height };
  const ppi = 72 / placedScale(displayed);
  const factor = Number.isFinite(ppi) ? Math.max(1, Math.floor(ppi / TARGET_PPI)) : 1;
  const print = toPrintSamples(pixels, factor);
  return {
    width: print.width,
    height: print.height,
    colorSpace: print.colorSpace,
    filter: null,
    decode: null,
    data: print.samples,
    orientation,
  };
}

export function printImage(bytes: Uint8Array, placedScale: (size: DisplayedSize) => number): PrintImage | undefined {
  const jpeg = readJpegHeader(bytes);
  if (jpeg !== undefined) {
    const { width, height, orientation } = jpeg;
    if (jpeg.bitsPerComponent === 8 && (jpeg.components === 1 || jpeg.components === 4)) {
      const grey = jpeg.components === 1;
      // Adobe applications store CMYK JPEGs inverted, and say so with their APP14 marker.
      const decode = !grey && jpeg.adobe ? [1, 0, 1, 0, 1, 0, 1, 0] : null;
      return { width, height, colorSpace: grey ? 'DeviceGray' : 'DeviceCMYK', filter: 'DCTDecode', decode, data: bytes, orientation };
    }
    return fromPixels(decodeJpeg(bytes), orientation, placedScale);
  }
  return fromPixels(decodePng(bytes), 1, placedScale);
}
