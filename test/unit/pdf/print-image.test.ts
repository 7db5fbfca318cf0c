// Photos as the plate gets them: CMYK (or grey) JPEGs at 200–300 ppi where placed, never more than
// 240 % total ink, and the same bytes every time; then one photo on a page, judged by poppler,
// Ghostscript and the shared preflight script.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledFont } from '../../../electron/services/fonts/bundled-fonts';
import { cmykTiff } from '../../../electron/services/pdf/cmyk-tiff';
import { inkUnits, limitTotalInk, maxTotalInk } from '../../../electron/services/pdf/ink-limit';
import {
  MAX_PRINT_PPI,
  MAX_TOTAL_INK,
  MIN_PRINT_PPI,
  photoHeader,
  printImage,
  printSize,
} from '../../../electron/services/pdf/print-image';
import { writePdf } from '../../../electron/services/pdf/write-pdf';
import { mm, mmToPt, pt } from '../../../shared/units/units';
import { HAS_PDF_CHECK, PDF_CHECK, renderGrey, run } from './pdf-tools';
import { sharpPhoto } from './test-images';

/** A photo-like sRGB picture: deep shadows, saturated darks and noise, the hardest case for total ink. */
async function darkPhoto(width: number, height: number, format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let state = 12345;
  const noise = () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 24) / 8;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      const band = Math.floor((x * 6) / width);
      const shade = (y * 255) / height;
      const colour = [
        [0, 0, 0],
        [shade, 0, 0],
        [0, shade / 3, shade],
        [shade / 4, shade / 4, shade / 4],
        [shade, shade, 0],
        [20, 0, 40],
      ][band]!;
      for (let c = 0; c < 3; c++) pixels[at + c] = Math.min(255, colour[c]! + noise());
    }
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });
  return format === 'jpeg' ? image.jpeg({ quality: 92 }).toBuffer() : image.png().toBuffer();
}

/** The embedded JPEG's own samples, as the RIP reads them (no colour conversion). */
async function cmykSamples(data: Uint8Array): Promise<{ samples: Buffer; channels: number }> {
  const { data: samples, info } = await sharp(data)
    .pipelineColourspace('cmyk')
    .toColourspace('cmyk')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { samples, channels: info.channels };
}

const ptPerPixel = (widthMm: number, pixels: number) => mmToPt(mm(widthMm)) / pixels;

/** The whole photo printed at `scale` pt per pixel (undefined for bytes that are no picture). */
async function printWhole(bytes: Uint8Array, scale: number) {
  const size = (await photoHeader(bytes)) ?? { width: 1, height: 1 };
  return printImage(bytes, { left: 0, top: 0, width: size.width, height: size.height, output: printSize(size, scale) });
}

describe('total ink', () => {
  it('limits every pixel, replacing grey with black first and keeping pixels within the limit as they are', () => {
    const samples = new Uint8Array([255, 255, 255, 255, 10, 20, 30, 40, 200, 200, 0, 255, 250, 180, 160, 100]);
    limitTotalInk(samples, 240);
    expect(maxTotalInk(samples)).toBeLessThanOrEqual(240);
    expect([...samples.subarray(4, 8)]).toEqual([10, 20, 30, 40]);
    // Four plates full: K stays full, C, M and Y share what is left equally.
    expect(samples[3]).toBe(255);
    expect(samples[0]).toBe(samples[1]);
    // A dark brown: its grey goes to black, the hue stays (C < Y < M).
    expect(samples[15]).toBeGreaterThan(100);
    expect(samples[12]! > samples[13]! && samples[13]! > samples[14]!).toBe(true);
    let state = 7;
    const random = new Uint8Array(40_000).map(() => (state = (state * 1103515245 + 12345) >>> 0) >>> 24);
    expect(maxTotalInk(limitTotalInk(random, 240))).toBeLessThanOrEqual(240);
    expect(inkUnits(240)).toBe(612);
  });
});

