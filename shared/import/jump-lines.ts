// 转版行: (下转A2版) at the foot of a first part, （上接D1版） at the head of its continuation —
// on a line of their own, or run into the paragraph they end or open.
import { tailOf } from './char-classes';

const CORE = '(?:下转|上接|转|接)\\s*(?:第\\s*)?(?:[A-Za-z]\\s*\\d{1,2}|\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*版';
const BRACKETED = `[（(]\\s*${CORE}\\s*[）)]`;
const WHOLE_LINE = new RegExp(`^\\s*(?:${BRACKETED}|${CORE})\\s*$`, 'u');
const LEADING = new RegExp(`^\\s*${BRACKETED}`, 'u');
// Unbracketed at the end only after a finished sentence, so running text naming a page is left alone.
// The spaces after the sentence are matched, not looked behind: a lookbehind over \s* would rescan
// a run of spaces from each position in it.
const TRAILING = new RegExp(`(?:${BRACKETED}|(?<=[。！？…”’])\\s*${CORE})\\s*$`, 'u');

export function isJumpLine(text: string): boolean {
  return WHOLE_LINE.test(text);
}

/** The jump as listed in an article's `jumps`: 下转A2版, 上接D1版 (brackets and spaces left out). */
export function jumpLabel(text: string): string {
  return text.replace(/[\s（）()]/gu, '');
}

/** 上接 / 接 open a continuation; 下转 / 转 end a first part. */
export function isContinuationJump(text: string): boolean {
  return /^(上接|接)/u.test(jumpLabel(text));
}

/** （上接A1版）园区随后… → ['（上接A1版）', '园区随后…']. */
export function splitLeadingJump(text: string): [string, string] | null {
  const match = LEADING.exec(text);
  if (!match || match[0].trim() === text.trim()) return null;
  return [match[0].trim(), text.slice(match[0].length)];
}

/** …签署协议。(下转A2版) → ['…签署协议。', '(下转A2版)']. */
export function splitTrailingJump(text: string): [string, string] | null {
  const tail = tailOf(text, 64);
  const match = TRAILING.exec(tail.text);
  const at = match ? tail.offset + match.index : 0;
  if (!match || at === 0) return null;
  return [text.slice(0, at), match[0].trim()];
}
