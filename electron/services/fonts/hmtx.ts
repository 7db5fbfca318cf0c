// Horizontal metrics read straight from a TrueType face's hmtx table. fontkit's glyph objects
// work them out through the outlines when a face has no vmtx (these CJK faces have none), which
// costs a glyph decode each time; the table itself is a constant-time read.
import type { Font } from 'fontkit';

/** The parts of fontkit's parsed tables read here (fontkit does not type them). */
interface HmtxTables {
  hmtx: {
    metrics: { length: number; get(index: number): { advance: number; bearing: number } | undefined };
    bearings: { get(index: number): number | undefined };
  };
}

/** Advance and left side bearing of a glyph, in font units (OpenType hmtx: the last advance repeats). */
export function hmtxMetrics(font: Font, glyphId: number): { advance: number; bearing: number } {
  const { metrics, bearings } = (font as unknown as HmtxTables).hmtx;
  if (glyphId < metrics.length) return metrics.get(glyphId) ?? { advance: font.unitsPerEm, bearing: 0 };
  const last = metrics.get(metrics.length - 1);
  return { advance: last?.advance ?? font.unitsPerEm, bearing: bearings.get(glyphId - metrics.length) ?? 0 };
}
