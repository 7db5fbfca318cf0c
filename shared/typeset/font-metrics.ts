// The font interface typesetting measures with: glyph ids and advances only, so the engine stays
// pure and tests can pass a synthetic font. Nothing here knows where the font bytes come from.
import type { FontKey } from '../display/display-list';

/** A glyph as the font's cmap and hmtx give it; advances are in font units. */
export interface GlyphMetrics {
  readonly id: number;
  readonly advance: number;
}

/** One glyph of a shaped Latin run, with the source text it stands for. */
export interface ShapedGlyph {
  readonly id: number;
  readonly advance: number;
  readonly text: string;
}

export interface FontMetrics {
  readonly key: FontKey;
  readonly unitsPerEm: number;
  /** Font units above the baseline (positive). */
  readonly ascender: number;
  /** Font units below the baseline (negative). */
  readonly descender: number;
  /**
   * The glyph for one code point, or undefined when the face lacks it. A missing character is a
   * diagnostic for the caller; the engine never substitutes another face's glyph.
   */
  glyph(codePoint: number): GlyphMetrics | undefined;
  /**
   * Shapes a Latin/digit run (kerning applied). The glyphs' text concatenates back to `text`;
   * a glyph id of 0 marks a character the face lacks.
   */
  shapeLatin(text: string): readonly ShapedGlyph[];
  /**
   * A single glyph that draws the 2-em dash (—— or ⸺) as one unbroken stroke, when the face has
   * one. Without it two U+2014 glyphs are set side by side, which leaves a gap in some faces.
   */
  readonly twoEmDash?: GlyphMetrics;
}
