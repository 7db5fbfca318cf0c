// Places the sample articles on the pages of the sample issue as a desk would plan them: the page's
// first story across the full width, the page picture under it, and the other stories stacked in
// two columns of base columns side by side. The stories, the split of the columns, each story's text
// columns and headline lines are chosen so that both sides come out even (each story as deep as
// its text, with at most MAX_EMPTY_LINES of white); the picture takes the room that is left. The
// A1 lead is cut short on purpose and continues on A2, so the sample shows a jump.
import type { Article } from '../model/article';
import { bodyLinesPerPage, defaultTextColumns, textColumnChars } from '../model/grid';
import { firstFreeLine } from '../model/issue-factory';
import type { ArticleBlock, Block, Issue, Page } from '../model/issue';
import type { PageFormat, PublicationProfile } from '../model/profile';
import { headlineSizeFor } from '../layout/headline-size';
import { gridColumns, gridLines } from '../units/units';
import { MAX_EMPTY_LINES } from '../layout/fit';
import type { SampleArticle } from './sample-articles';
import { SAMPLE_PAGE_PHOTOS, type SamplePhotoIds } from './sample-photos';

/** How a story is set in its block. */
interface Setting {
  cols: number;
  textColumns: number;
  /**
   * The headline size the story is measured with: its rank's on the page as the plan expects it
   * (headline-size.ts). The placed block sets none, so the page's own ranks decide in the end and
   * the fitting after the plan settles the depths.
   */
  headlineSize: number;
  headlineLines: number | null;
}

/** A story's depth in a setting: the lines its text needs, and how many more it can take. */
export interface Measured {
  lines: number;
  /** Empty lines at that depth, and the lines it may grow while leaving at most MAX_EMPTY_LINES. */
  empty: number;
  spare: number;
  /** The feet of its text columns end on the same line (or the later ones one line higher). */
  level: boolean;
}

/** A story that comes out even: little white under its text and level feet. */
const even = (measured: Measured) => measured.empty <= MAX_EMPTY_LINES && measured.level;

/** Measures an article in a block, with the layout engine. */
export type MeasureBlock = (article: Article, block: ArticleBlock, atFoot: boolean) => Measured;

interface Option extends Setting, Measured {
  article: Article;
}

/** Body lines of the front page's lead photo band before the page is filled. */
const LEAD_PHOTO_LINES = 26;
/** The smallest page picture; it grows into the room the articles leave. */
const MIN_PAGE_PHOTO_LINES = 12;
/** At most this share of the A1 lead stays on A1, so the sample always shows a jump to A2. */
const MAX_LEAD_SHARE_ON_FRONT = 0.75;
/** Text columns other than the house's may be tried within these characters to a line. */
const MIN_MEASURE = 17;
const MAX_MEASURE = 23;
/** The rank a story in the side-by-side stacks is measured with (the lead of the page is 1). */
const STACKED_RANK = 3;
/** Plans of a page's stacks kept in reserve, tried in turn when fitting cannot close the best. */
const CANDIDATES = 6;
/** Fittings tried before the placement settles for the best it found. */
const MAX_ROUNDS = 4;

export function textColumnsFor(format: PageFormat, cols: number): number {
  return defaultTextColumns(format, cols);
}

function articleBlock(
  id: string,
  article: Article,
  setting: Setting,
  col: number,
  line: number,
  lines: number,
  headlineSize: number | null = null,
): ArticleBlock {
  return {
    kind: 'article',
    id,
    col: gridColumns(col),
    line: gridLines(line),
    cols: gridColumns(setting.cols),
    lines: gridLines(Math.max(1, lines)),
    articleId: article.id,
    textColumns: setting.textColumns,
    headline: 'across',
    headlineSize,
    continuesIn: null,
    headlineLines: setting.headlineLines,
    showKicker: true,
    showSubtitle: true,
  };
}

class Planner {
  private readonly cache = new Map<string, Option>();
  constructor(
    private readonly profile: PublicationProfile,
    private readonly measure: MeasureBlock,
  ) {}

  get format(): PageFormat {
    return this.profile.format;
  }

  option(article: Article, setting: Setting, atFoot = false): Option {
    const key = JSON.stringify([article.id, setting, atFoot]);
    let option = this.cache.get(key);
    if (!option) {
      option = {
        ...setting,
        ...this.measure(article, articleBlock('measure', article, setting, 0, 0, 1, setting.headlineSize), atFoot),
        article,
      };
      this.cache.set(key, option);
    }
    return option;
  }

