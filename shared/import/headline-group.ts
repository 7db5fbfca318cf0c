// A headline group's lines → 引题 / 主题 / 副题. The order on the page is kicker, headline,
// subtitle; which line is which comes from Markdown headings, a dash, or a zone name set above.
import { isCjk, LEADING_DASHES } from './char-classes';
import type { TitleUnit } from './page-units';
import { splitWords } from './whitespace';

export interface HeadlineParts {
  kicker: string;
  headline: string;
  subtitle: string;
}

// 青河经济技术开发区, 白石高新区: a zone's name set alone above a headline is its kicker.
const ZONE_NAME =
  /^\p{Script=Han}{2,10}(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区|工业园区|产业园区|园区|综改区|示范区|新区|保税区)$/u;

export function isZoneName(text: string): boolean {
  return ZONE_NAME.test(text.trim());
}

type Join = 'element' | 'line';

interface TitleLine {
  text: string;
  join: Join;
  heading: number;
}

/**
 * How each line meets the one before: after a blank line it is a new element, kicker against
 * headline; otherwise it goes on the same one.
 */
function titleLines(titles: readonly TitleUnit[]): TitleLine[] {
  return titles.map((unit, index) => {
    const join: Join = index === 0 || unit.element || unit.line.blankBefore ? 'element' : 'line';
    return { text: unit.line.content, join, heading: unit.line.heading };
  });
}

/**
 * The lines of one title over several lines run on: between Chinese with no space (a line end in
 * Chinese is no word break), else with one. Spaces inside a line are the page's and stay.
 */
function joinTitleLines(lines: readonly TitleLine[]): string {
  const parts: string[] = [];
  let last: string | undefined;
  for (const line of lines) {
    // Lines come trimmed from the line stage, so their first and last characters are the visible ones.
    if (parts.length > 0) parts.push(isCjk(last) && isCjk(line.text.charAt(0)) ? '' : ' ');
    parts.push(line.text);
    if (line.text !== '') last = line.text.charAt(line.text.length - 1);
  }
  return parts.join('');
}

/** The group's parts, uncleaned. Every character of the lines lands in exactly one part. */
export function splitHeadlineGroup(titles: readonly TitleUnit[]): HeadlineParts {
  const isSubtitle = (unit: TitleUnit): boolean => unit.subtitle || LEADING_DASHES.test(unit.line.content);
  const subtitles = titles.filter(isSubtitle);
  const main = titleLines(titles.filter((unit) => !isSubtitle(unit)));
  const subtitle = subtitles.map((unit) => unit.line.content).join(' ');
  const first = main[0];
  if (!first) return { kicker: '', headline: '', subtitle };

  const marked = main.findIndex((line) => line.heading > 0 && line.heading <= 2);
  if (marked >= 0) {
    return { kicker: joinTitleLines(main.slice(0, marked)), headline: joinTitleLines(main.slice(marked)), subtitle };
  }
  if (main.length > 1 && isZoneName(first.text)) {
    return {
      kicker: first.text,
      headline: joinTitleLines(main.slice(1).map((line, index) => (index === 0 ? { ...line, join: 'element' } : line))),
      subtitle,
    };
  }
  // 青河经济技术开发区 数字赋能 打造智慧园区: kicker and headline on one extracted line.
  const [zone, ...rest] = splitWords(first.text);
  if (zone !== undefined && rest.length > 0 && isZoneName(zone)) {
    return { kicker: zone, headline: joinTitleLines([{ ...first, text: rest.join(' ') }, ...main.slice(1)]), subtitle };
  }
  const elementStart = main.findIndex((line, index) => index > 0 && line.join === 'element');
  if (elementStart > 0) {
    return { kicker: joinTitleLines(main.slice(0, elementStart)), headline: joinTitleLines(main.slice(elementStart)), subtitle };
  }
  return { kicker: '', headline: joinTitleLines(main), subtitle };
}
