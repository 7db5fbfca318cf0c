import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisplayItem, ImageItem } from '../../../shared/display/display-list';
import { loadBundledFont } from '../../../electron/services/fonts/bundled-fonts';
import { writePdf } from '../../../electron/services/pdf/write-pdf';
import { pt } from '../../../shared/units/units';
import type { GreyImage } from './pdf-tools';
import { HAS_PDF_CHECK, inkCoverage, PDF_CHECK, qdf, renderGrey, run } from './pdf-tools';
import { encodePng, makeJpeg, withOrientation } from './test-images';

interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

const FRAMES = {
  rgbJpeg: { x: 10, y: 10, width: 80, height: 40 },
  greyJpeg: { x: 100, y: 10, width: 80, height: 40 },
  cmykJpeg: { x: 190, y: 10, width: 80, height: 40 },
  // Stored 40 × 20 (left half black), EXIF 6: shown 20 × 40 with the top half black.
  rotatedJpeg: { x: 10, y: 70, width: 40, height: 80 },
  // 40 × 20, black bands in columns 0–9 and 30–39, transparent between: covering a square shows only the middle.
  coverPng: { x: 120, y: 70, width: 100, height: 100 },
  // Interlaced grey + alpha, top half black.
  interlacedPng: { x: 10, y: 170, width: 30, height: 30 },
  // 1200 px across on 72 pt: 1200 ppi, downsampled by 4.
  largePng: { x: 310, y: 10, width: 72, height: 72 },
  // Files that cannot be used: a JPEG cut short and a TIFF.
  damagedJpeg: { x: 250, y: 190, width: 40, height: 40 },
  tiff: { x: 310, y: 190, width: 40, height: 40 },
} satisfies Record<string, Frame>;

let dir: string;
let file: string;
let qdfText: string;
let image: GreyImage;

