import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FontKey } from '../../../shared/display/display-list';
import type { BundledFont } from '../../../electron/services/fonts/bundled-fonts';
import { FONT_KEYS, loadBundledFont } from '../../../electron/services/fonts/bundled-fonts';
import type { WritePdfOptions } from '../../../electron/services/pdf/write-pdf';
import { writePdf } from '../../../electron/services/pdf/write-pdf';
import type { Fixture, FontSet } from './fixture-pages';
import { fixturePage, runBox, TRIM_HEIGHT, TRIM_WIDTH } from './fixture-pages';
import { extractText, fonts as pdfFonts, HAS_PDF_CHECK, inkCoverage, PDF_CHECK, pageBoxes, qdf, renderGrey, run } from './pdf-tools';

const MM = 72 / 25.4;
const DARK = 128;

let dir: string;
let faces: Record<FontKey, BundledFont>;
let fixture: Fixture;
let plainFile: string;
let plainBytes: Buffer;
let markedFile: string;
const progress: Array<[number, number]> = [];

function options(overrides: Partial<WritePdfOptions> = {}): WritePdfOptions {
  return {
    bleedMm: 0,
    cropMarks: false,
    info: { title: '开发区建设 第14期 A1', subject: '科学导报', creationDate: new Date(Date.UTC(2025, 4, 9, 0, 0, 0)) },
    fonts: (key) => faces[key],
    assetPath: () => undefined,
    ...overrides,
  };
}

