// The no-loss check for imports, written apart from the importer: every non-space character of the
// input must be in exactly one output field or reported marker.
//
// Characters are compared as multisets after the clean-up's mapping, applied to input and output alike:
// - whitespace is not counted (the clean-up removes or collapses it);
// - half-width , : ; ! ? ( ) . count as their full-width forms (the clean-up turns them full-width in Chinese text);
// - in each input line, a run of two or more dashes (— ― ─) counts as —— (the clean-up shortens dash runs).
// Documented allowance: Markdown markup read as structure may be missing from the output, at most
// as much of it as the input carries — line-leading heading #s, a line-leading quote >, and the
// ** or __ around a whole bold line. Nothing else may be missing, and nothing may be added.
// `jumps` restate the jump markers, so they are checked against them instead of being counted.
import type { ImportResult } from '../../../shared/import/imported-article';

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）', '.': '。' };
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/u;
const HEADING = /^[ \t]{0,3}(#{1,6})(?=[ \t]|$)/u;
const QUOTE = /^[ \t]{0,3}>/u;
const BOLD_LINE = /^\s*(\*\*|__)(.+)\1\s*$/u;

function count(into: Map<string, number>, text: string): void {
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    const key = FULL_WIDTH[char] ?? char;
    into.set(key, (into.get(key) ?? 0) + 1);
  }
}

function inputCounts(input: string): { chars: Map<string, number>; markup: Map<string, number> } {
  const chars = new Map<string, number>();
  const markup = new Map<string, number>();
  for (const line of input.split(LINE_BREAK)) {
    count(chars, line.replace(/[\u2014\u2015\u2500]{2,}/gu, '——'));
    const heading = HEADING.exec(line);
    const bold = BOLD_LINE.exec(line);
    if (heading) markup.set('#', (markup.get('#') ?? 0) + (heading[1]?.length ?? 0));
    else if (QUOTE.test(line)) markup.set('>', (markup.get('>') ?? 0) + 1);
    else if (bold) markup.set(bold[1]?.charAt(0) ?? '*', (markup.get(bold[1]?.charAt(0) ?? '*') ?? 0) + 4);
  }
  return { chars, markup };
}

/** Every string the result holds as text: the fields of each article and the markers. */
export function outputTexts(result: ImportResult): string[] {
  const texts: string[] = [];
  for (const article of result.articles) {
    texts.push(article.kicker, article.headline, article.subtitle, article.dateline, article.byline, article.signature);
    for (const item of article.body) {
      texts.push(item.text);
      if (item.kind === 'caption') texts.push(item.credit);
    }
  }
  for (const marker of result.markers) texts.push(marker.text);
  return texts;
}

/** What does not add up, one line per character; empty when the import lost and duplicated nothing. */
export function accountFor(input: string, result: ImportResult): string[] {
  const { chars: expected, markup } = inputCounts(input);
  const actual = new Map<string, number>();
  for (const text of outputTexts(result)) count(actual, text);
  const problems: string[] = [];
  for (const char of new Set([...expected.keys(), ...actual.keys()])) {
    const want = expected.get(char) ?? 0;
    const got = actual.get(char) ?? 0;
    const allowed = markup.get(char) ?? 0;
    if (got > want || got < want - allowed)
      problems.push(`${JSON.stringify(char)}: input ${want}, output ${got}${allowed ? ` (markup ${allowed})` : ''}`);
  }
  const jumpMarkers = result.markers.filter((marker) => marker.kind === 'jump').map((marker) => marker.text.replace(/[\s（）()]/gu, ''));
  const jumps = result.articles.flatMap((article) => article.jumps);
  if ([...jumpMarkers].sort().join('|') !== [...jumps].sort().join('|'))
    problems.push(`jumps ${jumps.join(',')} ≠ jump markers ${jumpMarkers.join(',')}`);
  return problems;
}
