// Screen equals print: the page canvas draws every glyph where the exported PDF puts it (read
// back with pdf.js), and the canvas in print view looks like poppler's rendering of the PDF.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisplayItem, DisplayPage, GlyphRun, GroupItem } from '../../shared/display/display-list';
import { pt } from '../../shared/units/units';
import { exportIssuePdf } from '../../electron/services/export/export-issue';
import { loadBundledFont, FONT_KEYS } from '../../electron/services/fonts/bundled-fonts';
import { layoutStoredIssue } from '../../electron/services/layout/issue-layout';
import { writePdf } from '../../electron/services/pdf/write-pdf';
import { openWorkspace } from '../../electron/services/workspace-store';
import { appPerTest } from './support/app-fixture';
import { difference, greyFromPng, pooled, renderPdfPage, type PixelBox } from './support/grey-image';
import { pdfGlyphPositions } from './support/pdf-glyphs';

const ISSUE = '2025-05-09-14';
const LABELS = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'];
const fixture = appPerTest();
let scratch = '';

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'kfq-screen-print-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

interface DrawnGlyph {
  font: string;
  id: number;
  x: number;
  y: number;
  size: number;
}

/** The page canvas's testing surface (renderer/src/pages/PageCanvas.tsx). */
declare global {
  interface Window {
    __kfqRecordDrawing?: boolean;
    __kfqDrawnGlyphs?: Record<string, DrawnGlyph[]>;
  }
}

/** Opens the page view in print view at 100 % and returns the glyphs the canvas drew for `label`. */
async function drawnGlyphs(label: string): Promise<DrawnGlyph[]> {
  const { page } = fixture.app;
  // Each page drawn afresh (a new canvas) leaves its record; A1 is drawn when the zoom changes.
  await page.evaluate((hash) => {
    if (window.location.hash !== hash) window.location.hash = hash;
  }, `#/issues/${ISSUE}/pages/${label}?view=print`);
  await page.locator(`canvas[data-page-canvas="${label}"]`).waitFor();
  await page.waitForFunction((wanted) => (window.__kfqDrawnGlyphs?.[wanted]?.length ?? 0) > 0, label, { timeout: 30_000 });
  return page.evaluate((wanted) => window.__kfqDrawnGlyphs![wanted]!, label);
}

/** The photo frames of a page as laid out, in pixels at `scale` pixels per pt (with a pixel's margin). */
async function photoBoxes(label: string, scale: number): Promise<PixelBox[]> {
  const store = await openWorkspace(fixture.app.dir, { readOnly: true });
  try {
    const { layout } = await layoutStoredIssue(store, ISSUE);
    const page = layout.pages.find((candidate) => candidate.label === label)!;
    const boxes: PixelBox[] = [];
    const walk = (items: readonly DisplayItem[]) => {
      for (const item of items) {
        if (item.type === 'group') walk(item.items);
        else if (item.type === 'image') {
          const x = Math.floor(item.x * scale) - 1;
          const y = Math.floor(item.y * scale) - 1;
          boxes.push({ x, y, width: Math.ceil(item.width * scale) + 3, height: Math.ceil(item.height * scale) + 3 });
        }
      }
    };
    walk(page.items);
    return boxes;
  } finally {
    await store.close();
  }
}

async function openPrintView(): Promise<void> {
  const { page } = fixture.app;
  // Read at every full paint: set before the page view opens.
  await page.evaluate((hash) => {
    window.__kfqRecordDrawing = true;
    window.location.hash = hash;
  }, `#/issues/${ISSUE}/pages/A1?view=print`);
  await page.waitForFunction(() => window.__kfqDrawnGlyphs?.A1 !== undefined, null, { timeout: 30_000 });
  await page.evaluate(() => (window.__kfqDrawnGlyphs = {}));
  await page.getByTestId('zoom-100').click();
  await page.waitForFunction(() => document.querySelector('.page-scroll')?.getAttribute('data-zoom-percent') === '100');
}

async function exportSample(file: string): Promise<Uint8Array> {
  const store = await openWorkspace(fixture.app.dir, { readOnly: true });
  try {
    await exportIssuePdf(store, { issue: ISSUE, bleedMm: 0, cropMarks: false, output: file });
  } finally {
    await store.close();
  }
  return new Uint8Array(await readFile(file));
}

