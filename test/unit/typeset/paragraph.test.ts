import { describe, expect, it } from 'vitest';
import { typesetParagraph } from '../../../shared/typeset/paragraph';
import { pt } from '../../../shared/units/units';
import { EM, lastGlyphEnd, lineTexts, set } from './checks';
import { bodySpan, syntheticFont } from './synthetic-font';

const ARTICLE = [
  '科学导报讯 记者李明 入夏以来，汾阳园区按照“以规划引项目、以服务稳企业、以创新促转型”的工作思路，着力打造园区发展“新引擎”。',
  '——全力建设开发区“示范窗口”。力争全年工业产值增长12%以上，新兴产业比重提高到35%以上；带动周边园区在理念上不断更新。',
  '全年完成投资15.3亿元……新建储能200MW/400MWh，5G基站和AI应用全覆盖（见下表）。',
  '他说：“我们要（坚持）《规划》的要求！”',
];

describe('typesetParagraph', () => {
  it('gives back the paragraph text exactly, at every width', () => {
    for (const text of ARTICLE) {
      for (let widthEm = 3; widthEm <= 40; widthEm += 0.5) {
        const result = set(text, widthEm, { indentEm: 2 });
        expect(lineTexts(result).join(''), `${widthEm} em`).toBe(text);
        for (const line of result.lines) {
          expect(line.runs.map((run) => run.text).join('')).toBe(line.text);
          for (const run of line.runs) expect(run.glyphs.map((glyph) => glyph.text).join('')).toBe(run.text);
        }
      }
    }
  });

  it('never leaves a single character on the last line', () => {
    // Eleven ideographs in a 10 em column would leave 一 alone: one more comes down with it.
    const result = set('一二三四五六七八九十一', 10);
    expect(lineTexts(result)).toEqual(['一二三四五六七八九', '十一']);
    expect(lastGlyphEnd(result.lines[0]!)).toBeCloseTo(100, 6);
    // A character with its closing punctuation counts as a single character too.
    expect(lineTexts(set('一二三四五六七八九十一。', 10))).toEqual(['一二三四五六七八九', '十一。']);
    for (const text of ARTICLE) {
      for (let widthEm = 4; widthEm <= 40; widthEm += 0.25) {
        const lines = lineTexts(set(text, widthEm, { indentEm: 2 }));
        if (lines.length < 2) continue;
        const counted = [...lines.at(-1)!].filter((ch) => !'，。、；：？！”’）》 '.includes(ch));
        expect(counted.length, `${widthEm} em: ${lines.at(-1)}`).toBeGreaterThan(1);
      }
    }
  });

  it('indents the first line by 2 em and keeps it within the column', () => {
    const result = set('一二三四五六七八九十一二三四五六七八九十', 10, { indentEm: 2 });
    const first = result.lines[0]!;
    expect(first.text).toBe('一二三四五六七八');
    expect(first.runs[0]!.glyphs[0]!.x).toBe(2 * EM);
    expect(lastGlyphEnd(first)).toBeCloseTo(100, 6);
    expect(result.lines[1]!.runs[0]!.glyphs[0]!.x).toBe(0);
  });

  it('starts the first line after something set before the paragraph', () => {
    const result = set('一二三四五六七八九十一二三四五六七八九十', 10, { indentEm: 2, firstLineStartOffset: pt(30) });
    expect(result.lines[0]!.text).toBe('一二三四五');
    expect(result.lines[0]!.runs[0]!.glyphs[0]!.x).toBe(50);
    expect(lastGlyphEnd(result.lines[0]!)).toBeCloseTo(100, 6);
  });

  it('sets a bold sans dateline and serif body text on one first line', () => {
    const sans = syntheticFont('sans-bold');
    const serif = syntheticFont('serif-regular');
    const result = typesetParagraph([bodySpan('科学导报讯', 9, sans), bodySpan(' 记者李明 今年以来，临汾市坚持建设思路。', 9, serif)], {
      width: pt(13 * 9),
      indentEm: 2,
      lineBreaking: 'gb',
      alignLast: 'start',
    });
    const first = result.lines[0]!;
    expect(first.runs.map((run) => run.fontKey)).toEqual(['sans-bold', 'serif-regular']);
    expect(first.runs[0]!.text).toBe('科学导报讯');
    expect(first.runs[0]!.size).toBe(9);
    expect(first.runs[1]!.glyphs[0]!.x).toBeGreaterThan(first.runs[0]!.glyphs.at(-1)!.x);
    expect(lineTexts(result).join('')).toBe('科学导报讯 记者李明 今年以来，临汾市坚持建设思路。');
  });

  it('reports characters the face lacks, once each, and sets them as glyph 0', () => {
    const result = set('中\uE000文\uE000字AB\uE001', 30);
    expect(result.missing).toEqual(['\uE000', '\uE001']);
    const list = result.lines[0]!.runs[0]!.glyphs;
    expect(list.filter((glyph) => glyph.id === 0).map((glyph) => glyph.text)).toEqual(['\uE000', '\uE000', '\uE001']);
    expect(list.find((glyph) => glyph.text === '中')!.id).toBe(0x4e2d);
  });

  it('keeps variation selectors and surrogate pairs with their characters', () => {
    const text = '葛\uFE00优𠀀𠀁测试😀结束';
    const result = set(text, 3);
    expect(lineTexts(result).join('')).toBe(text);
    expect(result.lines.flatMap((line) => line.runs.flatMap((run) => run.glyphs)).some((glyph) => glyph.text === '葛\uFE00')).toBe(true);
  });

  it('sets nothing for an empty paragraph', () => {
    expect(set('', 10).lines).toEqual([]);
  });
});
