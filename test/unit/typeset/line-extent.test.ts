// Rules for measuring a candidate line before it is set: its natural extent (atoms plus the
// Han–Latin spacing between them) and the least it can be compressed to (punctuation's blank
// halves, a third of each Latin space, half of each Han–Latin spacing). Keeping names whole and
// pulling widows back both decide by these numbers, so a wrong sum moves real line breaks.
// Also: preparation sets the ¼ em Han–Latin spacing unless told to set the scripts solid.
import { describe, expect, it } from 'vitest';
import type { PreparedParagraph } from '../../../shared/typeset/atoms';
import { lineExtent } from '../../../shared/typeset/measure';
import { prepareParagraph } from '../../../shared/typeset/prepare';
import { EM } from './checks';
import { bodySpan } from './synthetic-font';

function prepared(text: string, hanLatinSpacing?: boolean): PreparedParagraph {
  const spans = [bodySpan(text, EM)];
  return hanLatinSpacing === undefined ? prepareParagraph(spans, 'gb') : prepareParagraph(spans, 'gb', hanLatinSpacing);
}

function indexOf(paragraph: PreparedParagraph, text: string, from = 0): number {
  return paragraph.atoms.findIndex((atom, index) => index >= from && atom.text === text);
}

describe('line extent', () => {
  it('counts every atom and the Han–Latin spacing between them; the spacing can close to half', () => {
    // 中 AB 文: three 1 em atoms and two ¼ em spacings.
    const paragraph = prepared('中AB文');
    const extent = lineExtent(paragraph, 0, paragraph.atoms.length - 1);
    expect(extent.natural).toBeCloseTo(3.5 * EM, 9);
    expect(extent.minimum).toBeCloseTo(3.25 * EM, 9);
  });

  it('leaves out the spacing after the last atom: it belongs between this line and the next', () => {
    const paragraph = prepared('中AB文');
    expect(lineExtent(paragraph, 0, indexOf(paragraph, '中'))).toEqual({ natural: EM, minimum: EM });
    const upToWord = lineExtent(paragraph, 0, indexOf(paragraph, 'AB'));
    expect(upToWord.natural).toBeCloseTo(2.25 * EM, 9);
    // Nor is spacing before the first atom counted when a line starts at the word.
    const fromWord = lineExtent(paragraph, indexOf(paragraph, 'AB'), paragraph.atoms.length - 1);
    expect(fromWord.natural).toBeCloseTo(2.25 * EM, 9);
  });

  it('counts full-width marks at 1 em, each able to give up its blank half', () => {
    const paragraph = prepared('甲，乙。');
    const extent = lineExtent(paragraph, 0, paragraph.atoms.length - 1);
    expect(extent.natural).toBeCloseTo(4 * EM, 9);
    expect(extent.minimum).toBeCloseTo(3 * EM, 9);
  });

  it('gives a space at the line end no width, and a space inside the line a third to give', () => {
    const paragraph = prepared('ab cd ef');
    const firstSpace = indexOf(paragraph, ' ');
    const secondSpace = indexOf(paragraph, ' ', firstSpace + 1);
    // "ab " ends with a space: only ab is measured, and nothing after the range is either.
    expect(lineExtent(paragraph, 0, firstSpace)).toEqual({ natural: EM, minimum: EM });
    // "ab cd ": the inner space counts (½ em, a third of it shrinkable), the trailing one does not.
    const extent = lineExtent(paragraph, 0, secondSpace);
    expect(extent.natural).toBeCloseTo(2.5 * EM, 9);
    expect(extent.minimum).toBeCloseTo(2.5 * EM - EM / 6, 9);
  });
});

describe('Han–Latin spacing in preparation', () => {
  it('is set by default, and left out when the scripts are to be set solid', () => {
    const spaced = prepared('中AB');
    expect(lineExtent(spaced, 0, spaced.atoms.length - 1).natural).toBeCloseTo(2.25 * EM, 9);
    const solid = prepared('中AB', false);
    expect(lineExtent(solid, 0, solid.atoms.length - 1).natural).toBeCloseTo(2 * EM, 9);
  });
});
