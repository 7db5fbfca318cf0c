import { describe, expect, it } from 'vitest';
import type { Glyph } from '../../../shared/display/display-list';
import type { TypesetParagraph } from '../../../shared/typeset/paragraph';
import { EM, set } from './checks';

function glyphs(result: TypesetParagraph, line = 0): Glyph[] {
  return result.lines[line]!.runs.flatMap((run) => run.glyphs);
}

/** Distance from the glyph of `a` to the glyph of `b` (first occurrences after `from`) on the first line. */
function distance(result: TypesetParagraph, a: string, b: string, from = 0): number {
  const list = glyphs(result);
  const i = list.findIndex((glyph, index) => index >= from && glyph.text === a);
  const j = list.findIndex((glyph, index) => index > i && glyph.text === b);
  return list[j]!.x - list[i]!.x;
}

describe('punctuation compression (标点挤压)', () => {
  it('sets 。” in 1.5 em', () => {
    const result = set('他说好。”我们走', 30);
    expect(distance(result, '。', '”')).toBeCloseTo(0.5 * EM, 6);
    expect(distance(result, '”', '我')).toBeCloseTo(EM, 6);
    expect(distance(result, '。', '我')).toBeCloseTo(1.5 * EM, 6);
  });

  it('sets ）、 and ，“ and ”“ in 1.5 em', () => {
    expect(distance(set('甲（一）、乙', 30), '）', '乙')).toBeCloseTo(1.5 * EM, 6);
    expect(distance(set('他说，“好', 30), '，', '好')).toBeCloseTo(1.5 * EM, 6);
    expect(distance(set('甲”“乙', 30), '甲', '乙')).toBeCloseTo(2.5 * EM, 6);
  });

  it('takes the blank left half off the second of two opening marks', () => {
    const result = set('甲（“乙', 30);
    // （ keeps its em; “ occupies ½ em, its glyph origin ½ em before that space.
    expect(distance(result, '甲', '乙')).toBeCloseTo(2.5 * EM, 6);
    expect(distance(result, '（', '“')).toBeCloseTo(0.5 * EM, 6);
    expect(distance(result, '“', '乙')).toBeCloseTo(EM, 6);
  });

  it('leaves a lone mark at full width on a line that does not need room', () => {
    const result = set('甲，乙', 30);
    expect(distance(result, '，', '乙')).toBeCloseTo(EM, 6);
  });

  it('sets interpuncts and the solidus on a fixed ½ em, glyph centred', () => {
    const result = set('约翰·史密斯、甲/乙', 30);
    expect(distance(result, '翰', '史')).toBeCloseTo(1.5 * EM, 6);
    expect(distance(result, '甲', '乙')).toBeCloseTo(1.5 * EM, 6);
    // The synthetic · is 1 em wide: centred in ½ em its origin sits ¼ em before its space.
    expect(distance(result, '翰', '·')).toBeCloseTo(0.75 * EM, 6);
  });

  it('trims a line-end mark to ½ em when that lets it stay on the line', () => {
    const result = set('一二三四五六七八九，十一二三', 9.5);
    expect(result.lines[0]!.text).toBe('一二三四五六七八九，');
    const last = glyphs(result).at(-1)!;
    expect(last.text).toBe('，');
    expect(last.x).toBeCloseTo(9 * EM, 6);
    expect(last.advance).toBeCloseTo(0.5 * EM, 6);
  });

  it('lets an opening bracket at line start lose ½ em when the line needs it', () => {
    // 11 em of text pushed into 10 em: the line-end ） gives ½ em, then the line-start （.
    const result = set('（一二三四五六七八九）十一二三', 10);
    expect(result.lines[0]!.text).toBe('（一二三四五六七八九）');
    const first = glyphs(result);
    expect(first[0]!.x).toBeCloseTo(-0.5 * EM, 6);
    expect(first[1]!.x).toBeCloseTo(0.5 * EM, 6);
    expect(first.at(-1)!.x + first.at(-1)!.advance).toBeCloseTo(10 * EM, 6);
  });

  it('shrinks line-end punctuation before pause marks inside the line', () => {
    // 11 em into 10.25 em: the line-end 。 gives its ½ em first, then the ， inside gives ¼ em.
    const result = set('一二，三四五六七八九。十一二', 10.25);
    expect(result.lines[0]!.text).toBe('一二，三四五六七八九。');
    expect(distance(result, '，', '三')).toBeCloseTo(0.75 * EM, 6);
    expect(glyphs(result).at(-1)!.advance).toBeCloseTo(0.5 * EM, 6);
  });
});
