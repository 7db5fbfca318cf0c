// The glyph outlines the page canvas draws with: one Path2D per face and glyph id, built from the
// outline data the layout worker sends once per glyph. Drawing by glyph id from the font's own
// outlines (not the browser's text shaping) is what makes the canvas show exactly the glyphs the
// PDF embeds.
import type { FontKey } from '../../../shared/display/display-list';
import type { GlyphOutline } from './layout-protocol';

export class GlyphOutlines {
  /**
   * Path data, not Path2D objects: a glyph is filled into the atlas once per size, and thousands
   * of Path2D objects would hold native memory for nothing in between.
   */
  private readonly paths = new Map<string, string>();
  private readonly boxes = new Map<string, readonly [number, number, number, number]>();
  private unitsPerEm: Partial<Record<FontKey, number>> = {};

  add(outlines: readonly GlyphOutline[], unitsPerEm: Record<FontKey, number>): void {
    this.unitsPerEm = unitsPerEm;
    for (const outline of outlines) {
      const key = `${outline.font}:${outline.id}`;
      this.paths.set(key, outline.d);
      this.boxes.set(key, outline.bbox);
    }
  }

  /** The glyph's path in font units (y up), null for a glyph without ink, undefined when not received. */
  path(font: FontKey, glyphId: number): Path2D | null | undefined {
    const d = this.paths.get(`${font}:${glyphId}`);
    if (d === undefined) return undefined;
    return d === '' ? null : new Path2D(d);
  }

  /** Whether the glyph's outline has arrived (it may have no ink). */
  has(font: FontKey, glyphId: number): boolean {
    return this.paths.has(`${font}:${glyphId}`);
  }

  /** The outline's bounds in font units (xMin, yMin, xMax, yMax). */
  bounds(font: FontKey, glyphId: number): readonly [number, number, number, number] | undefined {
    return this.boxes.get(`${font}:${glyphId}`);
  }

  emSize(font: FontKey): number {
    return this.unitsPerEm[font] ?? 1000;
  }

  get size(): number {
    return this.paths.size;
  }
}
