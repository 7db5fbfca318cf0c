// A paragraph must not end on a line holding a single character (孤字): it looks like a mistake
// and wastes a line of the column. These tests state what counts as that single character
// (closing marks and spaces ride along, an opening mark counts), where the company for it comes
// from (the nearest legal break in the line above, however far back), and when the widow is left
// alone (the lines would not fit, or the break above it was forced).
import { describe, expect, it } from 'vitest';
import type { TextSpan } from '../../../shared/typeset/atoms';
import type { LineRange } from '../../../shared/typeset/linebreak';
import { typesetParagraph } from '../../../shared/typeset/paragraph';
import { prepareParagraph } from '../../../shared/typeset/prepare';
import { pt } from '../../../shared/units/units';
import { avoidWidow } from '../../../shared/typeset/widow';
import { EM, lineTexts, set } from './checks';
import { bodySpan } from './synthetic-font';

function setSpans(spans: TextSpan[], widthEm: number): string[] {
  return lineTexts(typesetParagraph(spans, { width: pt(widthEm * EM), indentEm: 0, lineBreaking: 'gb', alignLast: 'start' }));
}

describe('what counts as a single character on the last line', () => {
  it('counts a character with its closing full-width mark as one', () => {
    expect(lineTexts(set('村里新修的路很平整宽敞好！', 12))).toEqual(['村里新修的路很平整宽', '敞好！']);
  });

  it('lets a trailing space ride along with the last character', () => {
    expect(lineTexts(set('今年的收成比去年更好了 ', 10))).toEqual(['今年的收成比去年更', '好了 ']);
  });

  it('lets a stray ASCII closing mark ride along with the character before it', () => {
    expect(lineTexts(set('各位代表请看附件(第三页)', 10.5))).toEqual(['各位代表请看附件(第', '三页)']);
  });

  it('counts an opening bracket, full-width or ASCII: a bracketed character is not alone', () => {
    expect(lineTexts(set('各位代表请看附件中的表格（略）', 12))).toEqual(['各位代表请看附件中的表格', '（略）']);
    expect(lineTexts(set('各位代表请看附件中的表格(略)', 12))).toEqual(['各位代表请看附件中的表格', '(略)']);
  });
});

describe('where the company for a single character comes from', () => {
  it('takes the nearest legal break in the line above, even when it is two characters back', () => {
    // 整 cannot be parted from the full stop after it, so 整。 comes down together.
    expect(lineTexts(set('村里新修的路很平整。好', 10))).toEqual(['村里新修的路很平', '整。好']);
  });

  it('reaches back to the first character of the line above, and may fill the last line exactly', () => {
    const spans = [bodySpan('这是一幅图片', EM), { ...bodySpan('欧阳明远', EM), keep: true }, bodySpan('摄', EM)];
    expect(setSpans(spans, 5)).toEqual(['这是一幅图', '片', '欧阳明远摄']);
  });

  it('leaves the widow where the last line could not hold what comes down', () => {
    const spans = [bodySpan('这是一幅图片', EM), { ...bodySpan('欧阳明远', EM), keep: true }, bodySpan('摄。', EM)];
    expect(setSpans(spans, 5)).toEqual(['这是一幅图', '片欧阳明远', '摄。']);
  });
});

describe('forced breaks', () => {
  const prepared = prepareParagraph([bodySpan('今年的收成比去年更好了', EM)], 'gb');
  const lines = (aboveForced: boolean, lastForced: boolean): LineRange[] => [
    { start: 0, end: 9, forced: aboveForced },
    { start: 10, end: 10, forced: lastForced },
  ];

  it('moves the break above a single character when both breaks are legal', () => {
    const ranges = lines(false, false);
    avoidWidow(prepared, ranges, 10 * EM);
    expect(ranges).toEqual([
      { start: 0, end: 8, forced: false },
      { start: 9, end: 10, forced: false },
    ]);
  });

  it('leaves the lines alone when the line above or the last line was broken by force', () => {
    for (const [aboveForced, lastForced] of [
      [true, false],
      [false, true],
      [true, true],
    ] as const) {
      const ranges = lines(aboveForced, lastForced);
      avoidWidow(prepared, ranges, 10 * EM);
      expect(ranges, `above forced ${aboveForced}, last forced ${lastForced}`).toEqual(lines(aboveForced, lastForced));
    }
  });
});
