// Character classes the importer reasons with: what counts as Chinese text, where a sentence ends,
// and how wide a line is in body characters (the unit column widths are measured in).

const CJK_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u2e3a\u2e3b]/u;
const ASCII_ALNUM = /[A-Za-z0-9]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
const DIGIT = /[0-9]/;

/** Chinese characters and the punctuation set with them (full-width forms, curly quotes, —, …, ·). */
export function isCjk(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.codePointAt(0) ?? 0;
  if (code < 0xb7) return false;
  // The common blocks by range first: this runs for every character of a page.
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) return true;
  return CJK_CHAR.test(char);
}

export function isAsciiAlnum(char: string | undefined): boolean {
  return char !== undefined && ASCII_ALNUM.test(char);
}

export function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && LATIN_LETTER.test(char);
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && DIGIT.test(char);
}

/** Width in body characters: a Chinese character is one, Latin letters and digits half, spaces nothing. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (char === ' ' || /\s/u.test(char)) continue;
    width += isCjk(char) ? 1 : 0.5;
  }
  return width;
}

// A sentence ends at 。！？… (or ASCII ! ?, or a full stop after a Latin word), possibly followed by
// closing quotes or brackets.
const TERMINAL_END = /(?:[。！？!?…]|(?<=[A-Za-z])\.)[”’」』）)】》"']*\s*$/u;

export function endsSentence(text: string): boolean {
  return TERMINAL_END.test(tailOf(text, 64).text);
}

/**
 * The last `size` code units of a text (never starting inside a surrogate pair) and where they start.
 * Patterns that look at the end of a line or paragraph run on this, so a very long one costs no more.
 */
export function tailOf(text: string, size: number): { offset: number; text: string } {
  let offset = Math.max(0, text.length - size);
  const code = text.charCodeAt(offset);
  if (offset > 0 && code >= 0xdc00 && code <= 0xdfff) offset -= 1;
  return { offset, text: text.slice(offset) };
}

const SENTENCE_INSIDE = /[。！？；]/u;

/** True when the text holds a sentence end or semicolon anywhere (never in a headline). */
export function hasSentenceEnd(text: string): boolean {
  return SENTENCE_INSIDE.test(text);
}

// Punctuation that separates clauses: a line holding any of it is running text, not a title line.
const CLAUSE_PUNCT = /[，。；：、！？,;!?]/u;

export function hasClausePunctuation(text: string): boolean {
  return CLAUSE_PUNCT.test(text);
}

/** Half-width punctuation the clean-up turns full-width in Chinese text (the full stop only between Chinese). */
export const HALF_TO_FULL: Readonly<Record<string, string>> = {
  '.': '。',
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

/** Starts with two or more dash characters (em dash, horizontal bar, box rule): a subtitle's ——. */
export const LEADING_DASHES = /^\s*[\u2014\u2015\u2500]{2}/u;

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
