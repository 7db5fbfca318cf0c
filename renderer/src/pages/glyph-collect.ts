// Walks display items for the glyphs they draw, e.g. to send each glyph's outline once.
import type { DisplayItem, FontKey } from '../../../shared/display/display-list';

export function collectGlyphs(items: readonly DisplayItem[], visit: (font: FontKey, glyphId: number) => void): void {
  for (const item of items) {
    if (item.type === 'group') collectGlyphs(item.items, visit);
    else if (item.type === 'glyphs') for (const glyph of item.glyphs) visit(item.font, glyph.id);
  }
}
