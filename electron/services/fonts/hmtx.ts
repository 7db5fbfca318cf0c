// Horizontal metrics of a glyph from the face's hmtx table. fontkit's glyph objects work them out
// through the outlines when a face has no vmtx (these CJK faces have none), which costs a glyph
// decode each time; the table itself is a constant-time read (see sfnt-reader).
import type { Font } from 'fontkit';
import { sfntOf } from './sfnt-reader';

/** Advance and left side bearing of a glyph, in font units (OpenType hmtx: the last advance repeats). */
export function hmtxMetrics(font: Font, glyphId: number): { advance: number; bearing: number } {
  const reader = sfntOf(font);
  return { advance: reader.advance(glyphId), bearing: reader.bearing(glyphId) };
}
