// FontMetrics over a parsed fontkit font: cmap + hmtx advances with a per-code-point cache for
// Chinese text, full shaping (kerning) only for Latin runs, cached per word. fontkit's default
// layout costs ~50 µs per CJK character, too slow to reflow a whole issue; a cache hit is a Map read.
// The font object is only read, so layout and the PDF writer can share it.
import type { Font } from 'fontkit';
import type { FontKey } from '../../../shared/display/display-list';
import type { FontMetrics, GlyphMetrics, ShapedGlyph } from '../../../shared/typeset/font-metrics';

// Kerning on; ligatures off so each glyph stands for one character; `locl` off because this face's
// Latin `locl` swaps in wider digits, and the canvas draws characters through the cmap as we measure them.
const LATIN_FEATURES: Record<string, boolean> = { liga: false, dlig: false, locl: false, frac: false, numr: false, dnom: false };
// Distinct Latin words in a workspace are few; the bound only guards against pathological input.
const LATIN_CACHE_LIMIT = 50_000;

export function fontkitMetrics(font: Font, key: FontKey): FontMetrics {
  const glyphs = new Map<number, GlyphMetrics | null>();
  const words = new Map<string, readonly ShapedGlyph[]>();

  const glyph = (codePoint: number): GlyphMetrics | undefined => {
    let metrics = glyphs.get(codePoint);
    if (metrics === undefined) {
      const found = font.hasGlyphForCodePoint(codePoint) ? font.glyphForCodePoint(codePoint) : undefined;
      metrics = found === undefined || found.id === 0 ? null : { id: found.id, advance: found.advanceWidth };
      glyphs.set(codePoint, metrics);
    }
    return metrics ?? undefined;
  };

  const cmapOnly = (text: string): ShapedGlyph[] =>
    Array.from(text, (ch) => {
      const metrics = glyph(ch.codePointAt(0) ?? 0);
      return { id: metrics?.id ?? 0, advance: metrics?.advance ?? font.unitsPerEm / 2, text: ch };
    });

  const shapeLatin = (text: string): readonly ShapedGlyph[] => {
    const cached = words.get(text);
    if (cached !== undefined) return cached;
    const run = font.layout(text, LATIN_FEATURES);
    let shaped: ShapedGlyph[] = [];
    let joined = '';
    for (let i = 0; i < run.glyphs.length; i++) {
      const g = run.glyphs[i]!;
      const glyphText = String.fromCodePoint(...g.codePoints);
      shaped.push({ id: g.id, advance: run.positions[i]?.xAdvance ?? g.advanceWidth, text: glyphText });
      joined += glyphText;
    }
    // Shaping may compose or reorder characters; the source text must survive exactly, so fall back to the cmap.
    if (joined !== text) shaped = cmapOnly(text);
    if (words.size >= LATIN_CACHE_LIMIT) words.clear();
    words.set(text, shaped);
    return shaped;
  };

  return {
    key,
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascent,
    descender: font.descent,
    glyph,
    shapeLatin,
    twoEmDash: twoEmDashGlyph(font),
  };
}

/** The full-width (`fwid`) form of ——: one 2-em stroke in the Noto CJK faces. */
function twoEmDashGlyph(font: Font): GlyphMetrics | undefined {
  const run = font.layout('——', { fwid: true });
  const only = run.glyphs.length === 1 ? run.glyphs[0] : undefined;
  const advance = run.positions[0]?.xAdvance ?? 0;
  if (only === undefined || only.id === 0 || Math.abs(advance - 2 * font.unitsPerEm) > font.unitsPerEm / 20) return undefined;
  return { id: only.id, advance };
}
