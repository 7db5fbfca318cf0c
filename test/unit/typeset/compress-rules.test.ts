// Rules of punctuation width before lines are broken: where two full-width marks meet, the blank
// between them is removed once and from the right mark (GB/T 15834, clreq 标点挤压); an opening
// and a closing mark side by side have no blank between them; and in half-width setting (headlines)
// every mark drops its blank half on the side where it is blank. These widths move line breaks and
// decide which mark still has room to give when a line is justified.
import { describe, expect, it } from 'vitest';
import type { Glyph } from '../../../shared/display/display-list';
import { justifyLine } from '../../../shared/typeset/justify';
import type { TypesetParagraph } from '../../../shared/typeset/paragraph';
import { prepareParagraph } from '../../../shared/typeset/prepare';
import { EM, set } from './checks';
import { bodySpan } from './synthetic-font';

function glyphs(result: TypesetParagraph, line = 0): Glyph[] {
  return result.lines[line]!.runs.flatMap((run) => run.glyphs);
}

function x(result: TypesetParagraph, text: string, line = 0): number {
  const glyph = glyphs(result, line).find((candidate) => candidate.text === text);
  if (glyph === undefined) throw new Error(`no glyph ${text}`);
  return glyph.x;
}

describe('full-width marks side by side', () => {
  it('keeps an opening quote followed by a closing one at 2 em: there is no blank between them', () => {
    const result = set('她说“”就走', 30);
    expect(x(result, '“') - x(result, '说')).toBeCloseTo(EM, 6);
    expect(x(result, '”') - x(result, '“')).toBeCloseTo(EM, 6);
    expect(x(result, '就') - x(result, '”')).toBeCloseTo(EM, 6);
  });

  it('lets the quote after a colon keep the blank that is left, so it gives way before other pause marks', () => {
    // 5.5 em of text justified into 5.3 em: the colon has already given its half to the pair ：“, so
    // the quote (a bracket, earlier in the order than pause marks) gives the 0.2 em; the comma keeps its em.
    const paragraph = prepareParagraph([bodySpan('甲：“乙，丙', EM)], 'gb');
    const count = paragraph.atoms.length;
    const out = {
      x: new Float64Array(count),
      width: new Float64Array(count),
      origin: new Float64Array(count),
      gap: new Float64Array(count),
    };
    const line = justifyLine(paragraph, 0, count - 1, 0, 5.3 * EM, 'justify', out);
    expect(line.justified).toBe(true);
    const at = (text: string) => paragraph.atoms.findIndex((atom) => atom.text === text);
    expect(out.width[at('：')]).toBeCloseTo(0.5 * EM, 6);
    expect(out.width[at('“')]).toBeCloseTo(0.8 * EM, 6);
    expect(out.width[at('，')]).toBeCloseTo(EM, 6);
  });
});

describe('half-width punctuation (display type)', () => {
  it('sets closing, pause and stop marks in ½ em, their blank right half dropped', () => {
    const result = set('甲，乙。丙）丁、戊', 30, { punctuation: 'half' });
    expect(x(result, '乙') - x(result, '，')).toBeCloseTo(0.5 * EM, 6);
    expect(x(result, '丙') - x(result, '。')).toBeCloseTo(0.5 * EM, 6);
    expect(x(result, '丁') - x(result, '）')).toBeCloseTo(0.5 * EM, 6);
    expect(x(result, '戊') - x(result, '、')).toBeCloseTo(0.5 * EM, 6);
    // The glyphs themselves stay where a full-width mark would start.
    expect(x(result, '，') - x(result, '甲')).toBeCloseTo(EM, 6);
  });

  it('sets opening marks in ½ em by dropping the blank left half: the glyph hangs back into it', () => {
    const result = set('甲（乙）丙', 30, { punctuation: 'half' });
    expect(x(result, '（') - x(result, '甲')).toBeCloseTo(0.5 * EM, 6);
    expect(x(result, '乙') - x(result, '（')).toBeCloseTo(EM, 6);
    expect(x(result, '乙') - x(result, '甲')).toBeCloseTo(1.5 * EM, 6);
  });

  it('is not the default: marks keep their full em unless half width is asked for', () => {
    const result = set('甲，乙（丙', 30);
    expect(x(result, '乙') - x(result, '，')).toBeCloseTo(EM, 6);
    expect(x(result, '丙') - x(result, '乙')).toBeCloseTo(2 * EM, 6);
  });

  it('changes only marks: ideographs, Latin words, interpuncts and dashes keep their widths', () => {
    const result = set('甲AB乙·丙——丁', 30, { punctuation: 'half' });
    expect(x(result, 'A') - x(result, '甲')).toBeCloseTo(1.25 * EM, 6);
    expect(x(result, '乙') - x(result, 'B')).toBeCloseTo(0.75 * EM, 6);
    expect(x(result, '丙') - x(result, '乙')).toBeCloseTo(1.5 * EM, 6);
    expect(x(result, '丁') - x(result, '丙')).toBeCloseTo(3 * EM, 6);
  });
});