describe('screen equals print', () => {
  it('draws every glyph of every page where the PDF puts it, within 0.05 pt', async () => {
    await openPrintView();
    const pdf = await pdfGlyphPositions(await exportSample(path.join(scratch, 'positions.pdf')));
    for (const [index, label] of LABELS.entries()) {
      const drawn = await drawnGlyphs(label);
      // Spaces carry no ink: the canvas has nothing to draw for them.
      const printed = pdf[index]!.filter((glyph) => glyph.text.trim() !== '');
      expect(drawn.length, `${label}: glyphs drawn vs printed`).toBe(printed.length);
      let worst = 0;
      drawn.forEach((glyph, at) => {
        const other = printed[at]!;
        worst = Math.max(worst, Math.abs(glyph.x - other.x), Math.abs(glyph.y - other.y), Math.abs(glyph.size - other.size));
      });
      expect(worst, `${label}: largest distance between a drawn and a printed glyph (pt)`).toBeLessThanOrEqual(0.05);
    }
    expect(fixture.app.problems).toEqual([]);
  });

  it('looks like the printed page, and would not if one column moved by a character', async () => {
    await openPrintView();
    const label = 'A2';
    await drawnGlyphs(label);
    const canvas = fixture.app.page.locator(`canvas[data-page-canvas="${label}"]`);
    // A window tall enough to show the whole page at 100 %, so the screenshot is all canvas.
    await fixture.app.page.setViewportSize({ width: 1900, height: 2300 });
    await fixture.app.page.waitForFunction(() => document.querySelector('.page-scroll')?.getAttribute('data-zoom-percent') === '100');
    const shot = await canvas.screenshot();
    const screen = await greyFromPng(shot);
    const file = path.join(scratch, 'picture.pdf');
    await exportSample(file);
    // 100 % is 96 px per inch on screen: poppler at 96 dpi gives the same pixel grid.
    const printed = renderPdfPage(file, 2, 96, path.join(scratch, 'printed'));
    expect(Math.abs(screen.width - printed.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(screen.height - printed.height)).toBeLessThanOrEqual(1);
    // Photos are left out: the screen shows the sRGB original, the PDF its newsprint separation
    // (ink-limited CMYK, which poppler turns back to grey its own way); where they are placed and
    // which part shows is the same code on both sides (shared/photo), tested on its own.
    const photos = await photoBoxes(label, 96 / 72 / 3);
    expect(photos.length).toBeGreaterThan(0);
    const same = difference(pooled(screen, 3), pooled(printed, 3), photos);

    // The same page with one text column moved right by one character (the body size).
    const shiftedFile = path.join(scratch, 'shifted.pdf');
    await writeShiftedPage(label, shiftedFile);
    const shifted = difference(pooled(screen, 3), pooled(renderPdfPage(shiftedFile, 1, 96, path.join(scratch, 'shifted')), 3), photos);

    // Two rasterisers (Chromium's Skia, poppler's Splash) shade glyph edges differently, so no
    // pixel-exact match is possible; compared in 3 × 3 averages, edge shading cancels out (measured:
    // 0.001 % of the averages differ by more than a third of the range, mean difference 2 of 255).
    // One text column moved by one body character puts ink where there was paper all down the
    // column (measured: 0.37 % strongly different). The bounds sit an order of magnitude from each:
    // tight enough that a glyph run drawn half a character off, a wrong face or a missing line fails.
    expect(same.strong, `strongly different averages, screen vs print: ${JSON.stringify(same)}`).toBeLessThan(0.0004);
    expect(same.mean).toBeLessThan(3);
    expect(shifted.strong, `strongly different averages, screen vs shifted print: ${JSON.stringify(shifted)}`).toBeGreaterThan(0.0015);
    expect(fixture.app.problems).toEqual([]);
  });
});

/** Writes `label` as laid out, but with the runs of its fullest text column moved one body character right. */
async function writeShiftedPage(label: string, file: string): Promise<void> {
  const store = await openWorkspace(fixture.app.dir, { readOnly: true });
  let page: DisplayPage;
  let profileBodySize: number;
  try {
    const laid = await layoutStoredIssue(store, ISSUE);
    page = laid.layout.pages.find((candidate) => candidate.label === label)!;
    profileBodySize = laid.profile.format.bodySize;
  } finally {
    await store.close();
  }
  const runs = (items: DisplayPage['items']): GlyphRun[] =>
    items.flatMap((item) => (item.type === 'group' ? runs((item as GroupItem).items) : item.type === 'glyphs' ? [item] : []));
  const byColumn = new Map<number, GlyphRun[]>();
  for (const run of runs(page.items)) {
    if (run.size !== profileBodySize) continue;
    const key = Math.round(run.x);
    byColumn.set(key, [...(byColumn.get(key) ?? []), run]);
  }
  const column = [...byColumn.values()].sort((a, b) => b.length - a.length)[0]!;
  const moved = new Set(column);
  const shift = (items: DisplayPage['items']): DisplayPage['items'] =>
    items.map((item) =>
      item.type === 'group'
        ? { ...item, items: shift(item.items) }
        : item.type === 'glyphs' && moved.has(item)
          ? { ...item, x: pt(item.x + profileBodySize) }
          : item,
    );
  const fonts = new Map(await Promise.all(FONT_KEYS.map(async (key) => [key, await loadBundledFont(key)] as const)));
  const bytes = await writePdf([{ ...page, items: shift(page.items) }], {
    bleedMm: 0,
    cropMarks: false,
    info: { title: 'shifted', creationDate: new Date('2025-05-09T00:00:00Z') },
    fonts: (key) => ({ data: fonts.get(key)!.data, font: fonts.get(key)!.font }),
  });
  const { writeFile } = await import('node:fs/promises');
  await writeFile(file, bytes);
}
