// Acceptance for the typographic finish: Han–Latin spacing fixed at ¼ em on justified lines, a
// number one unit with its sign, credits and names kept whole, and widows pulled back from column
// tops by setting paragraphs a little tighter or looser. Inputs written for each rule.
import { describe, expect, it } from 'vitest';
import type { Glyph } from '../../../shared/display/display-list';
import { bodySetter } from '../../../shared/layout/body-slots';
import type { BodyItem } from '../../../shared/layout/collect';
import { distribute } from '../../../shared/layout/distribute';
import type { FontSet } from '../../../shared/layout/styles';
import { columnTopWidows, settleWidows } from '../../../shared/layout/widows';
import { defaultProfile } from '../../../shared/model/default-profile';
import type { TypesetParagraph } from '../../../shared/typeset/paragraph';
import { typesetParagraph } from '../../../shared/typeset/paragraph';
import { pt } from '../../../shared/units/units';
import { EM, lineTexts, set, violations } from './checks';
import { bodySpan, syntheticFont } from './synthetic-font';

function glyphs(result: TypesetParagraph, line = 0): Glyph[] {
  return result.lines[line]!.runs.flatMap((run) => run.glyphs);
}

describe('Han–Latin spacing', () => {
  it('stays ¼ em on a justified line while the gaps between characters take the stretch', () => {
    // 10 ideographs, “3.4” (1.5 em), 个 and two ¼ em spacings make 13 em of a 13.5 em line.
    const result = set('水平三四五六七八九十3.4个百分点以上再多一些字', 13.5);
    const line = result.lines[0]!;
    expect(line.justified).toBe(true);
    const list = glyphs(result);
    const x = (text: string) => list.find((glyph) => glyph.text === text)!.x;
    // The glyph before the number is 1 em wide: what follows it up to the 3 is the ¼ em spacing alone.
    expect(x('3') - x('十') - EM).toBeCloseTo(0.25 * EM, 6);
    expect(x('个') - x('4') - 0.5 * EM).toBeCloseTo(0.25 * EM, 6);
    // The stretch went to the gaps between ideographs.
    expect(x('平') - x('水')).toBeGreaterThan(EM + 0.01);
  });

  it('follows % as it follows a digit: 80% 以上', () => {
    const list = glyphs(set('提高80%以上', 30));
    const x = (text: string) => list.find((glyph) => glyph.text === text)!.x;
    expect(x('以') - x('%') - 0.5 * EM).toBeCloseTo(0.25 * EM, 6);
    expect(x('8') - x('高') - EM).toBeCloseTo(0.25 * EM, 6);
  });
});

describe('a number is one unit with its sign', () => {
  it('never leaves %, ‰ or ℃ at a line start, nor a unit apart from its number', () => {
    const text = '园区综合能耗下降12.5%，万元产值能耗降低3‰，最高气温达到38℃，新增装机200 MW以上。';
    for (let width = 4; width <= 16; width += 0.25) {
      const lines = lineTexts(set(text, width));
      const where = `${width} em: ${lines.join(' | ')}`;
      for (const line of lines) expect(/^[%‰℃]/.test(line), where).toBe(false);
      expect(
        lines.some((line) => line.endsWith('200 ')),
        where,
      ).toBe(false);
      expect(violations(set(text, width).lines), where).toEqual([]);
    }
  });
});

