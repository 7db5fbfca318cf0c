// Rules for where glyphs land: the letters of a Latin word follow one another at their own
// (proportional) advances, while each dash or ellipsis glyph of —— or …… is centred in its own em
// cell, whatever the face's advance for it. A face with narrow dashes would otherwise print ——
// off-centre and leave …… lopsided; proportional letters set on a grid would look spaced out.
import { describe, expect, it } from 'vitest';
import type { Glyph } from '../../../shared/display/display-list';
import type { FontMetrics, ShapedGlyph } from '../../../shared/typeset/font-metrics';
import { typesetParagraph } from '../../../shared/typeset/paragraph';
import { pt } from '../../../shared/units/units';
import { EM } from './checks';
import { bodySpan, syntheticFont } from './synthetic-font';

/** Font units per character where this face differs from the synthetic one. */
const ADVANCES: Record<string, number> = { i: 250, l: 250, m: 800, w: 750, '—': 600, '…': 800 };

/** The synthetic face with proportional Latin letters and narrow dash and ellipsis glyphs. */
function proportionalFont(): FontMetrics {
  const base = syntheticFont();
  const advance = (ch: string, fallback: number) => ADVANCES[ch] ?? fallback;
  return {
    ...base,
    glyph(codePoint: number) {
      const glyph = base.glyph(codePoint);
      return glyph === undefined ? undefined : { id: glyph.id, advance: advance(String.fromCodePoint(codePoint), glyph.advance) };
    },
    shapeLatin(text: string): ShapedGlyph[] {
      return base.shapeLatin(text).map((glyph) => ({ ...glyph, advance: advance(glyph.text, glyph.advance) }));
    },
  };
}

function glyphs(text: string, widthEm = 30): Glyph[] {
  const result = typesetParagraph([bodySpan(text, EM, proportionalFont())], {
    width: pt(widthEm * EM),
    indentEm: 0,
    lineBreaking: 'gb',
    alignLast: 'start',
  });
  return result.lines[0]!.runs.flatMap((run) => run.glyphs);
}

describe('glyph placement', () => {
  it('sets the letters of a Latin word at their own advances, one after another', () => {
    const list = glyphs('中mill文');
    const x = list.map((glyph) => glyph.x);
    // 中, ¼ em of Han–Latin spacing, then m (0.8 em), i (0.25 em), l (0.25 em), l.
    expect(x[1]).toBeCloseTo(1.25 * EM, 6);
    expect(x[2]! - x[1]!).toBeCloseTo(0.8 * EM, 6);
    expect(x[3]! - x[2]!).toBeCloseTo(0.25 * EM, 6);
    expect(x[4]! - x[3]!).toBeCloseTo(0.25 * EM, 6);
    expect(list[2]!.advance).toBeCloseTo(0.25 * EM, 6);
  });

  it('centres each dash of —— in its own em cell', () => {
    const list = glyphs('甲——乙');
    // Each 0.6 em dash sits 0.2 em inside its cell; the pair still takes 2 em.
    expect(list[1]!.text).toBe('—');
    expect(list[1]!.x).toBeCloseTo(1.2 * EM, 6);
    expect(list[2]!.x).toBeCloseTo(2.2 * EM, 6);
    expect(list[3]!.x).toBeCloseTo(3 * EM, 6);
  });

  it('centres each ellipsis glyph of …… in its own em cell', () => {
    const list = glyphs('甲……乙');
    expect(list[1]!.x).toBeCloseTo(1.1 * EM, 6);
    expect(list[2]!.x).toBeCloseTo(2.1 * EM, 6);
    expect(list[2]!.advance).toBeCloseTo(0.9 * EM, 6);
  });
});
