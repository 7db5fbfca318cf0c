// What a run of short lines tells about itself and about the bodies around it: how much it looks
// like a headline group rather than a subhead, and how many of its words a body repeats.
import { LEADING_DASHES, textWidth } from './char-classes';
import { isZoneName } from './headline-group';
import type { TitleUnit } from './page-units';
import { splitWords } from './whitespace';

// 青河高新区… / 白石县… at the start of a line: a headline names its place, a subhead seldom does.
const PLACE_FIRST = /^\p{Script=Han}{2,8}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区|新区|园区|示范区|县|市)/u;
// 青河：… — a place and a colon open many headlines of the paper.
const HAN_COLON = /\p{Script=Han}[:：]\p{Script=Han}/u;
const WIDE_HEADLINE = 16;
const NARROW_SUBHEAD = 10;

/** A line shaped like a headline whatever its width: a place first, or a place and a colon. */
export function hasHeadlineShape(text: string): boolean {
  return PLACE_FIRST.test(text) || HAN_COLON.test(text);
}

function isSubtitle(unit: TitleUnit): boolean {
  return unit.subtitle || LEADING_DASHES.test(unit.line.content);
}

/**
 * Above 0 the lines read as a headline group, below 0 as a subhead: a 副题, a Markdown headline
 * or several lines make a group; a zone's name, a place first, a colon, width count for it; a
 * short single line counts against it.
 */
export function headlineScore(titles: readonly TitleUnit[]): number {
  const main = titles.filter((unit) => !isSubtitle(unit));
  let score = 0;
  if (main.length < titles.length) score += 3;
  if (titles.some((unit) => unit.line.heading > 0 && unit.line.heading <= 2)) score += 3;
  if (main.length >= 2) score += 1.5;
  if (main.some((unit) => isZoneName(splitWords(unit.line.content)[0] ?? ''))) score += 2;
  const text = main.map((unit) => unit.line.content).join('');
  if (hasHeadlineShape(text)) score += 1;
  const width = textWidth(text);
  if (width >= WIDE_HEADLINE) score += 1;
  else if (width <= NARROW_SUBHEAD) score -= 1;
  return score;
}

/** The pairs of Chinese characters in a text (its words, roughly), each once. */
export function characterPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  const chars = Array.from(text.replace(/[^\p{Script=Han}]+/gu, ' '));
  for (let index = 1; index < chars.length; index += 1) {
    const pair = `${chars[index - 1] ?? ''}${chars[index] ?? ''}`;
    if (!pair.includes(' ')) pairs.add(pair);
  }
  return pairs;
}

/**
 * How much better `body` than `other` repeats the group's words: the pairs of characters of the
 * group found in one body and not in the other (words common to both, 开发, 园区, say nothing).
 */
export function sharedWordsBalance(group: ReadonlySet<string>, body: ReadonlySet<string>, other: ReadonlySet<string>): number {
  let balance = 0;
  for (const pair of group) {
    const inBody = body.has(pair);
    if (inBody !== other.has(pair)) balance += inBody ? 1 : -1;
  }
  return balance;
}
