// A cropped photo as the plate gets it: only the part that shows is embedded, filling the frame,
// and an export that finds the conversion in the workspace's print cache writes the same bytes.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrintCache, printCacheDir } from '../../../electron/services/export/print-cache';
import { loadBundledFont } from '../../../electron/services/fonts/bundled-fonts';
import { writePdf } from '../../../electron/services/pdf/write-pdf';
import type { ImageItem } from '../../../shared/display/display-list';
import type { PhotoCrop } from '../../../shared/photo/photo-crop';
import { mm, mmToPt, pt } from '../../../shared/units/units';
import { renderGrey, run } from './pdf-tools';

/** Left half black, right half white: which half prints shows which part was cut out. */
async function halves(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3, 255);
  for (let y = 0; y < height; y++) pixels.fill(0, y * width * 3, (y * width + width / 2) * 3);
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
}

describe('a cropped photo in the PDF', () => {
  let dir: string;
  const frame = { x: pt(36), y: pt(36), width: mmToPt(mm(50)), height: mmToPt(mm(50)) };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'pdf-crop-'));
    writeFileSync(path.join(dir, 'photo.jpg'), await halves(1600, 800));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function exportWith(crop: PhotoCrop | undefined, name: string, cache = false, photo = 'photo.jpg'): Promise<string> {
    const serif = await loadBundledFont('serif-regular');
    const printCache = createPrintCache(dir);
    const item: ImageItem = { type: 'image', ...frame, assetId: 'photo', ...(crop ? { crop } : {}) };
    const bytes = await writePdf(
      [{ pageId: 'p', label: 'A1', width: pt(frame.width + 72), height: pt(frame.height + 72), items: [item] }],
      {
        bleedMm: 0,
        cropMarks: false,
        info: { title: 'crop', creationDate: new Date(Date.UTC(2025, 4, 9)) },
        fonts: () => serif,
        assetPath: () => path.join(dir, photo),
        ...(cache ? { printCache } : {}),
      },
    );
    await printCache.commit();
    const file = path.join(dir, `${name}.pdf`);
    writeFileSync(file, bytes);
    return file;
  }

  function embeddedSize(file: string): { width: number; height: number } {
    const row = run('pdfimages', ['-list', file])
      .stdout.split('\n')
      .find((line) => /\bimage\b/.test(line))!
      .trim()
      .split(/\s+/);
    return { width: Number(row[3]), height: Number(row[4]) };
  }

  it('embeds the square that shows, not the whole 2:1 picture', async () => {
    // 50 mm at 300 ppi is 590 pixels: the 800-pixel square in the middle is downsampled to it.
    expect(embeddedSize(await exportWith(undefined, 'centred'))).toEqual({ width: 590, height: 590 });
  });

  it('prints the part the crop chose: the black half when its centre is moved left', async () => {
    const left = renderGrey(await exportWith({ zoom: 1, centerX: 0, centerY: 0.5 }, 'left'), dir);
    const right = renderGrey(await exportWith({ zoom: 1, centerX: 1, centerY: 0.5 }, 'right'), dir);
    const middle = (image: typeof left) =>
      image.pixels[Math.round(frame.y + frame.height / 2) * image.width + Math.round(frame.x + frame.width / 2)]!;
    expect(middle(left)).toBeLessThan(40);
    expect(middle(right)).toBeGreaterThan(215);
  });

  it('embeds fewer pixels when zoomed in, since fewer of the picture’s pixels show', async () => {
    // 4× zoom shows 200 × 200 pixels of the picture: kept as they are (below 300 ppi, never upsampled).
    expect(embeddedSize(await exportWith({ zoom: 4, centerX: 0.5, centerY: 0.5 }, 'zoomed'))).toEqual({ width: 200, height: 200 });
  });

  it('writes the same bytes from the print cache as from a fresh conversion', async () => {
    const fresh = await exportWith(undefined, 'fresh');
    const first = await exportWith(undefined, 'cached-1', true);
    expect(readdirSync(printCacheDir(dir)).filter((name) => name.endsWith('.jpg'))).toHaveLength(1);
    const second = await exportWith(undefined, 'cached-2', true);
    expect(Buffer.compare(readFileSync(first), readFileSync(fresh))).toBe(0);
    expect(Buffer.compare(readFileSync(second), readFileSync(fresh))).toBe(0);
  });

  it('needs neither the photo nor its header once the cache holds the conversion and the size', async () => {
    const fresh = await exportWith(undefined, 'fresh-2');
    await exportWith(undefined, 'warm', true);
    // The asset id names the bytes, so the cache may answer for a photo it cannot read now.
    const cachedOnly = await exportWith(undefined, 'cached-only', true, 'elsewhere.jpg');
    expect(Buffer.compare(readFileSync(cachedOnly), readFileSync(fresh))).toBe(0);
  });

  it('reads the photo again when the size entry is torn', async () => {
    const fresh = await exportWith(undefined, 'fresh-3');
    await exportWith(undefined, 'warm-2', true);
    const sizeEntry = path.join(printCacheDir(dir), `${createHash('sha256').update('size:photo').digest('hex')}.json`);
    writeFileSync(sizeEntry, '{"key":"size:photo","wid');
    expect(Buffer.compare(readFileSync(await exportWith(undefined, 'torn', true)), readFileSync(fresh))).toBe(0);
    // And the torn entry is replaced by a whole one.
    expect(JSON.parse(readFileSync(sizeEntry, 'utf8'))).toEqual({ key: 'size:photo', width: 1600, height: 800 });
  });
});