describe('credits and names kept whole', () => {
  const caption = '5月5日，云岭经开区分布式光伏项目施工现场，工人正在厂房屋顶安装光伏组件。\u3000';
  const font = syntheticFont();
  it('never breaks ■ 张三摄 or …供图 inside, at any width that holds it', () => {
    for (const credit of ['■ 贺子涵摄', '■ 本报记者 孟庆川摄', '园区管委会供图']) {
      // From 12 em: the longest credit takes 11 em.
      for (let width = 12; width <= 24; width += 0.5) {
        const result = typesetParagraph([bodySpan(caption, EM, font), { ...bodySpan(credit, EM, font), keep: true }], {
          width: pt(width * EM),
          indentEm: 0,
          lineBreaking: 'gb',
          alignLast: 'start',
        });
        const lines = lineTexts(result);
        expect(
          lines.some((line) => line.includes(credit)),
          `${credit} at ${width} em: ${lines.join(' | ')}`,
        ).toBe(true);
      }
    }
  });

  it('breaks a credit longer than the line between names, never right after ■', () => {
    const result = typesetParagraph([{ ...bodySpan('■ 本报记者 孟庆川摄', EM, font), keep: true }], {
      width: pt(6 * EM),
      indentEm: 0,
      lineBreaking: 'gb',
      alignLast: 'start',
    });
    expect(lineTexts(result)).toEqual(['■ 本报记者 ', '孟庆川摄']);
  });

  it('keeps a signature whole at the end of its line', () => {
    const result = set('一二三四五六七八九十。韩雪 李宏斌', 12);
    expect(lineTexts(result).some((line) => line.endsWith('李宏斌') && !line.includes('韩雪'))).toBe(true);
    const kept = typesetParagraph([bodySpan('一二三四五六七八九十。', EM, font), { ...bodySpan('韩雪李宏斌', EM, font), keep: true }], {
      width: pt(13 * EM),
      indentEm: 0,
      lineBreaking: 'gb',
      alignLast: 'start',
    });
    expect(lineTexts(kept)).toEqual(['一二三四五六七八九十。', '韩雪李宏斌']);
  });
});

describe('widows', () => {
  it('sets a paragraph a line tighter or looser on request, within compression and spacing', () => {
    // 12 em with a 2 em indent: the paragraph ends on a short line "六七。" unless its commas close up.
    const text = '一，二，三，四，五，六七。';
    const usual = set(text, 12, { indentEm: 2 });
    expect(lineTexts(usual)).toEqual(['一，二，三，四，五，', '六七。']);
    const tighter = set(text, 12, { indentEm: 2, looseness: -1 });
    expect(lineTexts(tighter)).toEqual([text]);
    // Compressed into the measure (the indent included), not past it.
    expect(tighter.lines[0]!.width).toBeCloseTo(12 * EM, 6);
    // A paragraph of full lines gains a line when set looser; a tighter one is not to be had.
    const full = '一二三四五六七八九十'.repeat(3) + '一二三四';
    expect(set(full, 12, { indentEm: 2 }).lines).toHaveLength(3);
    expect(set(full, 12, { indentEm: 2, looseness: 1 }).lines).toHaveLength(4);
    expect(set(full, 12, { indentEm: 2, looseness: -1 }).lines).toHaveLength(3);
  });

  it('pulls a widow back from a column top and keeps the text handed on the same', () => {
    const profile = defaultProfile();
    const font = syntheticFont();
    const fonts = { 'serif-regular': font, 'serif-bold': font, 'sans-regular': font, 'sans-bold': font } as FontSet;
    const size = profile.styles.body.size as number;
    const width = 12 * size;
    const items: BodyItem[] = [
      { kind: 'paragraph', dateline: '', text: '一二三四五六七八九十'.repeat(3) + '一二三四' },
      { kind: 'paragraph', dateline: '', text: '一，二，三，四，五，六七。' },
      { kind: 'paragraph', dateline: '', text: '一二三四五六七八九十'.repeat(8) },
    ];
    const columns = [
      { startLine: 0, lines: 4 },
      { startLine: 0, lines: 4 },
    ];
    const place = (slots: Parameters<typeof distribute>[0]) => distribute(slots, [{ columns }]);
    const setBody = bodySetter(profile, fonts, items, width);
    const usual = setBody();
    const before = place(usual.slots);
    // As set: the second paragraph's last line "六七。" opens the second column.
    expect(columnTopWidows(before.placed, usual.slots, width)).toEqual([{ item: 1, column: 1 }]);

    const settled = settleWidows(setBody, place, width, [0, 0]);
    expect(columnTopWidows(settled.distribution.placed, settled.slots, width)).toEqual([]);
    const secondColumn = settled.distribution.placed.filter((entry) => entry.column === 1);
    const top = secondColumn[0]!.slot;
    expect(top.kind === 'text' && top.line.text).toBe('一，二，三，四，五，六七。');
    // The same text goes on to the next block as before.
    expect(settled.distribution.next).toBe(before.next);
  });
});
