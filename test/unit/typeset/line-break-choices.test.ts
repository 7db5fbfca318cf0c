// Rules for where a line ends: a line takes what fits at natural width and ends at a legal break
// there; it is compressed to take more only when that natural break is forbidden (a mark that may
// not start the next line). A space at the line end takes no room, and Han–Latin spacing can close
// to half when a line must be compressed. A line is reported as forced only when no legal break
// fits at all, compressed or not — the report sends editors to fix the copy, so it must be right.
import { describe, expect, it } from 'vitest';
import type { PreparedParagraph } from '../../../shared/typeset/atoms';
import { breakLines } from '../../../shared/typeset/linebreak';
import { prepareParagraph } from '../../../shared/typeset/prepare';
import { EM } from './checks';
import { bodySpan } from './synthetic-font';

function prepared(text: string): PreparedParagraph {
  return prepareParagraph([bodySpan(text, EM)], 'gb');
}

/** The text of each line when `text` is broken at `widthEm` (the first line `firstEm`). */
function lines(text: string, widthEm: number, firstEm = widthEm): string[] {
  const paragraph = prepared(text);
  return breakLines(paragraph, firstEm * EM, widthEm * EM).map((line) =>
    paragraph.atoms
      .slice(line.start, line.end + 1)
      .map((atom) => atom.text)
      .join(''),
  );
}

describe('line breaking choices', () => {
  it('gives a space at the end of a line no room: words that fill the line exactly stay on it', () => {
    // "ab cd" is exactly 2.5 em; the space after it hangs past the edge.
    expect(lines('ab cd ef', 2.5)).toEqual(['ab cd ', 'ef']);
  });

  it('closes Han–Latin spacing to half to keep a mark that may not start a line on this one', () => {
    // 一…八 AB 九 is 10.5 em with its two ¼ em spacings; the comma brings it to 11.5 em. In 10.75 em
    // the comma gives ½ em and the two spacings ⅛ em each, so the line keeps 九，.
    expect(lines('一二三四五六七八AB九，十一二', 10.75)[0]).toBe('一二三四五六七八AB九，');
  });

  it('ends a line at its natural legal break rather than compressing it to take in more', () => {
    // 一二三 AB needs 4.25 em, or 4.125 em with its spacing closed up; the break before AB is legal.
    expect(lines('一二三AB', 4.125)).toEqual(['一二三', 'AB']);
    expect(lines('一AB', 2.125)).toEqual(['一', 'AB']);
  });

  it('does not report a line as forced when a compressed mark fits, even at the paragraph start', () => {
    // Something set before the paragraph leaves ½ em on the first line: just room for a closing quote.
    const paragraph = prepared('”一二三');
    const broken = breakLines(paragraph, 0.5 * EM, 10 * EM);
    expect(broken[0]).toEqual({ start: 0, end: 0, forced: false });
    expect(broken.every((line) => !line.forced)).toBe(true);
  });
});