  /** The settings a story may take over `cols` base columns, the house's first. */
  /** Whether stories may change their text columns and headline lines to come out even. */
  varied = false;

  options(article: Article, cols: number, atFoot = false): Option[] {
    const format = this.profile.format;
    const headlineSize = headlineSizeFor(this.profile, cols >= format.columns ? 1 : STACKED_RANK, cols, false);
    const first = textColumnsFor(format, cols);
    const counts = (this.varied ? [first, first - 1, first + 1] : [first]).filter((count) => {
      const chars = textColumnChars(format, cols, count);
      return count >= 1 && (count === first || (chars >= MIN_MEASURE && chars <= MAX_MEASURE));
    });
    const found: Option[] = [];
    for (const textColumns of counts)
      for (const headlineLines of this.varied ? [null, 2] : [null]) {
        const option = this.option(article, { cols, textColumns, headlineSize, headlineLines }, atFoot);
        if (even(option) && !found.some((other) => other.lines === option.lines && other.spare >= option.spare)) found.push(option);
      }
    // A story that cannot come out even in any setting still needs a place.
    return found.length > 0 ? found : [this.option(article, { cols, textColumns: first, headlineSize, headlineLines: null }, atFoot)];
  }
}

/** Every way of setting a stack of stories: depth range [lines, lines + spare] and the settings. */
function stackRanges(planner: Planner, articles: readonly Article[], cols: number): Array<{ low: number; high: number; items: Option[] }> {
  let ranges: Array<{ low: number; high: number; items: Option[] }> = [{ low: 0, high: 0, items: [] }];
  for (const [index, article] of articles.entries()) {
    const next = new Map<string, { low: number; high: number; items: Option[] }>();
    for (const range of ranges)
      for (const option of planner.options(article, cols, index === articles.length - 1)) {
        const low = range.low + option.lines;
        const high = range.high + option.lines + option.spare;
        const key = `${low}:${high}`;
        if (!next.has(key)) next.set(key, { low, high, items: [...range.items, option] });
      }
    ranges = [...next.values()];
  }
  return ranges;
}

interface Stacks {
  left: Option[];
  right: Option[];
  /** The common depth of both sides, and how far apart they stay when none is found. */
  lines: number;
  gap: number;
}

/**
 * Splits the stories into two stacks side by side, choosing the split of the columns, the stories
 * on each side (in their order) and their settings so that both sides can take the same depth.
 */
function planStacks(planner: Planner, articles: readonly Article[], columns: number, room: number): Array<Stacks & { score: number }> {
  // The house settings first; other text columns and two-line headlines only when those cannot be even.
  planner.varied = false;
  const plain = searchStacks(planner, articles, columns, room);
  if ((plain[0]?.score ?? Infinity) < 1000) return plain;
  planner.varied = true;
  const varied = searchStacks(planner, articles, columns, room);
  planner.varied = false;
  return [...plain, ...varied].sort((a, b) => a.score - b.score).slice(0, CANDIDATES);
}

/** The best few plans of the stacks, best first. */
function searchStacks(planner: Planner, articles: readonly Article[], columns: number, room: number): Array<Stacks & { score: number }> {
  let found: Array<Stacks & { score: number }> = [];
  const count = articles.length;
  for (let mask = 1; mask < (1 << count) - 1; mask += 1) {
    const leftArticles = articles.filter((_, index) => (mask & (1 << index)) !== 0);
    const rightArticles = articles.filter((_, index) => (mask & (1 << index)) === 0);
    // The page's second story opens the left side.
    if ((mask & 1) === 0) continue;
    for (let leftCols = 3; leftCols <= columns - 3; leftCols += 1) {
      const lefts = stackRanges(planner, leftArticles, leftCols);
      const rights = stackRanges(planner, rightArticles, columns - leftCols);
      for (const left of lefts)
        for (const right of rights) {
          const lines = Math.max(left.low, right.low);
          const gap = Math.max(0, lines - Math.min(left.high, right.high));
          const changed = [...left.items, ...right.items].filter(
            (item) => item.headlineLines !== null || item.textColumns !== textColumnsFor(planner.format, item.cols),
          ).length;
          const uneven = [...left.items, ...right.items].filter((item) => !even(item)).length;
          // Even stories and sides first, then a page that holds them, the house settings, a level split.
          const score =
            uneven * 1000 +
            gap * 1000 +
            Math.max(0, lines - room) * 100 +
            changed * 3 +
            Math.abs(leftArticles.length - rightArticles.length) * 2 +
            Math.abs(leftCols * 2 - columns);
          if (found.length < CANDIDATES || score < found[found.length - 1]!.score) {
            found.push({ left: left.items, right: right.items, lines, gap, score });
            found = found.sort((a, b) => a.score - b.score).slice(0, CANDIDATES);
          }
        }
    }
  }
  return found;
}

