// Whitespace and dash runs handled by plain loops. A regular expression such as /\s+/u over a run
// of millions of characters overflows V8's backtracking stack (a RangeError, not a result), and an
// unanchored one rescans a run from each of its starts; these loops are linear and never throw.
import { isWhitespaceCode } from '../text/characters';

/** The runs of text between whitespace, none empty: `text.split(/\s+/u)` without the empty ends. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let index = 0; index < text.length; index += 1) {
    if (isWhitespaceCode(text.charCodeAt(index))) {
      if (start >= 0) words.push(text.slice(start, index));
      start = -1;
    } else if (start < 0) {
      start = index;
    }
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/** Every run of whitespace replaced by `separator`: `text.replace(/\s+/gu, separator)`. */
export function replaceWhitespaceRuns(text: string, separator: string): string {
  const parts: string[] = [];
  let from = 0;
  let index = 0;
  while (index < text.length) {
    if (!isWhitespaceCode(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    parts.push(text.slice(from, index), separator);
    while (index < text.length && isWhitespaceCode(text.charCodeAt(index))) index += 1;
    from = index;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Runs of whitespace longer than `max` cut to their first `max` characters. Nothing the importer
 * reads depends on how long a run is past a few characters, and with runs this short every
 * whitespace quantifier in its patterns has a bound.
 */
export function capWhitespaceRuns(text: string, max: number): string {
  let parts: string[] | undefined;
  let from = 0;
  let index = 0;
  while (index < text.length) {
    if (!isWhitespaceCode(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && isWhitespaceCode(text.charCodeAt(index))) index += 1;
    if (index - start > max) {
      parts ??= [];
      parts.push(text.slice(from, start + max));
      from = index;
    }
  }
  if (!parts) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

function isDash(code: number): boolean {
  return code === 0x2014 || code === 0x2015 || code === 0x2500;
}

/** Runs of two or more dash characters (—, ―, ─) replaced by `replacement`. */
export function replaceDashRuns(text: string, replacement: string): string {
  let parts: string[] | undefined;
  let from = 0;
  let index = 0;
  while (index < text.length) {
    if (!isDash(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && isDash(text.charCodeAt(index))) index += 1;
    if (index - start >= 2) {
      parts ??= [];
      parts.push(text.slice(from, start), replacement);
      from = index;
    }
  }
  if (!parts) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/** Splits a text into lines at \r\n, \n, \r, U+2028 and U+2029. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== 0x0a && code !== 0x0d && code !== 0x2028 && code !== 0x2029) continue;
    lines.push(text.slice(from, index));
    if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) index += 1;
    from = index + 1;
  }
  lines.push(text.slice(from));
  return lines;
}