function save(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pdf-writer-'));
  const loaded = await Promise.all(FONT_KEYS.map((key) => loadBundledFont(key)));
  faces = Object.fromEntries(loaded.map((face) => [face.key, face])) as Record<FontKey, BundledFont>;
  fixture = fixturePage(Object.fromEntries(loaded.map((face) => [face.key, face.metrics])) as FontSet);
  plainBytes = await writePdf([fixture.page], options());
  plainFile = save('plain.pdf', plainBytes);
  markedFile = save(
    'marked.pdf',
    await writePdf(
      [fixture.page, fixture.page],
      options({ bleedMm: 3, cropMarks: true, onPage: (index, total) => progress.push([index, total]) }),
    ),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the PDF writer', () => {
  it.skipIf(!HAS_PDF_CHECK)('passes the preflight script with no problems, with and without bleed and marks', () => {
    for (const file of [plainFile, markedFile]) {
      const result = run(PDF_CHECK, [file, path.join(dir, `check-${path.basename(file)}`)]);
      expect(result.stdout, result.stdout).toContain('pdf-check: 0 problems');
      expect(result.status).toBe(0);
    }
  });

  it('embeds every face as a subset with a ToUnicode map, under stable tags', () => {
    const found = pdfFonts(plainFile);
    expect(found.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansSC-Bold', 'NotoSerifSC-Regular']);
    for (const font of found) {
      expect(font, font.name).toMatchObject({ type: 'CID TrueType', emb: 'yes', sub: 'yes', uni: 'yes' });
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it('sizes the page to the trim without bleed, and to trim + bleed + slug with marks', () => {
    const plain = pageBoxes(plainFile);
    expect(plain.width).toBeCloseTo(TRIM_WIDTH, 1);
    expect(plain.height).toBeCloseTo(TRIM_HEIGHT, 1);
    expect(plain.width).toBeCloseTo(1105.5, 0);
    expect(plain.height).toBeCloseTo(1530.7, 0);
    for (const name of ['MediaBox', 'CropBox', 'BleedBox', 'TrimBox']) {
      expect(plain.boxes[name], name).toEqual({ x1: 0, y1: 0, x2: expect.closeTo(TRIM_WIDTH, 1), y2: expect.closeTo(TRIM_HEIGHT, 1) });
    }

    const marked = pageBoxes(markedFile);
    const margin = 13 * MM;
    expect(marked.width).toBeCloseTo(TRIM_WIDTH + 2 * margin, 1);
    expect(marked.height).toBeCloseTo(TRIM_HEIGHT + 2 * margin, 1);
    expect(marked.boxes.TrimBox!.x1).toBeCloseTo(margin, 1);
    expect(marked.boxes.TrimBox!.x2 - marked.boxes.TrimBox!.x1).toBeCloseTo(TRIM_WIDTH, 1);
    expect(marked.boxes.TrimBox!.y2 - marked.boxes.TrimBox!.y1).toBeCloseTo(TRIM_HEIGHT, 1);
    expect(marked.boxes.BleedBox!.x1).toBeCloseTo(10 * MM, 1);
    expect(marked.boxes.BleedBox!.x2 - marked.boxes.BleedBox!.x1).toBeCloseTo(TRIM_WIDTH + 6 * MM, 1);
    expect(marked.boxes.BleedBox!.y2 - marked.boxes.BleedBox!.y1).toBeCloseTo(TRIM_HEIGHT + 6 * MM, 1);
  });

  it('sizes a bleed-only page to trim + 6 mm', async () => {
    const file = save('bleed.pdf', await writePdf([fixture.page], options({ bleedMm: 3 })));
    const { width, height, boxes } = pageBoxes(file);
    expect(width).toBeCloseTo(TRIM_WIDTH + 6 * MM, 1);
    expect(height).toBeCloseTo(TRIM_HEIGHT + 6 * MM, 1);
    expect(boxes.TrimBox).toEqual({
      x1: expect.closeTo(3 * MM, 1),
      y1: expect.closeTo(3 * MM, 1),
      x2: expect.closeTo(TRIM_WIDTH + 3 * MM, 1),
      y2: expect.closeTo(TRIM_HEIGHT + 3 * MM, 1),
    });
    expect(boxes.BleedBox).toEqual(boxes.MediaBox);
  });

  it('gives back the laid-out text when the text is extracted', async () => {
    const [page] = await extractText(plainBytes);
    const expected = fixture.runs.map((run) => run.text).join('');
    expect(page!.replace(/\s+/g, '')).toBe(expected.replace(/\s+/g, ''));
  });

  it('places every word where the layout put its first glyph', () => {
    // pdftotext -bbox gives each word's box from the glyphs the PDF actually positions.
    const starts = fixture.runs.flatMap((run) => run.glyphs.map((glyph) => ({ x: run.x + glyph.x, y: run.y as number, text: glyph.text })));
    const words = [
      ...run('pdftotext', ['-bbox', plainFile, '-']).stdout.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)<\/word>/g,
      ),
    ];
    expect(words.length).toBeGreaterThan(20);
    for (const [, xMin, yMin, yMax, text] of words) {
      const found = starts.find(
        (glyph) =>
          Math.abs(glyph.x - Number(xMin)) < 0.01 && glyph.y > Number(yMin) && glyph.y < Number(yMax) && text!.startsWith(glyph.text),
      );
      expect(found, `${text} at ${xMin}`).toBeDefined();
    }
  });

  it('draws ink inside every glyph run and nowhere nothing was laid out', () => {
    const image = renderGrey(plainFile, dir);
    expect(image.width).toBe(Math.ceil(TRIM_WIDTH));
    const dark = (x: number, y: number) => (image.pixels[y * image.width + x] ?? 255) < DARK;
    for (const run of fixture.runs) {
      const box = runBox(run);
      let count = 0;
      for (let y = Math.floor(box.y); y < box.y + box.height; y++)
        for (let x = Math.floor(box.x); x < box.x + box.width; x++) if (dark(x, y)) count++;
      // A blank-glyph subset extracts fine but leaves these boxes empty.
      const visible = [...run.text].filter((ch) => ch.trim() !== '').length;
      expect(count, `ink in "${run.text}"`).toBeGreaterThan(visible * run.size * 0.3);
    }
    const inked = (x: number, y: number) =>
      fixture.inked.some((box) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height);
    const stray: string[] = [];
    for (let y = 0; y < image.height; y++)
      for (let x = 0; x < image.width; x++) if (dark(x, y) && !inked(x + 0.5, y + 0.5)) stray.push(`${x},${y}`);
    expect(stray.slice(0, 10)).toEqual([]);
  });

  it('puts the crop marks outside the bleed, in all four corners', () => {
    const image = renderGrey(markedFile, dir, 72);
    const margin = 13 * MM;
    const anyDark = (x1: number, y1: number, x2: number, y2: number) => {
      for (let y = Math.floor(y1); y <= y2; y++)
        for (let x = Math.floor(x1); x <= x2; x++) if ((image.pixels[y * image.width + x] ?? 255) < 200) return true;
      return false;
    };
    // Corners of the trim in media pixels, with the direction pointing away from the page.
    for (const [cx, sx] of [
      [margin, -1],
      [margin + TRIM_WIDTH, 1],
    ] as const) {
      for (const [cy, sy] of [
        [margin, -1],
        [margin + TRIM_HEIGHT, 1],
      ] as const) {
        // Marks run from 3 to 9 mm out; look 4–7 mm out along each trim line.
        const near = 4 * MM;
        const far = 7 * MM;
        const span = (edge: number, sign: number) =>
          [Math.min(edge + sign * near, edge + sign * far), Math.max(edge + sign * near, edge + sign * far)] as const;
        const [hx1, hx2] = span(cx, sx);
        const [vy1, vy2] = span(cy, sy);
        expect(anyDark(hx1, cy - 1, hx2, cy + 1), `horizontal mark at ${cx},${cy}`).toBe(true);
        expect(anyDark(cx - 1, vy1, cx + 1, vy2), `vertical mark at ${cx},${cy}`).toBe(true);
        // Nothing in the bleed around the corner, and nothing on the diagonal outside it.
        expect(anyDark(cx - 2.5 * MM, cy - 2.5 * MM, cx + 2.5 * MM, cy + 2.5 * MM)).toBe(false);
        expect(anyDark(Math.min(hx1, hx2), Math.min(vy1, vy2), Math.max(hx1, hx2), Math.max(vy1, vy2))).toBe(false);
      }
    }
  });

  it('reports progress after each page', () => {
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('writes the same bytes for the same pages', async () => {
    expect((await writePdf([fixture.page], options())).equals(plainBytes)).toBe(true);
  });

  it('puts ink on the K plate only, overprints black, and uses no RGB or transparency', () => {
    for (const file of [plainFile, markedFile]) {
      const ink = inkCoverage(file);
      expect(ink.k).toBeGreaterThan(0.001);
      expect([ink.c, ink.m, ink.y]).toEqual([0, 0, 0]);
    }
    const text = qdf(plainFile);
    expect(text).not.toMatch(/(^|\s)[\d.]+ [\d.]+ [\d.]+ (rg|RG)(\s|$)|DeviceRGB|\/SMask|\/CA 0|\/ca 0/m);
    expect(text).toMatch(/\/OP true/);
    expect(text).toMatch(/\/OPM 1/);
    expect(text).toMatch(/0 0 0 1 k/);
    expect(text).toMatch(/\/GSop gs/);
  });

  it('declares PDF/X-1a: version keys, Trapped, output intent, fixed dates', () => {
    const text = qdf(plainFile);
    expect(plainBytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.3');
    expect(text).toMatch(/\/GTS_PDFXVersion \d+ 0 R/);
    expect(text).toContain('(PDF/X-1:2001)');
    expect(text).toContain('(PDF/X-1a:2001)');
    expect(text).toMatch(/\/Trapped \d+ 0 R/);
    expect(text).toMatch(/\n\/False\n/);
    expect(text).toMatch(/\/OutputIntents \[\s*\d+ 0 R\s*\]/);
    expect(text).toMatch(/\/S \/GTS_PDFX/);
    expect(text).toContain('(IFRA26)');
    expect(text).toContain('(http://www.color.org)');
    expect(text).toContain('(D:20250509000000Z)');
    expect(text).not.toContain('UserUnit');
  });
});
