// Grey pixels from a PNG (a browser screenshot) or from pdftoppm's PGM, and how far two such
// images differ: the tools that decide whether the screen shows what the plant prints.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';

export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A screenshot in grey: transparency over white, then luminance (Rec. 601 weights, as before). */
export async function greyFromPng(bytes: Uint8Array): Promise<GreyImage> {
  const { data, info } = await sharp(bytes)
    .flatten({ background: '#ffffff' })
    .recomb([
      [0.299, 0.587, 0.114],
      [0.299, 0.587, 0.114],
      [0.299, 0.587, 0.114],
    ])
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, pixels: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height) };
}

/** One page of a PDF rendered by poppler at `dpi`, in grey. */
export function renderPdfPage(file: string, page: number, dpi: number, outBase: string): GreyImage {
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', file, outBase]);
  const bytes = readFileSync(`${outBase}.pgm`);
  // P5 <width> <height> <max>\n<pixels>
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}

export interface ImageDifference {
  /** Mean absolute difference of all pixels, 0–255. */
  mean: number;
  /** Share of pixels that differ by more than a third of the range: ink where there was none. */
  strong: number;
}

/**
 * The image at 1/factor of its size, each pixel the mean of a factor × factor square: glyph edges
 * shaded differently by two anti-aliasing rasterisers average out, ink moved by a character does not.
 */
export function pooled(image: GreyImage, factor: number): GreyImage {
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy += 1)
        for (let dx = 0; dx < factor; dx += 1) sum += image.pixels[(y * factor + dy) * image.width + x * factor + dx]!;
      pixels[y * width + x] = Math.round(sum / (factor * factor));
    }
  }
  return { width, height, pixels };
}

/** A rectangle of pixels, left out of a comparison. */
export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Compares the common area of two images of (nearly) the same size, outside the boxes `skip`. */
export function difference(a: GreyImage, b: GreyImage, skip: readonly PixelBox[] = []): ImageDifference {
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  const skipped = (x: number, y: number) => skip.some((box) => x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height);
  let total = 0;
  let strong = 0;
  let counted = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (skip.length > 0 && skipped(x, y)) continue;
      const delta = Math.abs(a.pixels[y * a.width + x]! - b.pixels[y * b.width + x]!);
      total += delta;
      counted += 1;
      if (delta > 85) strong += 1;
    }
  }
  return { mean: total / counted, strong: strong / counted };
}
