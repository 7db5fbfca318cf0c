import { describe, expect, it } from 'vitest';
import type { Glyph } from '../../../shared/display/display-list';
import type { TypesetParagraph } from '../../../shared/typeset/paragraph';
import { EM, lastGlyphEnd, set } from './checks';

const MIXED =
  '科学导报讯 记者李明 入夏以来，汾阳园区按照“以规划引项目、以服务稳企业、以创新促转型”的工作思路，着力打造园区发展“新引擎”，' +
  '力争全年工业产值增长12%以上，新兴产业比重提高到35%以上；新建储能200MW/400MWh，5G基站全覆盖，AI应用——包括Smart City方案……' +
  '全面推进（详见《实施方案》）。约翰·史密斯说：“这是Development Zone的样板。”';

function glyphs(result: TypesetParagraph, line = 0): Glyph[] {
  return result.lines[line]!.runs.flatMap((run) => run.glyphs);
}

describe('justification', () => {
  it('ends every justified line exactly at the column edge', () => {
    // From 8 em up: 200MW/400MWh， alone needs 6.5 em, and a narrower column cannot justify around it.
    const problems: string[] = [];
    for (let widthEm = 8; widthEm <= 30; widthEm += 0.125) {
      const result = set(MIXED, widthEm, { indentEm: 2 });
      const width = widthEm * EM;
      result.lines.slice(0, -1).forEach((line, index) => {
        const where = `line ${index} at ${widthEm} em: ${line.text}`;
        if (!line.justified) problems.push(`${where} not justified`);
        if (Math.abs(lastGlyphEnd(line) - width) >= 0.01) problems.push(`${where} ends at ${lastGlyphEnd(line)}`);
        if (Math.abs(line.width - width) >= 1e-6) problems.push(`${where} width ${line.width}`);
        // Glyph origins never go backwards.
        const list = line.runs.flatMap((run) => run.glyphs);
        for (let i = 1; i < list.length; i++) if (list[i]!.x < list[i - 1]!.x - 1e-9) problems.push(`${where} goes back at ${i}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('leaves the last line at natural width, or sets it right or justified on request', () => {
    const text = '一二三四五六七八九十一二三四';
    const start = set(text, 10);
    const last = start.lines.at(-1)!;
    expect(last.text).toBe('一二三四');
    expect(glyphs(start, 1).map((glyph) => glyph.x)).toEqual([0, 10, 20, 30]);
    expect(last.justified).toBe(false);

    const end = set(text, 10, { alignLast: 'end' });
    expect(lastGlyphEnd(end.lines.at(-1)!)).toBeCloseTo(100, 6);
    expect(glyphs(end, 1)[0]!.x).toBeCloseTo(60, 6);

    const justified = set(text, 10, { alignLast: 'justify' });
    expect(lastGlyphEnd(justified.lines.at(-1)!)).toBeCloseTo(100, 6);
    expect(glyphs(justified, 1)[1]!.x).toBeCloseTo(30, 6);
  });

  it('puts ¼ em between Han and Latin, none next to Chinese punctuation or at a line edge', () => {
    const result = set('中AI文，5G。', 30);
    const list = glyphs(result);
    const x = (text: string) => list.find((glyph) => glyph.text === text)!.x;
    expect(x('A') - x('中')).toBeCloseTo(1.25 * EM, 6);
    expect(x('文') - x('I')).toBeCloseTo(0.75 * EM, 6);
    expect(x('5') - x('，')).toBeCloseTo(EM, 6);
    expect(x('。') - x('G')).toBeCloseTo(0.5 * EM, 6);

    // A Latin word that starts a line sits at the line start, with no spacing before it.
    const lines = set('一二三四五六七八九十AI一二三', 10.5);
    expect(lines.lines[1]!.text.startsWith('AI')).toBe(true);
    expect(glyphs(lines, 1)[0]!.x).toBe(0);
  });

  it('expands Latin spaces first, before any gap between Chinese characters', () => {
    // 55 pt of Latin, ¼ em of Han–Latin spacing and 5 ideographs leave ¼ em: all of it goes to the space.
    const result = set('Hello world一二三四五六七八九十', 11);
    expect(result.lines[0]!.text).toBe('Hello world一二三四五');
    const list = glyphs(result);
    const x = (text: string) => list.find((glyph) => glyph.text === text)!.x;
    // o (½ em) + space (½ em) + the space's ¼ em of stretch.
    expect(x('w') - x('o')).toBeCloseTo(1.25 * EM, 6);
    expect(x('一') - x('d')).toBeCloseTo(0.75 * EM, 6);
    expect(x('五') - x('四')).toBeCloseTo(EM, 6);
  });

  it('spreads what is left over every gap between atoms alike, never inside a Latin word', () => {
    const result = set('一二三四五六七八九十十AB', 10.5);
    expect(result.lines[0]!.text).toBe('一二三四五六七八九十');
    const list = glyphs(result);
    const step = list[1]!.x - list[0]!.x;
    for (let i = 1; i < list.length; i++) expect(list[i]!.x - list[i - 1]!.x).toBeCloseTo(step, 6);
    expect(step).toBeCloseTo(EM + (0.5 * EM) / 9, 6);
    const second = glyphs(result, 1);
    expect(second[2]!.x - second[1]!.x).toBeCloseTo(0.5 * EM, 6);
  });
});
