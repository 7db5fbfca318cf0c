// What preparing a paragraph decides before any width is known: how each character is measured
// (full-width marks on the em grid, a lone solidus on half an em, dashes and ellipses in em cells),
// what the face lacks, where Han–Latin spacing goes, which breaks are allowed (a number and its unit
// are one unit; an opening bracket stays off the line end even with a space after it), and that
// marks with no width (variation selectors, joiners) stay with the character they belong to.
import { describe, expect, it } from 'vitest';
import { AtomKind, ShrinkRank, type PreparedParagraph } from '../../../shared/typeset/atoms';
import type { FontMetrics, GlyphMetrics } from '../../../shared/typeset/font-metrics';
import { prepareParagraph } from '../../../shared/typeset/prepare';
import { segmentParagraph } from '../../../shared/typeset/segment';
import { bodySpan, syntheticFont } from './synthetic-font';

const EM = 10;

/** The synthetic face with some glyphs changed: a number is that advance, null leaves the glyph out. */
function faceWith(changes: Record<string, number | null>, extra: Partial<FontMetrics> = {}): FontMetrics {
  const base = syntheticFont();
  const changed = new Map(Object.entries(changes).map(([ch, advance]) => [ch.codePointAt(0), advance]));
  const glyph = (codePoint: number): GlyphMetrics | undefined => {
    if (!changed.has(codePoint)) return base.glyph(codePoint);
    const advance = changed.get(codePoint);
    return advance === null || advance === undefined ? undefined : { id: codePoint, advance };
  };
  return {
    ...base,
    glyph,
    shapeLatin: (text) => [...text].map((ch) => ({ id: glyph(ch.codePointAt(0) ?? 0)?.id ?? 0, advance: 500, text: ch })),
    ...extra,
  };
}

function prepare(text: string, font: FontMetrics = syntheticFont()): PreparedParagraph {
  return prepareParagraph([bodySpan(text, EM, font)], 'gb');
}

const texts = (prepared: PreparedParagraph): string[] => prepared.atoms.map((atom) => atom.text);

/** Whether a line may break at the (first) space atom of the paragraph. */
function breaksAtSpace(text: string): boolean {
  const prepared = prepare(text);
  const space = prepared.atoms.findIndex((atom) => atom.kind === AtomKind.Space);
  expect(space, text).toBeGreaterThan(0);
  return prepared.breakAfter[space] === 1;
}

describe('a number and its unit', () => {
  it('are one unit after a space: no line ends between them', () => {
    for (const text of ['装机200 MW的电站', '全年2019 kWh电量', '压力760 mmHg左右', '温度25 ℃以上', '占比80 %以上']) {
      expect(breaksAtSpace(text), text).toBe(false);
    }
  });

  it('may be parted when the word after the number is no unit: too long, a number, holding a digit, or Chinese', () => {
    for (const text of ['共200 hours的测试', '从2019 2020年', '型号200 k2x的设备', '共200 多个项目', '版本GDP MW数据']) {
      expect(breaksAtSpace(text), text).toBe(true);
    }
  });
});

