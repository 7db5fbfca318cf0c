// Clean-up of extracted text. It only ever removes whitespace, turns half-width punctuation in
// Chinese text full-width and shortens dash runs; it never changes, adds or reorders a word.
import { HALF_TO_FULL, isAsciiAlnum, isCjk } from './char-classes';
import { replaceDashRuns, splitWords } from './whitespace';

/** ——— (and longer runs, or mixed dash characters) → ——. Applied per input line, before anything else. */
export function normaliseDashRuns(line: string): string {
  return replaceDashRuns(line, '——');
}

function nearest(chars: readonly string[], from: number, step: 1 | -1): string | undefined {
  for (let index = from + step; index >= 0 && index < chars.length; index += step) {
    const char = chars[index];
    if (char !== undefined && !/\s/u.test(char)) return char;
  }
  return undefined;
}

// How far a parenthesis looks for its partner: extraction never sets a bracketed aside longer than this.
const PAREN_REACH = 200;

/**
 * Half-width , : ; ! ? ( ) → full-width where they touch Chinese text (. only between Chinese). A pair of parentheses turns
 * full-width together when it encloses Chinese — (北京) → （北京） — and stays half-width around
 * Latin only — (MW). Punctuation between two ASCII letters or digits is never touched (1,000 · 10:30
 * · http://), nor is punctuation with no Chinese on either side.
 */
export function fullWidthPunctuation(text: string): string {
  if (!/[,:;!?().]/u.test(text)) return text;
  const chars = Array.from(text);
  const out = [...chars];
  const decided = new Set<number>();
  for (let open = 0; open < chars.length; open += 1) {
    if (chars[open] !== '(') continue;
    let close = open + 1;
    let chinese = false;
    for (; close < chars.length && close - open <= PAREN_REACH; close += 1) {
      const char = chars[close];
      if (char === '(' || char === ')') break;
      if (isCjk(char)) chinese = true;
    }
    if (chars[close] !== ')') continue;
    decided.add(open).add(close);
    if (chinese) {
      out[open] = '（';
      out[close] = '）';
    }
  }
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index] ?? '';
    const full = HALF_TO_FULL[char];
    if (full === undefined || decided.has(index)) continue;
    const left = nearest(chars, index, -1);
    const right = nearest(chars, index, 1);
    if (isAsciiAlnum(left) && isAsciiAlnum(right)) continue;
    // A full stop is also a decimal point, an abbreviation's dot and a URL's: only Chinese on both sides makes it 。.
    if (char === '.' ? isCjk(left) && isCjk(right) : isCjk(left) || isCjk(right)) out[index] = full;
  }
  return out.join('');
}

/** The code point of `text` that ends just before `end` (a whole surrogate pair), or undefined. */
function charBefore(text: string, end: number): string | undefined {
  if (end <= 0) return undefined;
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text.charAt(end - 1);
}

function firstChar(text: string): string | undefined {
  const code = text.codePointAt(0);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

/** The part starts with two Chinese characters. */
function startsWithTwoCjk(part: string): boolean {
  const first = firstChar(part);
  return isCjk(first) && isCjk(firstChar(part.slice(first?.length ?? 0)));
}

/** The part ends with two Chinese characters. */
function endsWithTwoCjk(part: string): boolean {
  const last = charBefore(part, part.length);
  return isCjk(last) && isCjk(charBefore(part, part.length - (last?.length ?? 0)));
}

/**
 * Whitespace next to Chinese goes (智 能 制 造 → 智能制造, 厂房 12 栋 → 厂房12栋: the typesetter
 * adds its own Han–Latin spacing); whitespace between Latin words or numbers becomes one space.
 * With `keepWordSpaces`, a space between two Chinese words of two or more characters stays: in
 * headlines, bylines and signatures it separates the halves of a two-line title or two names.
 */
export function collapseSpaces(text: string, keepWordSpaces: boolean): string {
  if (!/\s/u.test(text)) return text;
  const parts = splitWords(text);
  let out = parts[0] ?? '';
  for (let index = 1; index < parts.length; index += 1) {
    const before = parts[index - 1] ?? '';
    const part = parts[index] ?? '';
    const last = charBefore(before, before.length);
    const first = firstChar(part);
    let gap = ' ';
    if (isCjk(last) || isCjk(first)) {
      const words = keepWordSpaces && isCjk(last) && isCjk(first) && endsWithTwoCjk(before) && startsWithTwoCjk(part);
      gap = words ? ' ' : '';
    }
    out += gap + part;
  }
  return out;
}

/** Body text: paragraphs, captions, quotes, subheads. */
export function cleanBodyText(text: string): string {
  return collapseSpaces(fullWidthPunctuation(text), false);
}

/** Headline group, dateline, byline, signature and credit: word spaces kept, letter spacing removed. */
export function cleanTitleText(text: string): string {
  return collapseSpaces(fullWidthPunctuation(text), true);
}
