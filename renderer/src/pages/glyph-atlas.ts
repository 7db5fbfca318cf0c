// Rasterised glyphs for the page canvas. Filling a CJK glyph's outline costs tens of microseconds
// in a software canvas; a page sets thousands. So each glyph is filled once per pixel size and
// colour into a shared atlas and then copied to the page, at its exact (fractional) position:
// the copy is resampled, so no position is rounded, and what is drawn is still the font's own
// outline of the glyph id layout chose.
import type { FontKey } from '../../../shared/display/display-list';
import type { GlyphOutlines } from './glyph-outlines';

export interface AtlasGlyph {
  source: OffscreenCanvas;
  sx: number;
  sy: number;
  width: number;
  height: number;
  /** Where the glyph's origin (on the baseline) lies inside the cell, in pixels. */
  originX: number;
  originY: number;
}

/**
 * Sheets are wide and low, so the atlas takes memory as glyphs need it (a page at fit-page zoom
 * fills about one) rather than 4 MB at a time; without a GPU their pixels live in this process.
 */
const SHEET_WIDTH = 1024;
const SHEET_HEIGHT = 256;
/** Sheets kept before the atlas starts afresh (a zoom change leaves the old sizes unused): 64 MB at most. */
const MAX_SHEETS = 64;
/** Glyphs larger than this are filled directly: few, and they would crowd the atlas. */
export const MAX_ATLAS_GLYPH = 128;
const PAD = 2;

interface Sheet {
  canvas: OffscreenCanvas;
  ctx: OffscreenCanvasRenderingContext2D;
  shelfY: number;
  shelfHeight: number;
  x: number;
}

export class GlyphAtlas {
  private sheets: Sheet[] = [];
  /** Cells by face, pixel size and colour, then by glyph id. */
  private readonly cells = new Map<string, Map<number, AtlasGlyph | null>>();

  constructor(private readonly outlines: GlyphOutlines) {}

  /**
   * The glyphs of one face at one pixel size and colour (look it up once per run). Sizes that
   * differ by less than 1/64 px draw the same, so one set serves them all.
   */
  face(font: FontKey, pixelSize: number, colour: string): (id: number) => AtlasGlyph | null {
    const size = Math.round(pixelSize * 64) / 64;
    const key = `${font}:${size}:${colour}`;
    let cells = this.cells.get(key);
    if (cells === undefined) {
      cells = new Map();
      this.cells.set(key, cells);
    }
    const found = cells;
    return (id) => {
      let cell = found.get(id);
      if (cell === undefined) {
        cell = this.rasterise(font, id, size, colour);
        // A glyph whose outline has not arrived yet is tried again next time.
        if (cell !== null || this.outlines.has(font, id)) found.set(id, cell);
      }
      return cell;
    };
  }

  private rasterise(font: FontKey, id: number, size: number, colour: string): AtlasGlyph | null {
    const bbox = this.outlines.bounds(font, id);
    const path = bbox ? this.outlines.path(font, id) : undefined;
    if (!path || !bbox) return null;
    const unit = size / this.outlines.emSize(font);
    const originX = Math.ceil(-bbox[0] * unit) + PAD;
    const originY = Math.ceil(bbox[3] * unit) + PAD;
    const width = originX + Math.ceil(bbox[2] * unit) + PAD;
    const height = originY + Math.ceil(-bbox[1] * unit) + PAD;
    if (width <= 0 || height <= 0 || width > SHEET_WIDTH || height > SHEET_HEIGHT) return null;
    const { sheet, x, y } = this.allocate(width, height);
    const { ctx } = sheet;
    ctx.setTransform(unit, 0, 0, -unit, x + originX, y + originY);
    ctx.fillStyle = colour;
    ctx.fill(path);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    return { source: sheet.canvas, sx: x, sy: y, width, height, originX, originY };
  }

  /** Shelf packing: cells fill a row left to right; a new row starts under the tallest cell. */
  private allocate(width: number, height: number): { sheet: Sheet; x: number; y: number } {
    let sheet = this.sheets[this.sheets.length - 1];
    if (sheet && sheet.x + width > SHEET_WIDTH) {
      sheet.shelfY += sheet.shelfHeight;
      sheet.shelfHeight = 0;
      sheet.x = 0;
    }
    if (!sheet || sheet.shelfY + height > SHEET_HEIGHT) {
      if (this.sheets.length >= MAX_SHEETS) this.reset();
      const canvas = new OffscreenCanvas(SHEET_WIDTH, SHEET_HEIGHT);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('canvas unavailable');
      sheet = { canvas, ctx, shelfY: 0, shelfHeight: 0, x: 0 };
      this.sheets.push(sheet);
    }
    const placed = { sheet, x: sheet.x, y: sheet.shelfY };
    sheet.x += width;
    sheet.shelfHeight = Math.max(sheet.shelfHeight, height);
    return placed;
  }

  private reset(): void {
    this.sheets = [];
    this.cells.clear();
  }
}