describe('Han–Latin spacing', () => {
  it('puts a quarter em between ideographs and letters or digits on either side, also around a single letter', () => {
    const prepared = prepare('采用AI技术和5G网络');
    const at = (text: string) => texts(prepared).indexOf(text);
    expect(prepared.gapAfter[at('用')]).toBeCloseTo(EM / 4, 9);
    expect(prepared.gapAfter[at('AI')]).toBeCloseTo(EM / 4, 9);
    expect(prepared.gapAfter[at('和')]).toBeCloseTo(EM / 4, 9);
    expect(prepared.gapAfter[at('5G')]).toBeCloseTo(EM / 4, 9);
    expect(prepared.atoms[at('AI')]!.kind).toBe(AtomKind.Latin);
    const single = prepare('甲A乙');
    expect(single.atoms[1]!.kind).toBe(AtomKind.Latin);
    expect([single.gapAfter[0], single.gapAfter[1]]).toEqual([EM / 4, EM / 4]);
  });

  it('follows a number’s unit sign as it follows its digits, but not a word that ends in punctuation', () => {
    const percent = prepare('增长80%以上');
    expect(percent.gapAfter[texts(percent).indexOf('80%')]).toBeCloseTo(EM / 4, 9);
    const bracketed = prepare('数据(ABC)显示');
    expect(texts(bracketed)).toContain('(ABC)');
    expect([...bracketed.gapAfter]).toEqual(bracketed.atoms.map(() => 0));
  });

  it('is left out entirely when the profile turns it off', () => {
    const spans = [bodySpan('采用AI技术', EM)];
    expect([...prepareParagraph(spans, 'gb', false).gapAfter].every((gap) => gap === 0)).toBe(true);
    expect([...segmentParagraph(spans, 'gb').gapAfter].some((gap) => gap > 0)).toBe(true);
  });
});

describe('line ends', () => {
  it('keep an opening bracket off the end of a line even when a space follows it', () => {
    expect(breaksAtSpace('见（ 附表）')).toBe(false);
    expect(breaksAtSpace('见附表 （二）')).toBe(true);
  });
});

describe('single marks between Chinese characters', () => {
  it('set a lone solidus on half an em whatever the face’s advance, its glyph at its own advance', () => {
    const [, slash] = prepare('甲/乙', faceWith({ '/': 300 })).atoms;
    expect(slash).toMatchObject({ kind: AtomKind.Fixed, text: '/', width: EM / 2 });
    expect(slash!.glyphAdvance).toBeCloseTo(3, 9);
  });

  it('set other lone ASCII marks at the face’s own advance', () => {
    const [, comma] = prepare('甲,乙', faceWith({ ',': 300 })).atoms;
    expect(comma!.kind).toBe(AtomKind.Narrow);
    expect(comma!.width).toBeCloseTo(3, 9);
  });

  it('take half an em, and are reported, when the face lacks them', () => {
    const prepared = prepare('甲/乙,丙·丁', faceWith({ '/': null, ',': null, '·': null }));
    const widths = Object.fromEntries(prepared.atoms.map((atom) => [atom.text, atom]));
    expect(widths['/']).toMatchObject({ width: EM / 2, glyphAdvance: EM / 2 });
    expect(widths[',']!.width).toBe(EM / 2);
    expect(widths['·']).toMatchObject({ width: EM / 2, glyphAdvance: EM / 2 });
    expect([...prepared.missing].sort()).toEqual([',', '/', '·'].sort());
  });
});

describe('full-width punctuation', () => {
  it('gives way in justification by kind: brackets before pause marks before stops', () => {
    const ranks = Object.fromEntries(prepare('（甲），乙。丙、丁！').atoms.map((atom) => [atom.text, atom.shrinkRank]));
    expect(ranks).toMatchObject({
      '（': ShrinkRank.Bracket,
      '）': ShrinkRank.Bracket,
      '，': ShrinkRank.Comma,
      '、': ShrinkRank.Comma,
      '。': ShrinkRank.Stop,
      '！': ShrinkRank.Stop,
      甲: ShrinkRank.None,
    });
  });
});

