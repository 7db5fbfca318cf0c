// Decodes a PNG to 8-bit grey or RGB samples plus an alpha plane, so the writer can flatten
// transparency and convert colour itself: print output may carry neither an SMask nor RGB.
// All colour types, bit depths 1–16, palettes, tRNS and Adam7 interlacing.
import { inflateSync } from 'node:zlib';

export interface DecodedPixels {
  width: number;
  height: number;
  /** 1 (grey) or 3 (RGB) samples per pixel. */
  channels: 1 | 3;
  samples: Uint8Array;
  /** One byte per pixel, 255 = opaque; null when the image has no transparency. */
  alpha: Uint8Array | null;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const SAMPLES_PER_PIXEL: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
// Adam7: x start, y start, x step, y step of the seven passes.
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;
const MAX_PIXELS = 100_000_000;

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the row filters in place; returns false on a bad filter type or short data. */
function unfilter(data: Uint8Array, start: number, rows: number, stride: number, bpp: number): boolean {
  if (start + rows * (stride + 1) > data.length) return false;
  for (let row = 0; row < rows; row++) {
    const line = start + row * (stride + 1) + 1;
    const previous = line - stride - 1;
    const type = data[line - 1];
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? (data[line + i - bpp] as number) : 0;
      const b = row > 0 ? (data[previous + i] as number) : 0;
      const c = row > 0 && i >= bpp ? (data[previous + i - bpp] as number) : 0;
      const x = data[line + i] as number;
      if (type === 0) continue;
      else if (type === 1) data[line + i] = (x + a) & 0xff;
      else if (type === 2) data[line + i] = (x + b) & 0xff;
      else if (type === 3) data[line + i] = (x + ((a + b) >> 1)) & 0xff;
      else if (type === 4) data[line + i] = (x + paeth(a, b, c)) & 0xff;
      else return false;
    }
  }
  return true;
}

/** The colour that tRNS marks transparent in a grey or RGB image, at full sample depth. */
function colorKey(transparency: Uint8Array | undefined, colorType: number, spp: number): number[] | undefined {
  if (transparency === undefined || colorType === 3 || transparency.length < spp * 2) return undefined;
  return Array.from({ length: spp }, (_, i) => ((transparency[i * 2] as number) << 8) | (transparency[i * 2 + 1] as number));
}

export function decodePng(bytes: Uint8Array): DecodedPixels | undefined {
  if (!SIGNATURE.every((value, index) => bytes[index] === value)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let depth = 0;
  let colorType = -1;
  let interlaced = false;
  let palette: Uint8Array | undefined;
  let transparency: Uint8Array | undefined;
  const idat: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR' && body.length >= 13) {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      depth = body[8] as number;
      colorType = body[9] as number;
      interlaced = body[12] === 1;
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const spp = SAMPLES_PER_PIXEL[colorType];
  if (spp === undefined || width <= 0 || height <= 0 || width * height > MAX_PIXELS || ![1, 2, 4, 8, 16].includes(depth)) return undefined;
  if (colorType === 3 && palette === undefined) return undefined;
  let data: Uint8Array;
  try {
    data = inflateSync(Buffer.concat(idat));
  } catch {
    return undefined;
  }

  const colour = colorType === 2 || colorType === 3 || colorType === 6;
  const channels = colour ? 3 : 1;
  const samples = new Uint8Array(width * height * channels);
  const hasAlpha = colorType === 4 || colorType === 6 || transparency !== undefined;
  const alpha = hasAlpha ? new Uint8Array(width * height).fill(255) : null;
  const bitsPerPixel = spp * depth;
  const bpp = Math.max(1, bitsPerPixel >> 3);
  const maxValue = (1 << Math.min(depth, 8)) - 1;
  // A tRNS colour key is compared at full depth; sample values are then scaled to 8 bits.
  const key = colorKey(transparency, colorType, spp);
  const to8 = (value: number) => (depth === 16 ? value >> 8 : depth < 8 ? Math.round((value * 255) / maxValue) : value);
  const raw: number[] = new Array<number>(spp).fill(0);

  let offset = 0;
  for (const [xs, ys, dx, dy] of interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const)) {
    const passWidth = Math.ceil((width - xs) / dx);
    const passHeight = Math.ceil((height - ys) / dy);
    if (passWidth <= 0 || passHeight <= 0) continue;
    const stride = Math.ceil((passWidth * bitsPerPixel) / 8);
    if (!unfilter(data, offset, passHeight, stride, bpp)) return undefined;
    for (let row = 0; row < passHeight; row++) {
      const line = offset + row * (stride + 1) + 1;
      for (let col = 0; col < passWidth; col++) {
        for (let s = 0; s < spp; s++) {
          const bit = (col * spp + s) * depth;
          const byte = data[line + (bit >> 3)] as number;
          if (depth === 16) raw[s] = (byte << 8) | (data[line + (bit >> 3) + 1] as number);
          else if (depth === 8) raw[s] = byte;
          else raw[s] = (byte >> (8 - depth - (bit & 7))) & maxValue;
        }
        const pixel = (ys + row * dy) * width + xs + col * dx;
        if (colorType === 3) {
          const index = raw[0] as number;
          for (let c = 0; c < 3; c++) samples[pixel * 3 + c] = palette![index * 3 + c] ?? 0;
          if (alpha !== null) alpha[pixel] = transparency![index] ?? 255;
        } else {
          for (let c = 0; c < channels; c++) samples[pixel * channels + c] = to8(raw[c] as number);
          if (spp === 2 || spp === 4) alpha![pixel] = to8(raw[spp - 1] as number);
          else if (key !== undefined && raw.every((value, i) => value === key[i])) alpha![pixel] = 0;
        }
      }
    }
    offset += passHeight * (stride + 1);
  }
  return { width, height, channels, samples, alpha };
}
