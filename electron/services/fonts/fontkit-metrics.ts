// FontMetrics over a parsed face: glyph ids from the cmap, advances from hmtx and the 2-em dash
// from GSUB, all read by our own table readers and cached per code point. fontkit's glyph objects
// compute vertical metrics from the outlines when a face has no vmtx (these CJK faces have none),
// and its layout engine parses GSUB and GPOS: both far too slow for reflowing a whole issue live
// or exporting it in a second. Latin runs are therefore set with cmap advances too (no kerning —
// in Chinese text Latin is mostly digits and acronyms), which also keeps every glyph standing for
// exactly one character. The font object is only read, so layout and the PDF writer can share it.
import type { Font } from 'fontkit';
import type { FontKey } from '../../../shared/display/display-list';
import type { FontMetrics, GlyphMetrics, ShapedGlyph } from '../../../shared/typeset/font-metrics';
import { twoEmDashGlyphId } from './gsub-dash';
import { sfntOf, type SfntReader } from './sfnt-reader';

// Distinct Latin words in a workspace are few; the bound only guards against pathological input.
const LATIN_CACHE_LIMIT = 50_000;

export function fontkitMetrics(font: Font, key: FontKey): FontMetrics {
  const reader = sfntOf(font);
  const glyphs = new Map<number, GlyphMetrics | null>();
  const words = new Map<string, readonly ShapedGlyph[]>();

  const glyph = (codePoint: number): GlyphMetrics | undefined => {
    let metrics = glyphs.get(codePoint);
    if (metrics === undefined) {
      const id = reader.glyphId(codePoint);
      metrics = id ? { id, advance: reader.advance(id) } : null;
      glyphs.set(codePoint, metrics);
    }
    return metrics ?? undefined;
  };

  const shapeLatin = (text: string): readonly ShapedGlyph[] => {
    const cached = words.get(text);
    if (cached !== undefined) return cached;
    const shaped: ShapedGlyph[] = [];
    for (let index = 0; index < text.length;) {
      const codePoint = text.codePointAt(index) ?? 0;
      const length = codePoint > 0xffff ? 2 : 1;
      const metrics = glyph(codePoint);
      shaped.push({ id: metrics?.id ?? 0, advance: metrics?.advance ?? font.unitsPerEm / 2, text: text.slice(index, index + length) });
      index += length;
    }
    if (words.size >= LATIN_CACHE_LIMIT) words.clear();
    words.set(text, shaped);
    return shaped;
  };

  // Looked up on first use: many texts have no ——.
  let dash: GlyphMetrics | null | undefined;
  return {
    key,
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascent,
    descender: font.descent,
    glyph,
    shapeLatin,
    get twoEmDash() {
      dash ??= twoEmDashGlyph(reader, font.unitsPerEm) ?? null;
      return dash ?? undefined;
    },
  };
}

/** The 2-em form of ——: one stroke in the Noto CJK faces (U+2E3A is narrower), read from GSUB. */
function twoEmDashGlyph(reader: SfntReader, unitsPerEm: number): GlyphMetrics | undefined {
  const id = twoEmDashGlyphId(reader);
  if (id === undefined || id === 0 || id >= reader.numGlyphs) return undefined;
  const advance = reader.advance(id);
  return Math.abs(advance - 2 * unitsPerEm) <= unitsPerEm / 20 ? { id, advance } : undefined;
}
