// Photo files for the image tests: PNGs encoded here (any colour type, optionally interlaced)
// and JPEGs made by Ghostscript's jpeg, jpeggray and jpegcmyk devices, with an EXIF
// orientation spliced in when asked.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** An 8-bit PNG; `pixel(x, y)` gives the samples of colour type `colorType` (0 grey, 2 RGB, 4 grey+alpha, 6 RGBA). */
export function encodePng(
  width: number,
  height: number,
  colorType: 0 | 2 | 4 | 6,
  pixel: (x: number, y: number) => number[],
  interlaced = false,
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colorType, 0, 0, interlaced ? 1 : 0], 8);
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colorType];
  const rows: number[] = [];
  for (const [xs, ys, dx, dy] of interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const)) {
    let previous: number[] = [];
    for (let y = ys, row = 0; y < height && xs < width; y += dy, row++) {
      const line: number[] = [];
      for (let x = xs; x < width; x += dx) line.push(...pixel(x, y));
      // Every filter type in turn, so the decoder undoes each of them.
      const type = row % 5;
      rows.push(type);
      for (let i = 0; i < line.length; i++) {
        const a = i >= channels ? (line[i - channels] as number) : 0;
        const b = previous[i] ?? 0;
        const c = i >= channels ? (previous[i - channels] ?? 0) : 0;
        const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][type] as number;
        rows.push(((line[i] as number) - predictor) & 0xff);
      }
      previous = line;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Uint8Array.from(rows))),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export type JpegDevice = 'jpeg' | 'jpeggray' | 'jpegcmyk';

/**
 * A `width` × `height` px JPEG: the left half black, the right half `right` (RGB 0–1), drawn by
 * Ghostscript at 72 dpi.
 */
export function makeJpeg(dir: string, device: JpegDevice, width: number, height: number, right: [number, number, number]): Buffer {
  const source = path.join(dir, `${device}-${width}x${height}.ps`);
  const out = path.join(dir, `${device}-${width}x${height}.jpg`);
  writeFileSync(
    source,
    `%!PS\n<< /PageSize [${width} ${height}] >> setpagedevice\n0 setgray 0 0 ${width / 2} ${height} rectfill\n${right.join(' ')} setrgbcolor ${width / 2} 0 ${width / 2} ${height} rectfill\nshowpage\n`,
  );
  execFileSync('gs', ['-q', '-o', out, `-sDEVICE=${device}`, '-r72', '-dJPEGQ=95', source]);
  return readFileSync(out);
}

/** The JPEG with an APP1 Exif segment holding only an orientation tag, right after SOI. */
export function withOrientation(jpeg: Buffer, orientation: number): Buffer {
  // Big-endian TIFF: header, one IFD with one SHORT entry (0x0112), no next IFD.
  const tiff = Buffer.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xffe1, 0);
  segment.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, body, jpeg.subarray(2)]);
}

/** A real photo file made by sharp: a gradient over `width` × `height` in sRGB, as JPEG, PNG or TIFF. */
export async function sharpPhoto(format: 'jpg' | 'png' | 'tif', width: number, height: number, seed = 0): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      pixels[at] = (x * 255) / Math.max(1, width - 1);
      pixels[at + 1] = (y * 255) / Math.max(1, height - 1);
      pixels[at + 2] = (seed * 37) & 0xff;
    }
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });
  if (format === 'jpg') return image.jpeg({ quality: 90 }).toBuffer();
  if (format === 'png') return image.png().toBuffer();
  return image.tiff({ compression: 'lzw' }).toBuffer();
}
