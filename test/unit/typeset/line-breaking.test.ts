import { describe, expect, it } from 'vitest';
import { EM, lineTexts, set, violations } from './checks';

// Dense with every kind of mark the rules name, so some break falls next to each at some width.
const DENSE =
  '他说：“我们要（坚持）《规划》的要求，做到‘三个一’。”随后，【重点】项目——包括〈示范〉工程……都已启动！真的吗？是的；' +
  '大家都说：“好！”（见附表）。〖附〗〔注〕［一］｛二｝、三～五·六、约翰・史密斯‧李四说：“成了。”' +
  '中文/英文，《开发区建设》（周刊）报道：“‘双碳’目标——如期实现……”！？';

const WIDTHS: number[] = [];
for (let w = 4; w <= 32; w += 0.25) WIDTHS.push(w);

describe('line breaking (禁则)', () => {
  it('never starts a line with ，。、；：？！”）》 and never ends one with “（《, at any width', () => {
    for (const width of WIDTHS) {
      for (const level of ['gb', 'strict'] as const) {
        const result = set(DENSE, width, { lineBreaking: level });
        const found = violations(result.lines, level);
        if (width >= 5) {
          expect(found, `width ${width} em, ${level}`).toEqual([]);
          expect(result.lines.every((line) => !line.forced)).toBe(true);
        } else {
          // 现……”！？ needs 4.5 em at the least under the strict rules: narrower columns cannot obey them.
          for (const violation of found) expect(result.lines[violation.line]?.forced, `width ${width} em, ${level}`).toBe(true);
        }
      }
    }
  });

  it('keeps —— and …… whole (2 em each) and never splits them', () => {
    const text = '前进——前进——前进……再前进……前进——中国——人民……伟大——胜利……继续——努力';
    for (const width of WIDTHS) {
      const result = set(text, width);
      expect(violations(result.lines), `width ${width} em`).toEqual([]);
      for (const line of result.lines) {
        const glyphs = line.runs.flatMap((run) => run.glyphs);
        for (let i = 0; i + 1 < glyphs.length; i++) {
          // The two glyphs of a pair sit exactly one em apart: justification never spaces inside it.
          const pairStart = glyphs[i]!.text === glyphs[i + 1]!.text && (glyphs[i]!.text === '—' || glyphs[i]!.text === '…');
          if (pairStart) {
            expect(glyphs[i + 1]!.x - glyphs[i]!.x).toBeCloseTo(EM, 6);
            i++;
          }
        }
      }
    }
  });

  it('strict level keeps —— and …… off line starts; GB allows them there', () => {
    const text = '一二三四五——六七八九十一二三四……五六七八';
    const gb = lineTexts(set(text, 5));
    expect(gb.some((line) => line.startsWith('——') || line.startsWith('……'))).toBe(true);
    for (const width of WIDTHS) {
      const strict = lineTexts(set(text, width, { lineBreaking: 'strict' }));
      expect(
        strict.slice(1).some((line) => line.startsWith('—') || line.startsWith('…')),
        `width ${width}`,
      ).toBe(false);
    }
  });

  it('never breaks inside numbers, units and English words', () => {
    const text =
      '全年增长15.3%，新建储能200MW/400MWh，2025年5G基站和AI应用覆盖全区，Artificial Intelligence与Internet of Things同步推进，网址http://www.kxdb.com。';
    for (const width of WIDTHS.filter((w) => w >= 10)) {
      const lines = lineTexts(set(text, width));
      expect(violations(set(text, width).lines), `width ${width}`).toEqual([]);
      const joined = lines.join('\n');
      for (const word of [
        '15.3%',
        '200MW/400MWh',
        '2025',
        '5G',
        'AI',
        'Artificial',
        'Intelligence',
        'Internet',
        'Things',
        'http://www.kxdb.com',
      ]) {
        expect(joined.includes(word), `${word} at ${width} em`).toBe(true);
      }
    }
  });

  it('breaks at Latin spaces and leaves the space at the end of the line', () => {
    const lines = lineTexts(set('Artificial Intelligence and the Internet of Things', 12));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.endsWith(' ')).toBe(true);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(false);
  });

  it('keeps ASCII closing marks off line starts and opening ones off line ends', () => {
    const text = '这是一个测试(中文)内容,还有更多的内容.以及其他(括号)内容;结束!';
    for (const width of WIDTHS) {
      const lines = lineTexts(set(text, width));
      for (const line of lines.slice(1)) expect(/^[),.;!]/.test(line), `${line} at ${width}`).toBe(false);
      for (const line of lines.slice(0, -1)) expect(line.endsWith('('), `${line} at ${width}`).toBe(false);
    }
  });

  it('pushes a line-start-forbidden mark in by compressing before pushing a character out', () => {
    // Ten ideographs fill a 10 em line; the comma after them is pushed in (line-end mark trimmed to ½ em).
    const result = set('一二三四五六七八九十，一二三四五', 10.5);
    expect(lineTexts(result)[0]).toBe('一二三四五六七八九十，');
    // 13 em of text in a 12 em line: the two earlier commas give up ½ em each, the last ½ em too.
    expect(lineTexts(set('一二，三四，五六七八九十，一二三四五', 12))[0]).toBe('一二，三四，五六七八九十，');
    // Without room to push in, the last character goes down with the comma.
    expect(lineTexts(set('一二三四五六七八九十，一二三四五', 10))[0]).toBe('一二三四五六七八九');
  });

  it('breaks against the rules only when a line has no legal break, and says so', () => {
    const result = set('。。。。。。。。。。。。', 3);
    expect(result.lines.length).toBeGreaterThan(1);
    expect(result.lines.some((line) => line.forced)).toBe(true);
    expect(lineTexts(result).join('')).toBe('。。。。。。。。。。。。');
  });
});
