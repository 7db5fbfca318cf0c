// The complete 禁则 tables, written out from clreq (§3.1.7, prohibition rules for line start and
// line end) and the JIS X 4051 character classes they build on, not from the implementation: every
// character listed here is set in running text at every width, and no line may start (or end) with it.
import { describe, expect, it } from 'vitest';
import { set } from './checks';

/** clreq / JIS X 4051 classes whose characters never begin a line, at the GB level already. */
const NEVER_AT_LINE_START: Record<string, string> = {
  // cl-02: closing quotation marks and brackets, full-width forms included.
  closingBrackets: '”’）〕］｝〉》」』】〙〗〛｠',
  // cl-04: dividing punctuation (叹号, 问号, their full-width and doubled forms).
  dividingPunctuation: '！？‼⁇⁈⁉',
  // cl-05: middle dots, incl. the 间隔号 of GB/T 15834 (· U+00B7), and 冒号 / 分号.
  middleDots: '·・‧：；',
  // cl-06 and cl-07: full stops and commas (句号, 顿号, 逗号), full-width forms included.
  stopsAndCommas: '。．、，',
  // 连接号 in its wave forms, which clreq keeps off the line start with the text they join.
  waveDashes: '～〜',
  // cl-13: postfixed abbreviations stay with the number before them (80％, 3‰).
  postfixedAbbreviations: '％‰‱￠℃℉°′″',
};

/** clreq / JIS X 4051 classes whose characters never end a line. */
const NEVER_AT_LINE_END: Record<string, string> = {
  // cl-01: opening quotation marks and brackets, full-width forms included.
  openingBrackets: '“‘（〔［｛〈《「『【〘〖〚｟',
  // cl-12: prefixed abbreviations stay with the number after them (￥20).
  prefixedAbbreviations: '￥＄￡',
};

const WIDTHS: number[] = [];
for (let width = 3; width <= 9; width += 0.5) WIDTHS.push(width);

/** Running text that puts `mark` after Han text and after digits, at every offset of a line. */
function textAround(mark: string, after: 'before' | 'after'): string {
  const parts: string[] = [];
  for (let run = 1; run <= 5; run += 1) {
    const han = '开发区建设'.slice(0, run);
    parts.push(after === 'before' ? `${han}${mark}` : `${mark}${han}`);
    parts.push(after === 'before' ? `${han}2025${mark}` : `${mark}2025${han}`);
  }
  return parts.join('');
}

describe('禁则: characters that never start a line', () => {
  for (const [name, marks] of Object.entries(NEVER_AT_LINE_START)) {
    for (const mark of marks) {
      it(`${name}: ${mark} (U+${mark.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`, () => {
        const text = textAround(mark, 'before');
        for (const level of ['gb', 'strict'] as const) {
          for (const width of WIDTHS) {
            const lines = set(text, width, { lineBreaking: level }).lines;
            expect(lines.map((line) => line.text).join('')).toBe(text);
            for (const line of lines.slice(1)) {
              expect(line.text.startsWith(mark), `${level}, ${width} em: ${lines.map((entry) => entry.text).join(' | ')}`).toBe(false);
            }
          }
        }
      });
    }
  }
});

describe('禁则: characters that never end a line', () => {
  for (const [name, marks] of Object.entries(NEVER_AT_LINE_END)) {
    for (const mark of marks) {
      it(`${name}: ${mark} (U+${mark.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`, () => {
        const text = textAround(mark, 'after');
        for (const level of ['gb', 'strict'] as const) {
          for (const width of WIDTHS) {
            const lines = set(text, width, { lineBreaking: level }).lines;
            expect(lines.map((line) => line.text).join('')).toBe(text);
            for (const line of lines.slice(0, -1)) {
              expect(line.text.trimEnd().endsWith(mark), `${level}, ${width} em: ${lines.map((entry) => entry.text).join(' | ')}`).toBe(
                false,
              );
            }
          }
        }
      });
    }
  }
});
