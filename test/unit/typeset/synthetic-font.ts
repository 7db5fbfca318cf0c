// A synthetic face for rule tests: every Han character and full-width mark is 1000 units, every
// Latin character 500, in a 1000-unit em. Private-use characters are missing. Glyph id = code point.
import type { FontKey } from '../../../shared/display/display-list';
import type { TextSpan } from '../../../shared/typeset/atoms';
import type { FontMetrics, GlyphMetrics, ShapedGlyph } from '../../../shared/typeset/font-metrics';
import { pt } from '../../../shared/units/units';

const FULL_WIDTH_BELOW_CJK = new Set([...'“”‘’—…·‧'].map((ch) => ch.codePointAt(0)));

export function syntheticFont(key: FontKey = 'serif-regular'): FontMetrics {
  const cache = new Map<number, GlyphMetrics>();
  const glyph = (codePoint: number): GlyphMetrics | undefined => {
    if (codePoint >= 0xe000 && codePoint <= 0xf8ff) return undefined;
    let metrics = cache.get(codePoint);
    if (metrics === undefined) {
      const advance = codePoint < 0x2e80 && !FULL_WIDTH_BELOW_CJK.has(codePoint) ? 500 : 1000;
      metrics = { id: codePoint, advance };
      cache.set(codePoint, metrics);
    }
    return metrics;
  };
  return {
    key,
    unitsPerEm: 1000,
    ascender: 880,
    descender: -120,
    glyph,
    shapeLatin(text: string): ShapedGlyph[] {
      return [...text].map((ch) => {
        const cp = ch.codePointAt(0) ?? 0;
        return { id: glyph(cp)?.id ?? 0, advance: 500, text: ch };
      });
    },
  };
}

/** One span of body text at `size` pt in the synthetic face. */
export function bodySpan(text: string, size = 10, font: FontMetrics = syntheticFont()): TextSpan {
  return { text, font, fontKey: font.key, size: pt(size) };
}
