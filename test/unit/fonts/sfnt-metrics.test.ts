// The metrics typesetting measures with, read from a face's bytes alone, must be what fontkit
// gives for the same face: every glyph id and advance the engine can ask for, the vertical
// metrics, the 2-em dash. The services' metrics (over a face read without its outlines) and the
// metrics the renderer's worker builds from a whole file must be the same too.
import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFontPath, FONT_KEYS, loadBundledFont } from '../../../electron/services/fonts/bundled-fonts';
import { sfntMetrics } from '../../../shared/fonts/sfnt-metrics';
import type { FontMetrics, ShapedGlyph } from '../../../shared/typeset/font-metrics';

function range(first: number, last: number, step = 1): number[] {
  return Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, k) => first + k * step);
}

const CODE_POINTS = [
  // ASCII, Latin-1 punctuation and signs.
  ...range(0x00, 0xff),
  // General punctuation (dashes, quotes, ellipsis), CJK symbols and punctuation, vertical and
  // compatibility forms, half- and full-width forms.
  ...range(0x2000, 0x206f),
  ...range(0x2e3a, 0x2e3b),
  ...range(0x3000, 0x303f),
  ...range(0xfe10, 0xfe1f),
  ...range(0xfe30, 0xfe4f),
  ...range(0xff00, 0xffef),
  // 5,000 ideographs across the URO, and some beyond the BMP.
  ...range(0x4e00, 0x9fff, 4).slice(0, 5000),
  ...range(0x20000, 0x2a6df, 997),
  0x10ffff,
];

const LATIN = ['15.3%', '200MW/400MWh', 'GDP', 'iPhone 16 Pro', 'naïve café', 'x\u{20000}y', 'ก', ''];

/** What fontkit gives for a code point: its glyph and hmtx advance, or undefined when the face lacks it. */
function fontkitGlyph(font: Font, codePoint: number): { id: number; advance: number } | undefined {
  const glyph = font.glyphForCodePoint(codePoint);
  return glyph.id === 0 ? undefined : { id: glyph.id, advance: glyph.advanceWidth };
}

/** fontkit's answers for everything FontMetrics answers. */
function fontkitExpectations(font: Font) {
  const shape = (text: string): ShapedGlyph[] =>
    [...text].map((char) => {
      const glyph = fontkitGlyph(font, char.codePointAt(0)!);
      return { id: glyph?.id ?? 0, advance: glyph?.advance ?? font.unitsPerEm / 2, text: char };
    });
  const run = font.layout('——', { fwid: true });
  expect(run.glyphs).toHaveLength(1);
  const dash = run.glyphs[0]!;
  return {
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascent,
    descender: font.descent,
    glyphs: CODE_POINTS.map((codePoint) => fontkitGlyph(font, codePoint)),
    latin: LATIN.map(shape),
    twoEmDash: { id: dash.id, advance: dash.advanceWidth },
  };
}

function answers(metrics: FontMetrics) {
  return {
    unitsPerEm: metrics.unitsPerEm,
    ascender: metrics.ascender,
    descender: metrics.descender,
    glyphs: CODE_POINTS.map((codePoint) => metrics.glyph(codePoint)),
    latin: LATIN.map((text) => metrics.shapeLatin(text)),
    twoEmDash: metrics.twoEmDash,
  };
}

describe.each(FONT_KEYS)('metrics from the bytes of %s', (key) => {
  const bytes = readFileSync(bundledFontPath(key));

  it('are fontkit’s glyph ids, advances, vertical metrics and 2-em dash', () => {
    const metrics = sfntMetrics(key, bytes);
    const expected = fontkitExpectations(create(bytes) as Font);
    expect(metrics.key).toBe(key);
    // The sample covers what the faces have and what they lack.
    expect(expected.glyphs.filter((glyph) => glyph !== undefined).length).toBeGreaterThan(5500);
    expect(expected.glyphs.some((glyph) => glyph === undefined)).toBe(true);
    expect(expected.twoEmDash.advance).toBe(2 * expected.unitsPerEm);
    const actual = answers(metrics);
    expect(actual).toEqual(expected);
    // Cached answers are the same answers.
    expect(answers(metrics)).toEqual(actual);
  });

  it('are the metrics the services load (from the face read without its outlines)', async () => {
    const loaded = await loadBundledFont(key);
    expect(answers(loaded.metrics)).toEqual(answers(sfntMetrics(key, bytes)));
  });
});

describe('metrics from bytes that are not a face', () => {
  it('refuse with an error', () => {
    expect(() => sfntMetrics('serif-regular', new Uint8Array(64))).toThrow();
    expect(() => sfntMetrics('serif-regular', new Uint8Array(3))).toThrow();
  });
});
