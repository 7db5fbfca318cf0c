// A Latin word wider than the whole column (a long web address in a narrow column) cannot be set
// by any legal break; as an emergency it is cut between glyphs into pieces that fill the column.
// These tests state that the cut keeps the text and widths exactly, fills each piece as far as
// the column allows, joins the pieces by no legal break, touches nothing but such words, and
// hands a paragraph without them back untouched (a caller keeps the preparation across widths).
import { describe, expect, it } from 'vitest';
import type { PreparedParagraph } from '../../../shared/typeset/atoms';
import { AtomKind } from '../../../shared/typeset/atoms';
import { prepareParagraph } from '../../../shared/typeset/prepare';
import { splitOversized } from '../../../shared/typeset/split-oversized';
import { EM, lineTexts, set } from './checks';
import { bodySpan } from './synthetic-font';

function prepare(text: string, size = EM): PreparedParagraph {
  return prepareParagraph([bodySpan(text, size)], 'gb');
}

const texts = (prepared: PreparedParagraph) => prepared.atoms.map((atom) => atom.text);

describe('paragraphs without a word wider than the column', () => {
  it('are handed back as they are, whatever else they hold', () => {
    // Short Latin words, a word exactly as wide as the column, and an ideograph wider than a
    // very narrow column: none of them is a Latin word too wide for the column.
    for (const [text, widthEm] of [
      ['网址见下方', 3],
      ['版本号为abc的程序', 3],
      ['访问abcdef即可', 3],
      ['网址', 0.5],
    ] as const) {
      const prepared = prepare(text);
      expect(splitOversized(prepared, widthEm * EM), text).toBe(prepared);
    }
  });
});

describe('a Latin word wider than the column', () => {
  const prepared = prepare('网址abcdefghijklmno。');
  const split = splitOversized(prepared, 3 * EM);
  const pieces = split.atoms.filter((atom) => atom.kind === AtomKind.Latin);

  it('is cut into pieces that fill the column, the last piece taking the rest', () => {
    // Six Latin letters fill a 3 em column exactly.
    expect(texts(split)).toEqual(['网', '址', 'abcdef', 'ghijkl', 'mno', '。']);
  });

  it('keeps the text and the glyphs, and gives each piece the width of its glyphs', () => {
    expect(pieces.map((piece) => piece.glyphs?.map((glyph) => glyph.text).join(''))).toEqual(['abcdef', 'ghijkl', 'mno']);
    expect(pieces.map((piece) => piece.width)).toEqual([30, 30, 15].map((width) => expect.closeTo(width, 9)));
    const word = prepared.atoms.find((atom) => atom.kind === AtomKind.Latin)!;
    expect(pieces.reduce((sum, piece) => sum + piece.width, 0)).toBeCloseTo(word.width, 9);
  });

  it('joins the pieces by no legal break, and keeps the word’s own break and spacing after the last piece', () => {
    const at = (text: string) => split.atoms.findIndex((atom) => atom.text === text);
    expect(split.breakAfter[at('abcdef')]).toBe(0);
    expect(split.breakAfter[at('ghijkl')]).toBe(0);
    const word = prepared.atoms.findIndex((atom) => atom.text === 'abcdefghijklmno');
    expect(split.breakAfter[at('mno')]).toBe(prepared.breakAfter[word]);
    expect(split.gapAfter[at('mno')]).toBe(prepared.gapAfter[word]);
    expect(split.gapAfter[at('址')]).toBe(prepared.gapAfter[at('址')]);
  });

  it('is cut even when it has only two letters', () => {
    // 40 pt letters in a 30 pt column: each letter fits alone, the pair does not.
    expect(texts(splitOversized(prepare('ab', 40), 30))).toEqual(['a', 'b']);
  });

  it('puts a letter wider than the column on a piece of its own, and makes no empty piece', () => {
    expect(texts(splitOversized(prepare('abc', 40), 15))).toEqual(['a', 'b', 'c']);
  });

  it('is the only thing cut: a dash pair wider than the column stays whole', () => {
    expect(texts(splitOversized(prepare('——abcd'), 1.5 * EM))).toEqual(['——', 'abc', 'd']);
  });

  it('is set on lines that each hold one piece, broken by force', () => {
    const result = set('网址abcdefghijklmno。', 3);
    expect(lineTexts(result)).toEqual(['网址', 'abcdef', 'ghijkl', 'mno。']);
    expect(result.lines.map((line) => line.forced)).toEqual([false, true, true, false]);
  });
});