describe('dashes and ellipses', () => {
  it('pair two em dashes or two ellipses into one 2-em unit, nothing else', () => {
    const prepared = prepare('甲——乙……丙—丁…戊—…己⸺⸺庚');
    expect(texts(prepared)).toEqual(['甲', '——', '乙', '……', '丙', '—', '丁', '…', '戊', '—', '…', '己', '⸺', '⸺', '庚']);
    const width = (text: string) => prepared.atoms.find((atom) => atom.text === text)!.width;
    expect([width('——'), width('……'), width('—'), width('…'), width('⸺')]).toEqual([2 * EM, 2 * EM, EM, EM, 2 * EM]);
    expect(prepare('甲⸻乙').atoms[1]!.width).toBe(3 * EM);
  });

  it('draw a 2-em dash as one stroke where the face has one, and each cell’s glyph otherwise', () => {
    const stroke = { id: 9001, advance: 2000 };
    const withStroke = prepare('甲——乙⸺丙……丁', faceWith({}, { twoEmDash: stroke }));
    const glyphs = (text: string) => withStroke.atoms.find((atom) => atom.text === text)!.glyphs!.map((glyph) => glyph.id);
    expect(glyphs('——')).toEqual([9001]);
    expect(glyphs('⸺')).toEqual([9001]);
    expect(glyphs('……')).toEqual([0x2026, 0x2026]);
    const plain = prepare('甲——乙⸺丙', faceWith({}));
    expect(plain.atoms[1]!.glyphs!.map((glyph) => glyph.id)).toEqual([0x2014, 0x2014]);
    expect(plain.atoms[3]!.glyphs!.map((glyph) => glyph.id)).toEqual([0x2e3a]);
  });

  it('are reported when the face lacks them', () => {
    expect(prepare('甲……乙', faceWith({ '…': null })).missing).toEqual(['…']);
  });
});

describe('spaces', () => {
  it('are drawn with the face’s own space where it lacks a particular one, which is then not reported', () => {
    const prepared = prepare('甲\u2003乙', faceWith({ '\u2003': null, ' ': 250 }));
    expect(prepared.atoms[1]!.width).toBeCloseTo(2.5, 9);
    expect(prepared.missing).toEqual([]);
  });

  it('are reported, a quarter em wide, when the face has no space at all', () => {
    const prepared = prepare('甲\u2003乙', faceWith({ '\u2003': null, ' ': null }));
    expect(prepared.atoms[1]!.width).toBe(EM / 4);
    expect(prepared.missing).toEqual(['\u2003']);
  });

  it('take no width when zero-width', () => {
    expect(prepare('甲\u200b乙').atoms[1]!.width).toBe(0);
  });
});

describe('ideographs', () => {
  it('take one em when the face lacks them or gives them no advance, and the lacking ones are reported', () => {
    const prepared = prepare('甲乙丙', faceWith({ 乙: null, 丙: 0 }));
    expect(prepared.atoms.map((atom) => atom.width)).toEqual([EM, EM, EM]);
    expect(prepared.missing).toEqual(['乙']);
  });

  it('outside the Basic Multilingual Plane stay whole: one atom, both halves of the pair', () => {
    const prepared = prepare('吉𠮷祥');
    expect(texts(prepared)).toEqual(['吉', '𠮷', '祥']);
    expect(prepared.atoms[1]!.kind).toBe(AtomKind.Han);
  });

  it('in a Latin word the face lacks are reported', () => {
    expect(prepare('品牌Straße店', faceWith({ ß: null })).missing).toEqual(['ß']);
  });
});

describe('marks with no width of their own', () => {
  const MARKS = ['\ufe00', '\ufe0f', '\u{e0100}', '\u{e01ef}', '\u200c', '\u200d', '\u2060', '\ufeff'];

  it('join the character before them, adding no width', () => {
    for (const mark of MARKS) {
      const prepared = prepare(`葛${mark}洪`);
      expect(texts(prepared), escape(mark)).toEqual([`葛${mark}`, '洪']);
      expect(prepared.atoms[0]!.width).toBe(EM);
    }
  });

  it('stay inside a Latin word, and with the last glyph of a dash or ellipsis pair', () => {
    expect(texts(prepare('用A\u{e0100}B写'))).toEqual(['用', 'A\u{e0100}B', '写']);
    const ellipsis = prepare('甲……\ufe0e乙').atoms[1]!;
    expect(ellipsis.text).toBe('……\ufe0e');
    expect(ellipsis.glyphs!.map((glyph) => glyph.text)).toEqual(['…', '…\ufe0e']);
  });

  it('that open a paragraph keep an atom of their own', () => {
    expect(texts(prepare('\u200d甲乙'))).toEqual(['\u200d', '甲', '乙']);
  });
});
