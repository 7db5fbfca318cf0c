// Places the sample articles on the pages of the sample issue: bands across the page, one wide
// article or two side by side, sized by the depth the layout engine measures for each. The A1 lead is
// cut short on purpose and continues on A2, so the sample shows a jump.
import type { Article } from '../model/article';
import { bodyLinesPerPage, defaultTextColumns } from '../model/grid';
import { firstFreeLine } from '../model/issue-factory';
import type { ArticleBlock, Block, Issue, Page } from '../model/issue';
import type { PublicationProfile } from '../model/profile';
import { gridColumns, gridLines } from '../units/units';
import type { SampleArticle } from './sample-articles';
import { SAMPLE_PAGE_PHOTOS } from './sample-photos';

interface Placement {
  article: Article;
  cols: number;
  textColumns: number;
  headlineSize: number | null;
}

interface Band {
  items: Placement[];
  lines: number;
  /** A band whose depth is set on purpose (the jump of the lead) keeps it when the page is filled. */
  fixed?: boolean;
  /** A full-width news photo instead of articles (the front page's lead photo). */
  photo?: { caption: string; credit: string };
}

/** Body lines of the front page's lead photo band before the page is filled. */
const LEAD_PHOTO_LINES = 26;
/** The smallest page picture on an inside page; it grows into the room the articles leave. */
const MIN_PAGE_PHOTO_LINES = 12;

/** At most this share of the A1 lead stays on A1, so the sample always shows a jump to A2. */
const MAX_LEAD_SHARE_ON_FRONT = 0.75;
const LEAD_HEADLINE_PT = 36;
const NARROW_HEADLINE_PT = 18;

export function textColumnsFor(cols: number): number {
  return defaultTextColumns(cols);
}

function placement(profile: PublicationProfile, article: Article, cols: number, lead: boolean): Placement {
  const headlineSize = lead ? LEAD_HEADLINE_PT : cols <= 3 ? NARROW_HEADLINE_PT : null;
  return { article, cols, textColumns: textColumnsFor(cols), headlineSize };
}

/** Lines an article needs in a block, measured by the layout engine. */
export type MeasureLines = (article: Article, block: ArticleBlock) => number;

/** How deep a placement needs to be. */
type Need = (item: Placement) => number;

function needWith(measure: MeasureLines): Need {
  return (item) => {
    const block: ArticleBlock = {
      kind: 'article',
      id: 'measure',
      col: gridColumns(0),
      line: gridLines(0),
      cols: gridColumns(item.cols),
      lines: gridLines(1),
      articleId: item.article.id,
      textColumns: item.textColumns,
      headline: 'across',
      headlineSize: item.headlineSize,
      continuesIn: null,
      headlineLines: null,
      showKicker: true,
      showSubtitle: true,
    };
    return measure(item.article, block);
  };
}

/** Groups a page's articles into bands: the first full width, the rest in pairs split by length. */
function bands(profile: PublicationProfile, need: Need, articles: Article[], firstIsLead: boolean): Band[] {
  const cols = profile.format.columns;
  const result: Band[] = [];
  const queue = [...articles];
  const first = queue.shift();
  if (first) {
    const item = placement(profile, first, cols, firstIsLead);
    result.push({ items: [item], lines: need(item) });
  }
  while (queue.length > 0) {
    const a = queue.shift() as Article;
    const b = queue.shift();
    if (!b) {
      const item = placement(profile, a, cols, false);
      result.push({ items: [item], lines: need(item) });
      continue;
    }
    // The split of the band's columns that makes the deeper of the two articles shallowest.
    let best: Band | undefined;
    for (let colsA = 3; colsA <= cols - 3; colsA += 1) {
      const items = [placement(profile, a, colsA, false), placement(profile, b, cols - colsA, false)];
      const lines = Math.max(...items.map((item) => need(item)));
      if (!best || lines < best.lines) best = { items, lines };
    }
    if (best) result.push(best);
  }
  return result;
}

/**
 * Fits the bands to the free lines of the page: room left over goes to the photo band (the page's
 * picture grows), and when the articles need more than the page has, the free bands shrink evenly.
 */