function photoBlock(
  page: Page,
  index: number,
  line: number,
  lines: number,
  cols: number,
  photo: { caption: string; credit: string },
  assetId: string | null,
): Block {
  return {
    kind: 'photo',
    id: `${page.id}-photo${index}`,
    col: gridColumns(0),
    line: gridLines(line),
    cols: gridColumns(cols),
    lines: gridLines(Math.max(4, lines)),
    assetId,
    caption: photo.caption,
    credit: photo.credit,
  };
}

/** The stacks' blocks from `line` down, in reading order (by line, then column). */
function stackBlocks(stacks: Stacks, line: number): Array<{ option: Option; col: number; line: number; lines: number }> {
  const placed: Array<{ option: Option; col: number; line: number; lines: number }> = [];
  for (const [side, col] of [
    [stacks.left, 0],
    [stacks.right, stacks.left[0]?.cols ?? 0],
  ] as const) {
    // The side's stories take the white between their depth and the common one, the lowest first.
    let extra = stacks.lines - side.reduce((sum, option) => sum + option.lines, 0);
    const depths = side.map((option) => option.lines);
    for (let index = side.length - 1; index >= 0 && extra > 0; index -= 1) {
      const take = Math.min(extra, side[index]!.spare);
      depths[index]! += take;
      extra -= take;
    }
    let at = line;
    side.forEach((option, index) => {
      placed.push({ option, col, line: at, lines: depths[index]! });
      at += depths[index]!;
    });
  }
  return placed.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** The stories that may open the page across the full width: those of the first three that come out even there. */
function tops(planner: Planner, articles: readonly Article[], columns: number): Option[] {
  const found = articles.slice(0, 3).flatMap((article) => planner.options(article, columns).filter(even).slice(0, 1));
  return found.length > 0 || !articles[0] ? found : [planner.options(articles[0], columns)[0]!];
}

interface PagePlan {
  top: Option | undefined;
  stacks: (Stacks & { score: number }) | undefined;
}

/** The issue fitted, and the labels of the pages it could not close. */
export type FitPages = (issue: Issue) => { issue: Issue; open: ReadonlySet<string> };

export function placeArticles(
  profile: PublicationProfile,
  issue: Issue,
  samples: readonly SampleArticle[],
  articles: readonly Article[],
  measure: MeasureBlock,
  fitPages: FitPages,
  photoIds: SamplePhotoIds,
): Issue {
  const planner = new Planner(profile, measure);
  const columns = profile.format.columns;
  const pageLines = bodyLinesPerPage(profile.format);
  const onPage = (label: string) => articles.filter((_, index) => samples[index]?.page === label);
  const front = issue.pages[0];
  const lead = front ? onPage(front.label)[0] : undefined;
  const leadSetting: Setting = {
    cols: columns,
    textColumns: textColumnsFor(profile.format, columns),
    headlineSize: headlineSizeFor(profile, 1, columns, true),
    headlineLines: null,
  };
  const plans = new Map<string, PagePlan[]>();
  /** The plans of a page, best first: which story opens it (inside pages) and how the rest stack. */
  const plansFor = (label: string, articlesHere: Article[], openTop: boolean, room: (top: Option | undefined) => number) => {
    let plan = plans.get(label);
    if (!plan) {
      plan = [];
      for (const top of openTop ? tops(planner, articlesHere, columns) : [undefined]) {
        const rest = articlesHere.filter((article) => article !== top?.article);
        const stacks = rest.length > 1 ? planStacks(planner, rest, columns, room(top)) : [];
        if (stacks.length === 0) plan.push({ top, stacks: undefined });
        for (const candidate of stacks) plan.push({ top, stacks: candidate });
      }
      plan.sort((a, b) => (a.stacks?.score ?? 0) - (b.stacks?.score ?? 0));
      plans.set(label, plan);
    }
    return plan;
  };

  /** The issue with each page's stacks planned by its `choice`-th plan. */
  const place = (choice: ReadonlyMap<string, number>): Issue => {
    const pages = issue.pages.map((page) => ({ ...page, blocks: [...page.blocks] }));
    let leadOnFront = 0;
    pages.forEach((page, pageIndex) => {
      const blocks: Block[] = [];
      const nextId = () => `${page.id}-b${blocks.length + 1}`;
      let line = firstFreeLine(page);
      let rest = onPage(page.label);
      let photo = SAMPLE_PAGE_PHOTOS[page.label];
      let photoLines = MIN_PAGE_PHOTO_LINES;
      if (pageIndex === 1 && lead) {
        // The continuation of the A1 lead opens A2, full width, without a headline of its own.
        const lines = Math.max(8, planner.option(lead, leadSetting).lines - leadOnFront + 4);
        blocks.push(articleBlock(nextId(), lead, leadSetting, 0, line, lines));
        line += lines;
      }
      if (pageIndex === 0 && lead) {
        rest = rest.filter((article) => article !== lead);
        photo = samples[articles.indexOf(lead)]?.photo;
        photoLines = LEAD_PHOTO_LINES;
      }
      const start = line;
      const options = plansFor(page.label, rest, pageIndex > 0, (top) => pageLines - start - (top?.lines ?? 0) - photoLines);
      const { top, stacks } = options[Math.min(choice.get(page.label) ?? 0, options.length - 1)] ?? { top: undefined, stacks: undefined };
      if (pageIndex === 0 && lead) {
        // The lead takes what the photo and the other stories leave on A1, and jumps to A2.
        const whole = planner.option(lead, leadSetting).lines;
        const room = pageLines - line - photoLines - (stacks?.lines ?? 0);
        leadOnFront = Math.max(12, Math.min(Math.ceil(whole * MAX_LEAD_SHARE_ON_FRONT), room));
        blocks.push(articleBlock(nextId(), lead, leadSetting, 0, line, leadOnFront));
        line += leadOnFront;
      }
      if (top) {
        blocks.push(articleBlock(nextId(), top.article, top, 0, line, top.lines));
        line += top.lines;
        rest = rest.filter((article) => article !== top.article);
      }
      const alone = (article: Article) => planner.options(article, columns, article === rest[rest.length - 1])[0]!;
      const below = stacks?.lines ?? rest.reduce((sum, article) => sum + alone(article).lines, 0);
      if (photo) {
        photoLines = Math.max(MIN_PAGE_PHOTO_LINES, pageLines - line - below);
        blocks.push(photoBlock(page, blocks.length + 1, line, photoLines, columns, photo, photoIds(page.label)));
        line += photoLines;
      }
      if (stacks) {
        for (const placed of stackBlocks(stacks, line))
          blocks.push(articleBlock(nextId(), placed.option.article, placed.option, placed.col, placed.line, placed.lines));
      } else {
        for (const article of rest) {
          const option = alone(article);
          blocks.push(articleBlock(nextId(), article, option, 0, line, option.lines));
          line += option.lines;
        }
      }
      page.blocks.push(...blocks);
    });

    const second = pages[1];
    if (front && second && lead) {
      const from = pages[0]!.blocks.find((block) => block.kind === 'article' && block.articleId === lead.id);
      const to = second.blocks.find((block) => block.kind === 'article' && block.articleId === lead.id);
      if (from?.kind === 'article' && to) from.continuesIn = to.id;
    }
    return { ...issue, pages };
  };

  // Each page whose fitting leaves something open tries its next plan, until all close.
  const choice = new Map<string, number>();
  let best = fitPages(place(choice));
  for (let round = 1; round < MAX_ROUNDS && best.open.size > 0; round += 1) {
    for (const label of best.open) choice.set(label, round);
    const next = fitPages(place(choice));
    const kept = new Set([...best.open].filter((label) => next.open.has(label)));
    if (next.open.size <= best.open.size) best = next;
    if (kept.size === 0) break;
  }
  return best.issue;
}