describe('a photo for the plate', () => {
  it('is converted to CMYK within 240 % total ink, measured on the embedded data', async () => {
    const image = await printWhole(await darkPhoto(1200, 800), ptPerPixel(100, 1200));
    expect(image).toMatchObject({ colorSpace: 'DeviceCMYK', filter: 'DCTDecode', width: 1181, height: 787 });
    const { samples, channels } = await cmykSamples(image!.data);
    expect(channels).toBe(4);
    const ink = maxTotalInk(samples);
    expect(ink).toBeLessThanOrEqual(MAX_TOTAL_INK);
    // The shadows are really dark: the limit is reached, not avoided.
    expect(ink).toBeGreaterThan(220);
  });

  it('separates red into magenta and yellow, and keeps the separation of a CMYK photo', async () => {
    const red = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#ff0000' } })
      .png()
      .toBuffer();
    const { samples } = await cmykSamples((await printWhole(red, 1))!.data);
    expect(samples[0]).toBeLessThan(8);
    expect(samples[1]).toBeGreaterThan(200);
    expect(samples[2]).toBeGreaterThan(200);
    const plates = Buffer.alloc(16 * 16 * 4);
    for (let i = 0; i < plates.length; i += 4) plates.set([0, 0, 0, 200], i);
    const black = await sharp(cmykTiff(16, 16, plates))
      .pipelineColourspace('cmyk')
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer();
    const kept = await cmykSamples((await printWhole(black, 1))!.data);
    expect(Math.max(kept.samples[0]!, kept.samples[1]!, kept.samples[2]!)).toBeLessThan(4);
    expect(kept.samples[3]).toBeGreaterThan(195);
  });

  it('keeps a small photo placed large as it is and downsamples a huge one to 300 ppi', async () => {
    expect(printSize({ width: 300, height: 200 }, ptPerPixel(200, 300))).toEqual({ width: 300, height: 200 });
    const small = await printWhole(await sharpPhoto('jpg', 300, 200), ptPerPixel(200, 300));
    expect(small).toMatchObject({ width: 300, height: 200 });
    const huge = await printWhole(await sharpPhoto('jpg', 6000, 4000), ptPerPixel(100, 6000));
    const ppi = huge!.width / (100 / 25.4);
    expect(ppi).toBeLessThanOrEqual(MAX_PRINT_PPI);
    expect(ppi).toBeGreaterThan(MAX_PRINT_PPI - 1);
    expect(ppi).toBeGreaterThanOrEqual(MIN_PRINT_PPI);
    expect(huge!.height).toBe(Math.floor((4000 * huge!.width) / 6000));
  });

  it('keeps grey photos grey, applies EXIF orientation and lays transparency over white', async () => {
    const grey = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#808080' } })
      .toColourspace('b-w')
      .jpeg()
      .toBuffer();
    const printed = await printWhole(grey, 1);
    expect(printed).toMatchObject({ colorSpace: 'DeviceGray', decode: null, width: 40, height: 20 });
    expect((await sharp(printed!.data).metadata()).channels).toBe(1);
    const turned = await sharp(await sharpPhoto('jpg', 40, 20))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    expect(await printWhole(turned, 1)).toMatchObject({ width: 20, height: 40 });
    const clear = await sharp({ create: { width: 8, height: 8, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const { samples } = await cmykSamples((await printWhole(clear, 1))!.data);
    expect(maxTotalInk(samples)).toBeLessThan(3);
  });

  it('gives the same bytes every time, without metadata', async () => {
    const photo = await darkPhoto(600, 400, 'png');
    const first = await printWhole(photo, 0.5);
    const second = await printWhole(photo, 0.5);
    expect(Buffer.compare(Buffer.from(first!.data), Buffer.from(second!.data))).toBe(0);
    const meta = await sharp(first!.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
  });

  it('gives nothing for bytes that do not decode', async () => {
    const jpeg = await sharpPhoto('jpg', 200, 100);
    expect(await printWhole(jpeg.subarray(0, jpeg.length >> 1), 1)).toBeUndefined();
    expect(await printWhole(Buffer.from('\x89PNG\r\n\x1a\nnot a picture'), 1)).toBeUndefined();
  });
});

describe('a 6000 × 4000 sRGB photo on a page', () => {
  let dir: string;
  let file: string;
  let write: () => Promise<Buffer>;
  const frame = { x: 36, y: 36, width: mmToPt(mm(150)), height: mmToPt(mm(100)) };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'pdf-photo-'));
    const photo = path.join(dir, 'photo.jpg');
    writeFileSync(photo, await darkPhoto(6000, 4000));
    const serif = await loadBundledFont('serif-regular');
    write = () =>
      writePdf(
        [
          {
            pageId: 'p',
            label: 'A1',
            width: pt(frame.width + 72),
            height: pt(frame.height + 72),
            items: [{ type: 'image', x: pt(frame.x), y: pt(frame.y), width: pt(frame.width), height: pt(frame.height), assetId: 'photo' }],
          },
        ],
        {
          bleedMm: 0,
          cropMarks: false,
          info: { title: 'photo', creationDate: new Date(Date.UTC(2025, 4, 9)) },
          fonts: () => serif,
          assetPath: () => photo,
        },
      );
    const bytes = await write();
    file = path.join(dir, 'photo.pdf');
    writeFileSync(file, bytes);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('embeds a CMYK JPEG at 200–300 ppi at its placed size', () => {
    const list = run('pdfimages', ['-list', file]).stdout.split('\n');
    const row = list
      .find((line) => /\bimage\b/.test(line))!
      .trim()
      .split(/\s+/);
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi …
    expect(row[5]).toBe('cmyk');
    expect(row[6]).toBe('4');
    expect(row[8]).toBe('jpeg');
    for (const ppi of [Number(row[12]), Number(row[13])]) {
      expect(ppi).toBeGreaterThanOrEqual(MIN_PRINT_PPI);
      expect(ppi).toBeLessThanOrEqual(MAX_PRINT_PPI);
    }
  });

  it('stays within 240 % total ink as Ghostscript separates the page', async () => {
    const tiff = path.join(dir, 'plates.tif');
    run('gs', ['-q', '-o', tiff, '-sDEVICE=tiff32nc', '-r100', file]);
    const { data } = await sharp(readFileSync(tiff))
      .pipelineColourspace('cmyk')
      .toColourspace('cmyk')
      .raw()
      .toBuffer({ resolveWithObject: true });
    const ink = maxTotalInk(data);
    expect(ink).toBeLessThanOrEqual(MAX_TOTAL_INK);
    expect(ink).toBeGreaterThan(200);
  });

  it('is written the same, byte for byte, every time', async () => {
    expect(Buffer.compare(await write(), readFileSync(file))).toBe(0);
  });

  it.skipIf(!HAS_PDF_CHECK)('passes the printer-style preflight with 0 problems', () => {
    const result = run(PDF_CHECK, [file, path.join(dir, 'check')]);
    expect(result.stdout, result.stdout).toContain('pdf-check: 0 problems');
  });

  it('prints the photo: dark shadows on the left, white margins around it', () => {
    const image = renderGrey(file, dir);
    const at = (x: number, y: number) => image.pixels[Math.round(y) * image.width + Math.round(x)]!;
    expect(at(frame.x + 10, frame.y + 10)).toBeLessThan(60);
    expect(at(10, 10)).toBe(255);
  });
});
