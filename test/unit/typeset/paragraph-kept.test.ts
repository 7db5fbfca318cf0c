// The page view sets a whole page again at every keystroke; paragraphs that did not change are
// answered from those set before instead of being set anew. Two rules make that safe and useful:
// anything that changes the lines (an option, the face, the size, a kept credit) makes a different
// paragraph, never answered from another's result; and the same paragraph, including one whose
// options are only left at their defaults, is answered with the result already made, while that
// result is among the recently used ones.
import { describe, expect, it } from 'vitest';
import type { TextSpan } from '../../../shared/typeset/atoms';
import type { ParagraphOptions } from '../../../shared/typeset/paragraph';
import { typesetParagraph } from '../../../shared/typeset/paragraph';
import { typesetParagraphKept } from '../../../shared/typeset/paragraph-kept';
import { pt } from '../../../shared/units/units';
import { EM } from './checks';
import { bodySpan, syntheticFont } from './synthetic-font';

const OPTIONS: ParagraphOptions = { width: pt(13 * EM), indentEm: 2, lineBreaking: 'gb', alignLast: 'start' };

describe('the same paragraph set again', () => {
  it('is answered with the result already made', () => {
    const spans = [bodySpan('溪水绕着村子流过，两岸的桃花都开了。', EM)];
    const first = typesetParagraphKept(spans, OPTIONS);
    expect(first).toEqual(typesetParagraph(spans, OPTIONS));
    expect(typesetParagraphKept([bodySpan('溪水绕着村子流过，两岸的桃花都开了。', EM, spans[0]!.font)], { ...OPTIONS })).toBe(first);
  });

  it('is the same paragraph whether an option is left out or given its default', () => {
    const spans = [bodySpan('新厂房今年投产，产值增长12%以上。', EM)];
    const first = typesetParagraphKept(spans, OPTIONS);
    expect(
      typesetParagraphKept(spans, { ...OPTIONS, firstLineStartOffset: pt(0), hanLatinSpacing: true, punctuation: 'full', looseness: 0 }),
    ).toBe(first);
  });
});

describe('a paragraph that differs in anything that changes its lines', () => {
  const text = '新厂房今年投产，产值增长12%以上。';
  const font = syntheticFont();
  const spans = [bodySpan(text, EM, font)];

  /** Sets `before`, then `after`, and expects `after` as if set on its own. */
  function expectSetAnew(before: [readonly TextSpan[], ParagraphOptions], after: [readonly TextSpan[], ParagraphOptions]): void {
    const earlier = typesetParagraphKept(...before);
    const fresh = typesetParagraph(...after);
    expect(fresh, 'the two settings should differ').not.toEqual(earlier);
    expect(typesetParagraphKept(...after)).toEqual(fresh);
  }

  it('is set anew for another start of the first line', () => {
    expectSetAnew([spans, { ...OPTIONS, firstLineStartOffset: pt(0) }], [spans, { ...OPTIONS, firstLineStartOffset: pt(3 * EM) }]);
  });

  it('is set anew when Han–Latin spacing is turned off', () => {
    expectSetAnew([spans, OPTIONS], [spans, { ...OPTIONS, hanLatinSpacing: false }]);
  });

  it('is set anew with half-width punctuation', () => {
    expectSetAnew([spans, { ...OPTIONS, punctuation: 'full' }], [spans, { ...OPTIONS, punctuation: 'half' }]);
  });

  it('is set anew when its credit is kept whole', () => {
    const name = bodySpan('韩雪李宏斌', EM, font);
    const credit = (keep: boolean): TextSpan[] => [bodySpan('一场春雨过后，麦苗青了。', EM, font), keep ? { ...name, keep: true } : name];
    const at = (widthEm: number): ParagraphOptions => ({ ...OPTIONS, indentEm: 0, width: pt(widthEm * EM) });
    expectSetAnew([credit(false), at(14)], [credit(true), at(14)]);
    expectSetAnew([credit(true), at(15)], [credit(false), at(15)]);
  });

  it('is set anew in another face of the same name', () => {
    // The same face name, but this one lacks 厂: it must be reported missing.
    const base = syntheticFont();
    const lacking = { ...base, glyph: (codePoint: number) => (codePoint === 0x5382 ? undefined : base.glyph(codePoint)) };
    const withFace = (face: typeof base) => [bodySpan(text, EM, face)];
    expectSetAnew([withFace(base), OPTIONS], [withFace(lacking), OPTIONS]);
    expect(typesetParagraphKept(withFace(lacking), OPTIONS).missing).toEqual(['厂']);
  });
});

describe('how long results are kept', () => {
  const other = (n: number) => [bodySpan(`第${n}段`, EM)];

  it('keeps a result that goes on being used while many other paragraphs come and go', () => {
    const spans = [bodySpan('桥头的灯笼亮了一夜。', EM)];
    const first = typesetParagraphKept(spans, OPTIONS);
    for (let n = 0; n < 2000; n++) {
      typesetParagraphKept(other(n), OPTIONS);
      expect(typesetParagraphKept(spans, OPTIONS)).toBe(first);
    }
  });

  it('does not keep results for ever: a paragraph not used for long is set anew', () => {
    const spans = [bodySpan('河边的柳树发了新芽。', EM)];
    const first = typesetParagraphKept(spans, OPTIONS);
    for (let n = 0; n < 2000; n++) typesetParagraphKept(other(10_000 + n), OPTIONS);
    const again = typesetParagraphKept(spans, OPTIONS);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
