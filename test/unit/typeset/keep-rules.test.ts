// Names, credits and signatures marked `keep` (■ 周立新摄, a byline) must never be cut in two by a
// line break while they fit on a line; when a credit is longer than the line it may break only
// between its space-separated names, a lone mark such as ■ stays with the name after it, and a
// name longer than the line breaks as ordinary text. The rules are read off the break table
// keepSpansWhole returns: `|` marks where a line may end.
import { describe, expect, it } from 'vitest';
import type { PreparedParagraph, TextSpan } from '../../../shared/typeset/atoms';
import { keepSpansWhole } from '../../../shared/typeset/keep';
import { typesetParagraph } from '../../../shared/typeset/paragraph';
import { prepareParagraph } from '../../../shared/typeset/prepare';
import { pt } from '../../../shared/units/units';
import { EM, lineTexts } from './checks';
import { bodySpan } from './synthetic-font';

const kept = (text: string): TextSpan => ({ ...bodySpan(text, EM), keep: true });
const body = (text: string): TextSpan => bodySpan(text, EM);

/** The paragraph text with `|` wherever a line may end (not after the last atom). */
function breaks(prepared: PreparedParagraph): string {
  const last = prepared.atoms.length - 1;
  return prepared.atoms.map((atom, k) => atom.text + (k < last && prepared.breakAfter[k] === 1 ? '|' : '')).join('');
}

/** Where lines may end once kept spans are held, in a column `widthEm` ems wide. */
function keptBreaks(spans: TextSpan[], widthEm: number): string {
  return breaks(keepSpansWhole(prepareParagraph(spans, 'gb'), widthEm * EM));
}

describe('kept spans that fit on a line', () => {
  it('allows no break inside a kept credit, and leaves the text before it free to break', () => {
    expect(keptBreaks([body('图为新建的河堤。'), kept('■ 周立新摄')], 10)).toBe('图|为|新|建|的|河|堤。|■ 周立新摄');
  });

  it('holds a paragraph that is nothing but a kept credit', () => {
    expect(keptBreaks([kept('■ 周立新摄')], 10)).toBe('■ 周立新摄');
  });

  it('holds a name exactly as wide as the line', () => {
    expect(keptBreaks([kept('欧阳明远')], 4)).toBe('欧阳明远');
  });

  it('keeps the break after spaces at the edges of a kept span: they belong to the setting around the name', () => {
    expect(keptBreaks([body('图为新建的河堤。'), kept(' 周立新摄 '), body('完稿')], 10)).toBe('图|为|新|建|的|河|堤。 |周立新摄 |完|稿');
    // The leading space takes no room from the name: a name as wide as the line is still held.
    expect(keptBreaks([body('河堤。'), kept(' 周立新摄')], 4)).toBe('河|堤。 |周立新摄');
  });

  it('changes no break for a kept span of nothing but spaces, at either end of the paragraph', () => {
    const plain = breaks(prepareParagraph([body('  新建河堤  ')], 'gb'));
    expect(keptBreaks([kept('  '), body('新建河堤'), kept('  ')], 10)).toBe(plain);
  });
});

describe('kept spans longer than a line', () => {
  it('breaks a long credit only between its names, keeping ■ with the name after it', () => {
    expect(keptBreaks([kept('■ 本报记者 吴海峰摄')], 6)).toBe('■ 本报记者 |吴海峰摄');
  });

  it('lets a two-character name end a line on its own; only a single character rides with the next name', () => {
    expect(keptBreaks([kept('记者 韩雪 吴海峰摄')], 6)).toBe('记者 |韩雪 |吴海峰摄');
  });

  it('holds each name that exactly fills the line, the last one included', () => {
    expect(keptBreaks([kept('欧阳明远 司马青云')], 4)).toBe('欧阳明远 |司马青云');
  });

  it('breaks a name longer than the line by the ordinary rules, and still holds the names that fit', () => {
    expect(keptBreaks([kept('■ 本报特约通讯员 吴海峰摄')], 5)).toBe('■ |本|报|特|约|通|讯|员 |吴海峰摄');
  });

  it('sets the lines of a long credit at the breaks between names', () => {
    const result = typesetParagraph([kept('记者 韩雪 吴海峰摄')], {
      width: pt(6 * EM),
      indentEm: 0,
      lineBreaking: 'gb',
      alignLast: 'start',
    });
    expect(lineTexts(result)).toEqual(['记者 韩雪 ', '吴海峰摄']);
  });
});

describe('the prepared paragraph', () => {
  it('is handed back as it is when nothing in it is kept', () => {
    const prepared = prepareParagraph([body('图为新建的河堤。'), body('■ 周立新摄')], 'gb');
    expect(keepSpansWhole(prepared, 10 * EM)).toBe(prepared);
  });

  it('is not changed when kept spans are held: it may be set again at another width', () => {
    const prepared = prepareParagraph([body('图为新建的河堤。'), kept('■ 周立新摄')], 'gb');
    const before = breaks(prepared);
    keepSpansWhole(prepared, 10 * EM);
    expect(breaks(prepared)).toBe(before);
    expect(breaks(keepSpansWhole(prepared, 3 * EM))).toBe('图|为|新|建|的|河|堤。|■ |周|立|新|摄');
  });
});
