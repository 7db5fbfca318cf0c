// The front page's 导读 in the 报眼: one line per inside page naming its lead story (头条) and the
// page it is on, in page order. Derived from the issue at every layout, so re-ordering pages or
// changing a page's lead changes it; nothing is typed for it.
import type { Article } from '../model/article';
import type { Issue } from '../model/issue';
import { splitWords } from '../import/whitespace';
import { collectArticle } from './collect';
import { ASCENT, DESCENT, textStyle, type MastheadPen } from './masthead-pen';
import { continuationIds, rankedStories } from './page-rank';

export interface GuideEntry {
  /** The page label as the entry prints it, e.g. "A3版". */
  page: string;
  headline: string;
}

/**
 * Entry sizes tried, largest first (小四, 五号, 小五): the largest at which every headline fits wins;
 * when none does, the smallest, which shortens the fewest.
 */
const ENTRY_SIZES = [12, 10.5, 9];

/** A headline on one line: its forced breaks closed up, runs of spaces made one. */
function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => splitWords(line).join(' '))
    .join('');
}

/** Each inside page's lead story, in page order; a page without a headed lead is left out. */
export function guideEntries(issue: Issue, articles: ReadonlyMap<string, Pick<Article, 'content'>>): GuideEntry[] {
  const continuations = continuationIds(issue);
  return issue.pages.slice(1).flatMap((page) => {
    const lead = rankedStories(page, continuations)[0];
    const article = lead?.articleId ? articles.get(lead.articleId) : undefined;
    const headline = article ? oneLine(collectArticle(article).headline) : '';
    return headline ? [{ page: `${page.label}版`, headline }] : [];
  });
}

export interface GuideBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The body size the box's measures are derived from. */
  unit: number;
}

/**
 * A framed box: a black band down its left edge carrying 导读 in white, the entries to its right,
 * spread evenly over the box's height with a hairline between them; headline left, label right.
 */
export function drawGuideBox(pen: MastheadPen, entries: readonly GuideEntry[], box: GuideBox): void {
  const { x, y, width, height, unit } = box;
  pen.frame(x, y, width, height, 0.75);
  const bandSize = unit * 2;
  const bandWidth = bandSize * 1.6;
  pen.fill(x, y, bandWidth, height);
  const title = textStyle('sans', true, bandSize, 0);
  const titleChars = Array.from('导读');
  const titleStep = bandSize * 1.6;
  const firstBaseline = y + height / 2 - (titleStep * (titleChars.length - 1)) / 2 + (bandSize * (ASCENT - DESCENT)) / 2;
  titleChars.forEach((char, index) =>
    pen.text(title, char, { x, width: bandWidth, baseline: firstBaseline + index * titleStep, align: 'center' }),
  );
  if (entries.length === 0) return;

  const pad = unit;
  const left = x + bandWidth + pad;
  const right = x + width - pad;
  const top = y + pad / 2;
  const pitch = (height - pad) / entries.length;
  const headlineAt = (size: number) => textStyle('serif', true, size);
  const pageAt = (size: number) => textStyle('sans', true, size);
  const room = (size: number, entry: GuideEntry) => right - left - pen.measure(pageAt(size), entry.page) - size;
  const fitting = ENTRY_SIZES.filter((size) => size <= pitch * 0.6);
  const size =
    fitting.find((candidate) => entries.every((entry) => pen.measure(headlineAt(candidate), entry.headline) <= room(candidate, entry))) ??
    fitting[fitting.length - 1] ??
    Math.max(5, pitch * 0.6);

  entries.forEach((entry, index) => {
    const rowTop = top + index * pitch;
    if (index > 0) pen.rule(left, rowTop, right, rowTop, 0.25);
    const baseline = rowTop + pitch / 2 + (size * (ASCENT - DESCENT)) / 2;
    const headline = pen.shortened(headlineAt(size), entry.headline, room(size, entry));
    pen.text(headlineAt(size), headline, { x: left, width: right - left, baseline });
    pen.text(pageAt(size), entry.page, { x: left, width: right - left, baseline, align: 'right' });
  });
}
