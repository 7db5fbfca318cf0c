// Shared checks for the typesetting tests: run a paragraph in the synthetic face and inspect
// line starts and ends against the rule table of TYPESETTING.md (written out here independently).
import type { ParagraphOptions, TypesetParagraph } from '../../../shared/typeset/paragraph';
import { typesetParagraph } from '../../../shared/typeset/paragraph';
import type { TypesetLine } from '../../../shared/typeset/emit';
import { pt } from '../../../shared/units/units';
import { bodySpan } from './synthetic-font';

export const EM = 10;

/** Never at line start (GB level). */
export const NO_START = new Set([...'、，；：。！？”’）》〉】〗〕］｝～·・‧']);
/** Never at line end (GB level). */
export const NO_END = new Set([...'“‘（《〈【〖〔［｛/／']);
const LATIN_WORD = /^[A-Za-z0-9.%/()[\]{},;:!?'"+\-_@#&*=]$/;

export function set(text: string, widthEm: number, options: Partial<ParagraphOptions> = {}): TypesetParagraph {
  return typesetParagraph([bodySpan(text, EM)], {
    width: pt(widthEm * EM),
    indentEm: 0,
    lineBreaking: 'gb',
    alignLast: 'start',
    ...options,
  });
}

export function lineTexts(result: TypesetParagraph): string[] {
  return result.lines.map((line) => line.text);
}

function lastVisible(text: string): string {
  const chars = [...text.trimEnd()];
  return chars[chars.length - 1] ?? '';
}

/** Run length of `ch` ending at the end of `text`. */
function trailingRun(text: string, ch: string): number {
  let count = 0;
  for (let i = text.length - 1; i >= 0 && text[i] === ch; i--) count++;
  return count;
}

/** Descriptions of every break that breaks a rule, with the index of the line above it. */
export function violations(lines: readonly TypesetLine[], level: 'gb' | 'strict' = 'gb'): Array<{ line: number; why: string }> {
  const found: Array<{ line: number; why: string }> = [];
  let before = '';
  for (let k = 0; k + 1 < lines.length; k++) {
    before += lines[k]!.text;
    const above = lines[k]!.text;
    const below = lines[k + 1]!.text;
    const first = [...below][0] ?? '';
    const end = lastVisible(above);
    if (NO_START.has(first)) found.push({ line: k, why: `line starts with ${first}` });
    if (level === 'strict' && (first === '—' || first === '…')) found.push({ line: k, why: `strict: line starts with ${first}` });
    if (NO_END.has(end)) found.push({ line: k, why: `line ends with ${end}` });
    if (!/\s$/u.test(above) && LATIN_WORD.test(above.slice(-1)) && LATIN_WORD.test(first)) {
      found.push({ line: k, why: `Latin word broken: …${above.slice(-3)}|${below.slice(0, 3)}…` });
    }
    for (const mark of ['—', '…']) {
      // Pairs are formed from the start of a run of marks; a break at an odd count splits a pair.
      const run = trailingRun(before, mark);
      if (run % 2 === 1 && below.startsWith(mark)) found.push({ line: k, why: `${mark}${mark} split` });
    }
  }
  return found;
}

/** Where the last glyph of a line ends, from the line start. */
export function lastGlyphEnd(line: TypesetLine): number {
  const run = line.runs[line.runs.length - 1];
  const glyph = run?.glyphs[run.glyphs.length - 1];
  return glyph === undefined ? 0 : glyph.x + glyph.advance;
}