function fit(bandList: Band[], freeLines: number): number[] {
  const heights = bandList.map((band) => band.lines);
  const photo = bandList.findIndex((band) => band.photo !== undefined && !band.fixed);
  let rest = freeLines - heights.reduce((sum, height) => sum + height, 0);
  if (rest > 0 && photo >= 0) {
    heights[photo] = (heights[photo] ?? 0) + rest;
    return heights;
  }
  const flexible = bandList.map((band, index) => (band.fixed ? -1 : index)).filter((index) => index >= 0);
  for (let turn = 0; rest !== 0 && flexible.length > 0; turn += 1) {
    const index = flexible[turn % flexible.length] ?? 0;
    const step = rest > 0 ? 1 : -1;
    heights[index] = Math.max(4, (heights[index] ?? 0) + step);
    rest -= step;
    if (turn > 100_000) break;
  }
  return heights;
}

function blocksOf(page: Page, bandList: Band[], heights: number[], startLine: number, columns: number): Block[] {
  const blocks: Block[] = [];
  let line = startLine;
  bandList.forEach((band, bandIndex) => {
    let col = 0;
    if (band.photo) {
      blocks.push({
        kind: 'photo',
        id: `${page.id}-photo${blocks.length + 1}`,
        col: gridColumns(0),
        line: gridLines(line),
        cols: gridColumns(columns),
        lines: gridLines(heights[bandIndex] ?? 4),
        assetId: null,
        caption: band.photo.caption,
        credit: band.photo.credit,
      });
    }
    for (const item of band.items) {
      blocks.push({
        kind: 'article',
        id: `${page.id}-b${blocks.length + 1}`,
        col: gridColumns(col),
        line: gridLines(line),
        cols: gridColumns(item.cols),
        lines: gridLines(heights[bandIndex] ?? 4),
        articleId: item.article.id,
        textColumns: item.textColumns,
        headline: 'across',
        headlineSize: item.headlineSize,
        continuesIn: null,
        headlineLines: null,
        showKicker: true,
        showSubtitle: true,
      });
      col += item.cols;
    }
    line += heights[bandIndex] ?? 0;
  });
  return blocks;
}

export function placeArticles(
  profile: PublicationProfile,
  issue: Issue,
  samples: readonly SampleArticle[],
  articles: readonly Article[],
  measureLines: MeasureLines,
): Issue {
  const need = needWith(measureLines);
  const pageLines = bodyLinesPerPage(profile.format);
  const onPage = (label: string) => articles.filter((_, index) => samples[index]?.page === label);
  const pages = issue.pages.map((page) => ({ ...page, blocks: [...page.blocks] }));
  const front = pages[0];
  const second = pages[1];
  const lead = front ? onPage(front.label)[0] : undefined;

  let leadOnFront = 0;
  pages.forEach((page, pageIndex) => {
    const top = firstFreeLine(page);
    const articlesHere = onPage(page.label);
    const bandList = bands(profile, need, articlesHere, pageIndex === 0);
    const leadBand = pageIndex === 0 ? bandList[0] : undefined;
    if (leadBand) {
      // The lead takes what the photo and the other stories leave on A1, and jumps to A2.
      const leadSample = samples[articles.findIndex((article) => article.id === lead?.id)];
      if (leadSample?.photo) bandList.splice(1, 0, { items: [], lines: LEAD_PHOTO_LINES, photo: leadSample.photo });
      const others = bandList.slice(1).reduce((sum, band) => sum + band.lines, 0);
      leadOnFront = Math.max(12, Math.min(Math.ceil(leadBand.lines * MAX_LEAD_SHARE_ON_FRONT), pageLines - top - others));
      leadBand.lines = leadOnFront;
      leadBand.fixed = true;
    } else {
      const photo = SAMPLE_PAGE_PHOTOS[page.label];
      // The page picture sits under the page's first story.
      if (photo) bandList.splice(1, 0, { items: [], lines: MIN_PAGE_PHOTO_LINES, photo });
    }
    if (pageIndex === 1 && lead) {
      // The continuation of the A1 lead opens A2, full width, without a headline of its own.
      const item = placement(profile, lead, profile.format.columns, true);
      bandList.unshift({ items: [item], lines: Math.max(8, need(item) - leadOnFront + 4), fixed: true });
    }
    page.blocks.push(...blocksOf(page, bandList, fit(bandList, pageLines - top), top, profile.format.columns));
  });

  if (front && second && lead) {
    const from = front.blocks.find((block) => block.kind === 'article' && block.articleId === lead.id);
    const to = second.blocks.find((block) => block.kind === 'article' && block.articleId === lead.id);
    if (from?.kind === 'article' && to) from.continuesIn = to.id;
  }
  return { ...issue, pages };
}
