// FontMetrics over a face's bytes: glyph ids from the cmap, advances from hmtx and the 2-em dash
// from GSUB, all read by our own table readers and cached per code point. fontkit's glyph objects
// compute vertical metrics from the outlines when a face has no vmtx (these CJK faces have none),
// and its layout engine parses GSUB and GPOS: both far too slow for reflowing a whole issue live
// or exporting it in a second. Latin runs are therefore set with cmap advances too (no kerning —
// in Chinese text Latin is mostly digits and acronyms), which also keeps every glyph standing for
// exactly one character. Pure, so the services and the renderer's worker measure alike; the
// bytes are only read, and glyf is never (a face read without its outlines will do).
import type { FontKey } from '../display/display-list';
import type { FontMetrics, GlyphMetrics, ShapedGlyph } from '../typeset/font-metrics';
import { twoEmDashGlyphId } from './gsub-dash';
import { readSfnt, type SfntReader } from './sfnt-reader';

// Distinct Latin words in a workspace are few; the bound only guards against pathological input.
const LATIN_CACHE_LIMIT = 50_000;

/** Metrics of a single (non-collection) TrueType face. Throws on a face without the tables needed. */
export function sfntMetrics(key: FontKey, bytes: Uint8Array): FontMetrics {
  return sfntReaderMetrics(key, readSfnt(bytes));
}

function table(reader: SfntReader, tag: string): DataView {
  const view = reader.table(tag);
  if (view === undefined) throw new Error(`font has no ${tag} table`);
  return view;
}

/** Metrics over a face's table reader, for a caller that already holds one (one reader per face). */
export function sfntReaderMetrics(key: FontKey, reader: SfntReader): FontMetrics {
  const unitsPerEm = table(reader, 'head').getUint16(18);
  // hhea's ascender and descender, as fontkit's font.ascent and font.descent give them.
  const hhea = table(reader, 'hhea');
  const ascender = hhea.getInt16(4);
  const descender = hhea.getInt16(6);
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
      shaped.push({ id: metrics?.id ?? 0, advance: metrics?.advance ?? unitsPerEm / 2, text: text.slice(index, index + length) });
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
    unitsPerEm,
    ascender,
    descender,
    glyph,
    shapeLatin,
    get twoEmDash() {
      dash ??= twoEmDashGlyph(reader, unitsPerEm) ?? null;
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