/** Mean grey (0 black … 255 white) of a region in trim coordinates, one pixel per point. */
function mean(region: Frame): number {
  let sum = 0;
  let count = 0;
  for (let y = Math.round(region.y); y < region.y + region.height; y++) {
    for (let x = Math.round(region.x); x < region.x + region.width; x++) {
      sum += image.pixels[y * image.width + x] ?? 255;
      count++;
    }
  }
  return sum / count;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pdf-images-'));
  const files: Record<string, Buffer> = {
    rgbJpeg: makeJpeg(dir, 'jpeg', 40, 20, [1, 0, 0]),
    greyJpeg: makeJpeg(dir, 'jpeggray', 40, 20, [1, 1, 1]),
    cmykJpeg: makeJpeg(dir, 'jpegcmyk', 40, 20, [1, 1, 1]),
    rotatedJpeg: withOrientation(makeJpeg(dir, 'jpeg', 40, 20, [1, 1, 1]), 6),
    coverPng: encodePng(40, 20, 6, (x) => (x < 10 || x >= 30 ? [0, 0, 0, 255] : [0, 0, 0, 0])),
    interlacedPng: encodePng(16, 16, 4, (_, y) => (y < 8 ? [0, 255] : [255, 255]), true),
    largePng: encodePng(1200, 1200, 0, (x, y) => [(x + y) % 2 === 0 ? 0 : 255]),
  };
  const damaged = makeJpeg(dir, 'jpeg', 40, 20, [0, 0, 1]);
  files.damagedJpeg = damaged.subarray(0, damaged.length >> 1);
  files.tiff = Buffer.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 0, 0]);
  const assets = new Map<string, string>();
  for (const [name, bytes] of Object.entries(files)) {
    const asset = path.join(dir, `${name}.bin`);
    writeFileSync(asset, bytes);
    assets.set(name, asset);
  }
  const items: DisplayItem[] = Object.entries(FRAMES).map(([name, frame]): ImageItem => ({
    type: 'image',
    x: pt(frame.x),
    y: pt(frame.y),
    width: pt(frame.width),
    height: pt(frame.height),
    assetId: name,
  }));
  const serif = await loadBundledFont('serif-regular');
  const bytes = await writePdf([{ pageId: 'p', label: 'A2', width: pt(400), height: pt(260), items }], {
    bleedMm: 0,
    cropMarks: false,
    info: { title: 'images', creationDate: new Date(Date.UTC(2025, 4, 9)) },
    fonts: () => serif,
    assetPath: (assetId) => assets.get(assetId),
  });
  file = path.join(dir, 'images.pdf');
  writeFileSync(file, bytes);
  qdfText = qdf(file);
  image = renderGrey(file, dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('photos in the PDF', () => {
  // The script lives beside the project (../shared/tools); without it this check shows as skipped.
  it.skipIf(!HAS_PDF_CHECK)('passes the preflight script', () => {
    const result = run(PDF_CHECK, [file, path.join(dir, 'check')]);
    expect(result.stdout, result.stdout).toContain('pdf-check: 0 problems');
  });

  it('draws no RGB image and no soft mask', () => {
    expect(qdfText).not.toMatch(/DeviceRGB|\/SMask|\/Mask/);
  });

  it('embeds every photo as a JPEG: grey ones grey, colour ones (CMYK too) converted to CMYK', () => {
    expect(qdfText.match(/\/Filter \/DCTDecode/g)).toHaveLength(7);
    expect(qdfText.match(/\/ColorSpace \/DeviceCMYK/g)!.length).toBeGreaterThanOrEqual(3);
    expect(qdfText).toMatch(/\/ColorSpace \/DeviceGray/);
    // Red is magenta + yellow; the profile's black adds some cyan and yellow under K.
    const ink = inkCoverage(file);
    expect(ink.m).toBeGreaterThan(0.01);
    expect(ink.y).toBeGreaterThan(0.01);
    expect(ink.c).toBeLessThan(ink.y);
    expect(ink.k).toBeGreaterThan(0.01);
  });

  it('draws each JPEG the right way round and the right way up', () => {
    for (const name of ['rgbJpeg', 'greyJpeg', 'cmykJpeg'] as const) {
      const { x, y, width, height } = FRAMES[name];
      expect(mean({ x: x + 2, y: y + 2, width: width / 2 - 4, height: height - 4 }), `${name} left`).toBeLessThan(40);
      expect(mean({ x: x + width / 2 + 2, y: y + 2, width: width / 2 - 4, height: height - 4 }), `${name} right`).toBeGreaterThan(
        name === 'rgbJpeg' ? 60 : 215,
      );
    }
    const { x, y, width, height } = FRAMES.rotatedJpeg;
    expect(mean({ x: x + 2, y: y + 2, width: width - 4, height: height / 2 - 4 })).toBeLessThan(40);
    expect(mean({ x: x + 2, y: y + height / 2 + 2, width: width - 4, height: height / 2 - 4 })).toBeGreaterThan(215);
  });

  it('covers the frame, clips the rest, and lays transparency over white', () => {
    const { x, y, width, height } = FRAMES.coverPng;
    expect(mean({ x: x + 1, y: y + 1, width: width - 2, height: height - 2 })).toBeGreaterThan(250);
    // The black bands fall outside the frame, where the clip removes them.
    expect(mean({ x: x - 48, y: y + 2, width: 46, height: height - 4 })).toBe(255);
    expect(mean({ x: x + width + 2, y: y + 2, width: 46, height: height - 4 })).toBe(255);
  });

  it('decodes interlaced PNGs and downsamples far-too-fine ones', () => {
    const { x, y, width, height } = FRAMES.interlacedPng;
    expect(mean({ x: x + 1, y: y + 1, width: width - 2, height: height / 2 - 2 })).toBeLessThan(40);
    expect(mean({ x: x + 1, y: y + height / 2 + 1, width: width - 2, height: height / 2 - 2 })).toBeGreaterThan(215);
    expect(qdfText).toMatch(/\/Width 300\b/);
    expect(qdfText).toMatch(/\/Height 300\b/);
    // A 1-px checkerboard averaged 4 × 4: mid grey.
    expect(mean(FRAMES.largePng)).toBeGreaterThan(100);
    expect(mean(FRAMES.largePng)).toBeLessThan(160);
  });

  it('draws a placeholder for a photo it cannot read', () => {
    for (const name of ['damagedJpeg', 'tiff'] as const) {
      const frame = FRAMES[name];
      // A light grey frame with a cross: some ink, far from a photo's.
      expect(mean(frame), name).toBeLessThan(254);
      expect(mean(frame), name).toBeGreaterThan(200);
    }
    expect(qdfText.match(/\/Subtype \/Image/g)).toHaveLength(7);
  });
});
