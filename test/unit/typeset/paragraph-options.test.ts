// Rules of setting a paragraph a line tighter or looser (to pull a widow back from a column top):
// a tighter paragraph lets a line take up to 4 em more at natural width, brought back inside the
// measure by compression; a looser one breaks each line, the first included, up to 1 em short and
// spreads it. Past those limits, or when the new setting would break a line against the rules,
// the paragraph is set as usual — a widow is a lesser fault than a crammed or gappy paragraph.
import { describe, expect, it } from 'vitest';
import { pt } from '../../../shared/units/units';
import { lineTexts, set } from './checks';

const HAN = '一二三四五六七八九十';

describe('a tighter paragraph', () => {
  it('takes up to 4 em more on a line to lose one, compressed back inside the measure', () => {
    // Eight ideograph–comma pairs and 乙: 17 em of text that compresses to 13 em only with every comma closed.
    const text = '甲，'.repeat(8) + '乙';
    expect(set(text, 13).lines).toHaveLength(2);
    const tighter = set(text, 13, { looseness: -1 });
    expect(lineTexts(tighter)).toEqual([text]);
    expect(tighter.lines[0]!.width).toBeCloseTo(130, 6);
  });

  it('is not had when losing the line would take more than 4 em', () => {
    // 21 em of text compressing to exactly 16 em: it would need 5 em of tightening.
    const text = '甲，'.repeat(10) + '乙';
    const usual = lineTexts(set(text, 16));
    expect(usual).toHaveLength(2);
    expect(lineTexts(set(text, 16, { looseness: -1 }))).toEqual(usual);
  });
});

describe('a looser paragraph', () => {
  it('breaks up to a whole em short to gain a line', () => {
    // Eleven ideographs leave 0.95 em of a 11.95 em line: only a full em of loosening moves one down.
    const text = HAN + '一';
    expect(set(text, 11.95).lines).toHaveLength(1);
    const looser = set(text, 11.95, { looseness: 1 });
    expect(looser.lines).toHaveLength(2);
    expect(lineTexts(looser).join('')).toBe(text);
  });

  it('is not had when gaining the line would take more than 1 em', () => {
    const text = HAN + '一';
    expect(lineTexts(set(text, 12, { looseness: 1 }))).toEqual([text]);
  });

  it('sets every line but the last shorter than usual, the indented first line included', () => {
    const text = HAN.repeat(3) + '一二三四';
    const usual = lineTexts(set(text, 12, { indentEm: 2 }));
    const looser = lineTexts(set(text, 12, { indentEm: 2, looseness: 1 }));
    expect(usual.map((line) => line.length)).toEqual([10, 12, 12]);
    expect(looser).toHaveLength(4);
    for (let index = 0; index < usual.length; index++) {
      expect(looser[index]!.length, `line ${index}`).toBeLessThan(usual[index]!.length);
    }
  });

  it('is not had when it would break a line against the rules that the usual setting keeps', () => {
    // A 16-letter word fills the 8 em column exactly: any narrower and it overflows.
    const text = 'abcdefghijklmnop' + HAN + '一二三四五六';
    const usual = set(text, 8);
    expect(usual.lines.some((line) => line.forced)).toBe(false);
    const looser = set(text, 8, { looseness: 1 });
    expect(lineTexts(looser)).toEqual(lineTexts(usual));
    expect(looser.lines.some((line) => line.forced)).toBe(false);
  });

  it('is still had when the usual setting already has a forced line', () => {
    // What is set before the paragraph leaves ½ em on the first line: its ideograph overflows either way.
    const text = HAN + '一二三四五六七';
    const options = { firstLineStartOffset: pt(75) };
    const usual = set(text, 8, options);
    expect(usual.lines[0]!.forced).toBe(true);
    const looser = set(text, 8, { ...options, looseness: 1 });
    expect(looser.lines).toHaveLength(usual.lines.length + 1);
    expect(lineTexts(looser).join('')).toBe(text);
  });
});

describe('punctuation width option', () => {
  it('sets marks half-width when asked, full-width by default', () => {
    const half = set('甲，乙', 30, { punctuation: 'half' }).lines[0]!;
    const full = set('甲，乙', 30).lines[0]!;
    expect(half.width).toBeCloseTo(25, 6);
    expect(full.width).toBeCloseTo(30, 6);
  });
});
