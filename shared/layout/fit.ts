// Copy-fit advice and fitting. Advice, per article block that ends its article: the smallest depth
// in body lines that holds the rest of the text, and the characters to cut (overflow) or to add
// (white left under the text) at the current depth. fitIssue applies it where the page allows:
// each such block takes its depth, stories below close up under it, page pictures grow into the
// room left at the foot (or give room back), and a white run left under a story is taken up when
// that adds no more than MAX_EMPTY_LINES of white. What it cannot fix is reported. Pure.
import type { Article } from '../model/article';
import { MEASURE_CHARS, textColumnChars } from '../model/grid';
import type { ArticleBlock, Block, Issue, Page } from '../model/issue';
import type { PublicationProfile } from '../model/profile';
import { gridLines } from '../units/units';
import { composeChain, type ChainContext, type ChainLink } from './chain';
import { findChains } from './chains';
import { feetLevel } from './column-feet';
import { withHeadlineSizes } from './headline-size';
import { pageGeometry, type PageGeometry } from './geometry';

/** A fitted block leaves at most this many empty lines (over all its text columns). */
export const MAX_EMPTY_LINES = 2;
/** A page picture shrinks to no less than this many lines to make room for text. */
export const MIN_PHOTO_LINES = 10;
const MAX_TRIAL_LINES = 400;
const PASSES = 4;

export interface BlockAdvice {
  blockId: string;
  pageLabel: string;
  /** The block's depth now and the smallest depth that holds the rest of its article. */
  lines: number;
  linesNeeded: number;
  /** Characters to cut for the text to fit at the current depth (0 when it fits). */
  charsToCut: number;
  /** About how many characters would fill the white under the text at the current depth. */
  charsToAdd: number;
  overflowLines: number;
  emptyLines: number;
  /** The feet of its text columns differ by one body line at most. */
  level: boolean;
}

export interface FitChange {
  blockId: string;
  pageLabel: string;
  from: { line: number; lines: number; textColumns?: number };
  to: { line: number; lines: number; textColumns?: number };
}

export interface FitProblem {
  blockId: string;
  pageLabel: string;
  /** What is left, in Chinese, e.g. 超出 40 字 or 空 5 行. */
  message: string;
}

export interface FitResult {
  issue: Issue;
  changes: FitChange[];
  problems: FitProblem[];
  advice: BlockAdvice[];
}

interface ChainAt {
  links: ChainLink[];
  article: Article | undefined;
  /** The headline size of the chain's first block, its rank's when the block sets none. */
  headlineSize: number | null;
}

/** The chain of every article block that ends its article, keyed by that block's id. */
function chainEnds(
  profile: PublicationProfile,
  issue: Issue,
  articles: ReadonlyMap<string, Article>,
  geometries: PageGeometry[],
): Map<string, ChainAt> {
  const ends = new Map<string, ChainAt>();
  const sized = withHeadlineSizes(profile, issue);
  const sizes = new Map(
    sized.pages.flatMap((page) => page.blocks.flatMap((block) => (block.kind === 'article' ? [[block.id, block.headlineSize]] : []))),
  );
  for (const chain of findChains(issue)) {
    const last = chain.blocks[chain.blocks.length - 1];
    const first = chain.blocks[0];
    if (!last || !first || first.block.articleId === null) continue;
    const article = articles.get(first.block.articleId);
    if (!article) continue;
    const links = chain.blocks.map(({ block, pageIndex }) => ({
      block,
      pageLabel: issue.pages[pageIndex]?.label ?? '',
      geometry: geometries[pageIndex] ?? geometries[0]!,
    }));
    ends.set(last.block.id, { links, article, headlineSize: sizes.get(first.block.id) ?? null });
  }
  return ends;
}

class Measurer {
  private readonly cache = new Map<string, ReturnType<typeof composeChain>>();
  constructor(private readonly context: ChainContext) {}

  get profile(): PublicationProfile {
    return this.context.profile;
  }

  /** The chain's last block composed at `lines` (and starting at `line` when given). */
  private composeLast(at: ChainAt, lines: number, line?: number) {
    const links = at.links.map((link, index) => {
      let block = link.block;
      if (index === 0 && block.headlineSize === null) block = { ...block, headlineSize: at.headlineSize };
      if (index === at.links.length - 1)
        block = { ...block, line: gridLines(line ?? block.line), lines: gridLines(lines), continuesIn: null };
      return { ...link, block };
    });
    const key = JSON.stringify([at.article?.id, at.article?.rev, links.map((link) => [link.block, link.pageLabel, link.geometry.areaX])]);
    let composed = this.cache.get(key);
    if (!composed) {
      composed = composeChain(this.context, at.article, links);
      this.cache.set(key, composed);
    }
    return composed[composed.length - 1];
  }

  /** The diagnostics of the chain's last block at `lines` (and starting at `line` when given). */
  compose(at: ChainAt, lines: number, line?: number) {
    return this.composeLast(at, lines, line)?.diagnostics;
  }

  /** Whether the last block's column feet are level at `lines`. */
  level(at: ChainAt, lines: number): boolean {
    const group = this.composeLast(at, lines)?.group;
    const textColumns = at.links[at.links.length - 1]!.block.textColumns;
    return !group || feetLevel(group, textColumns, this.context.profile.format.bodyLeading);
  }

  /** The smallest depth of the last block that holds the rest of the article. */
  needed(at: ChainAt): number {
    const fits = (lines: number) => (this.compose(at, lines)?.overflowLines ?? 1) === 0;
    let low = 1;
    let high = MAX_TRIAL_LINES;
    if (!fits(high)) return high;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (fits(middle)) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

function adviceFor(measurer: Measurer, at: ChainAt, block: ArticleBlock, pageLabel: string, geometry: PageGeometry): BlockAdvice {
  const diagnostics = measurer.compose(at, block.lines);
  const chars = textColumnChars(geometry.format, block.cols, block.textColumns);
  const emptyLines = diagnostics?.emptyLines ?? 0;
  return {
    blockId: block.id,
    pageLabel,
    lines: block.lines,
    linesNeeded: measurer.needed(at),
    charsToCut: diagnostics?.overflowChars ?? 0,
    charsToAdd: (diagnostics?.overflowLines ?? 0) > 0 ? 0 : emptyLines * chars,
    overflowLines: diagnostics?.overflowLines ?? 0,
    emptyLines,
    level: measurer.level(at, block.lines),
  };
}

/** Copy-fit advice for every article block that ends its article, in page and block order. */
export function fitAdvice(context: ChainContext, issue: Issue, articles: ReadonlyMap<string, Article>): BlockAdvice[] {
  const geometries = issue.pages.map((_, index) => pageGeometry(context.profile.format, index));
  const ends = chainEnds(context.profile, issue, articles, geometries);
  const measurer = new Measurer(context);
  const advice: BlockAdvice[] = [];
  issue.pages.forEach((page, pageIndex) => {
    for (const block of page.blocks) {
      const at = ends.get(block.id);
      if (at && block.kind === 'article') advice.push(adviceFor(measurer, at, block, page.label, geometries[pageIndex]!));
    }
  });
  return advice;
}

/** Characters to a line tried when re-balancing: the printed measure, then what still reads. */
const MEASURE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [MEASURE_CHARS.min - 1, MEASURE_CHARS.max + 1],
  [12, 30],
];

type Movable = Extract<Block, { kind: 'article' | 'photo' }>;
const isMovable = (block: Block): block is Movable => block.kind === 'article' || block.kind === 'photo';
const overlaps = (a: Block, b: Block) => a.col < b.col + b.cols && b.col < a.col + a.cols;
const footOf = (block: Block) => block.line + block.lines;

/** Stories close up under what is above them, in their own columns (fixed furniture stays). */
function closeUp(blocks: Block[]): void {
  const order = [...blocks].sort((a, b) => a.line - b.line || a.col - b.col);
  const placed: Block[] = blocks.filter((block) => !isMovable(block));
  for (const block of order) {
    if (!isMovable(block)) continue;
    const above = placed.filter((other) => overlaps(other, block) && other.line <= block.line);
    block.line = gridLines(Math.max(0, ...above.map(footOf)));
    placed.push(block);
  }
}

/** The first line at or below `from` that a block other than `self` occupies in `self`'s columns. */
function nextBelow(blocks: readonly Block[], self: Block, from: number, pageLines: number): number {
  let next = pageLines;
  for (const other of blocks) if (other !== self && overlaps(other, self) && other.line >= from) next = Math.min(next, other.line);
  return next;
}

/** A picture grows by the white at the foot of the page, pushing the stories under it down. */
function growPhotos(blocks: Block[], pageLines: number): void {
  for (const photo of blocks) {
    if (photo.kind !== 'photo') continue;
    let cols = new Set<number>();
    for (let col: number = photo.col; col < photo.col + photo.cols; col += 1) cols.add(col);
    let under: Block[] = [];
    for (;;) {
      under = blocks.filter(
        (other) => other !== photo && other.line >= footOf(photo) && [...cols].some((c) => c >= other.col && c < other.col + other.cols),
      );
      const widened = new Set(cols);
      for (const other of under) for (let col: number = other.col; col < other.col + other.cols; col += 1) widened.add(col);
      if (widened.size === cols.size) break;
      cols = widened;
    }
    let slack = pageLines;
    for (const col of cols) {
      const bottom = Math.max(0, ...blocks.filter((other) => col >= other.col && col < other.col + other.cols).map(footOf));
      slack = Math.min(slack, pageLines - bottom);
    }
    if (slack <= 0 || under.some((other) => !isMovable(other))) continue;
    photo.lines = gridLines(photo.lines + slack);
    for (const other of under) other.line = gridLines(other.line + slack);
  }
}

function fitPage(
  measurer: Measurer,
  page: Page,
  pageIndex: number,
  issue: Issue,
  articles: ReadonlyMap<string, Article>,
  geometry: PageGeometry,
): Page {
  const blocks = page.blocks.map((block) => ({ ...block }));
  const working: Issue = { ...issue, pages: issue.pages.map((other, index) => (index === pageIndex ? { ...page, blocks } : other)) };
  const geometries = issue.pages.map((_, index) => (index === pageIndex ? geometry : pageGeometry(geometry.format, index)));
  const ends = chainEnds(measurer.profile, working, articles, geometries);
  const pageLines = geometry.lines;
  // Pictures give their room back first; they take the white that is left at the end.
  for (const block of blocks) if (block.kind === 'photo') block.lines = gridLines(Math.min(block.lines, MIN_PHOTO_LINES));
  for (const block of blocks) {
    const at = ends.get(block.id);
    if (block.kind !== 'article' || !at) continue;
    const last = at.links.length - 1;
    at.links[last] = { ...at.links[last]!, block };
    // At the least depth, then a line or two deeper within the white allowed when the feet are
    // not level there (a picture or a kept subhead ends a column early).
    const settle = (trial: ArticleBlock) => {
      at.links[last] = { ...at.links[last]!, block: trial };
      let lines = Math.max(1, measurer.needed(at));
      for (let extra = 1; extra <= MAX_EMPTY_LINES && !measurer.level(at, lines); extra += 1) {
        if ((measurer.compose(at, lines + 1)?.emptyLines ?? 0) > MAX_EMPTY_LINES) break;
        lines += 1;
      }
      const white = measurer.compose(at, lines)?.emptyLines ?? 0;
      return { textColumns: trial.textColumns, lines, white, even: white <= MAX_EMPTY_LINES && measurer.level(at, lines) };
    };
    // Still white or uneven feet: the text columns are re-balanced, more or fewer of them: first
    // within the measure the supplement prints, and only when that fails a wider or narrower one.
    let best = settle(block);
    for (const [min, max] of MEASURE_RANGES) {
      if (best.even) break;
      for (const textColumns of [block.textColumns - 1, block.textColumns + 1, block.textColumns + 2]) {
        const chars = textColumnChars(geometry.format, block.cols, textColumns);
        if (textColumns < 1 || chars < min || chars > max) continue;
        const trial = settle({ ...block, textColumns });
        if ((trial.even && !best.even) || (trial.even === best.even && trial.white < best.white)) best = trial;
      }
    }
    block.textColumns = best.textColumns;
    block.lines = gridLines(best.lines);
    at.links[last] = { ...at.links[last]!, block };
  }
  closeUp(blocks);
  growPhotos(blocks, pageLines);
  // What reaches past the foot of the page is cut back to it (and reported as overflow).
  for (const block of blocks) {
    if (!isMovable(block) || footOf(block) <= pageLines) continue;
    block.lines = gridLines(Math.max(1, pageLines - block.line));
  }
  // A white run under a story: taken up by the stories stacked there, each staying within the
  // white it may leave.
  for (const block of blocks) {
    if (!isMovable(block)) continue;
    const run = nextBelow(blocks, block, footOf(block), pageLines) - footOf(block);
    if (run <= 0) continue;
    if (block.kind === 'photo') block.lines = gridLines(block.lines + run);
    else takeUpRun(measurer, stackAbove(blocks, block, ends), ends, run);
  }
  return { ...page, blocks };
}

/** `block` and the stories stacked right above it in the same columns, top first. */
function stackAbove(blocks: readonly Block[], block: ArticleBlock, ends: ReadonlyMap<string, ChainAt>): ArticleBlock[] {
  const stack = [block];
  for (;;) {
    const top = stack[0]!;
    const above = blocks.find(
      (other): other is ArticleBlock =>
        other.kind === 'article' && ends.has(other.id) && other.col === top.col && other.cols === top.cols && footOf(other) === top.line,
    );
    if (!above || stack.includes(above)) return stack;
    stack.unshift(above);
  }
}

/** The ways of sharing `total` extra lines among `count` stories, in order. */
function shares(total: number, count: number): number[][] {
  if (count === 1) return [[total]];
  const result: number[][] = [];
  for (let first = 0; first <= total; first += 1) for (const rest of shares(total - first, count - 1)) result.push([first, ...rest]);
  return result;
}

/**
 * Shares out a white run of `run` lines under the last story of `stack` among its stories (each
 * deeper, the ones below moved down) so that every one of them stays even; as much of the run as
 * can be taken is taken, and nothing changes when none can.
 */
function takeUpRun(measurer: Measurer, stack: ArticleBlock[], ends: ReadonlyMap<string, ChainAt>, run: number): void {
  const top = stack[0]!.line;
  for (let total = run; total > 0; total -= 1) {
    for (const extra of shares(total, stack.length)) {
      let line: number = top;
      const trial = stack.map((block, index) => {
        const at = { line, lines: block.lines + (extra[index] ?? 0) };
        line += at.lines;
        return at;
      });
      const even = stack.every((block, index) => {
        const chain = ends.get(block.id);
        const diagnostics = chain ? measurer.compose(chain, trial[index]!.lines, trial[index]!.line) : undefined;
        return diagnostics !== undefined && diagnostics.overflowLines === 0 && diagnostics.emptyLines <= MAX_EMPTY_LINES;
      });
      if (!even) continue;
      stack.forEach((block, index) => {
        block.line = gridLines(trial[index]!.line);
        block.lines = gridLines(trial[index]!.lines);
      });
      return;
    }
  }
}

/**
 * Fits every page of the issue (see the top of this file); returns the fitted issue, the blocks
 * that moved or changed depth, what could not be fixed, and the advice after fitting.
 */
export function fitIssue(context: ChainContext, issue: Issue, articles: ReadonlyMap<string, Article>): FitResult {
  const measurer = new Measurer(context);
  let current = issue;
  for (let pass = 0; pass < PASSES; pass += 1) {
    const pages = current.pages.map((page, pageIndex) =>
      fitPage(measurer, page, pageIndex, current, articles, pageGeometry(context.profile.format, pageIndex)),
    );
    const next = { ...current, pages };
    const same = JSON.stringify(next.pages) === JSON.stringify(current.pages);
    current = next;
    if (same) break;
  }
  const changes: FitChange[] = [];
  issue.pages.forEach((page, pageIndex) => {
    for (const block of page.blocks) {
      const after = current.pages[pageIndex]?.blocks.find((other) => other.id === block.id);
      if (after?.kind === 'article' && block.kind === 'article' && after.textColumns !== block.textColumns) {
        changes.push({
          blockId: block.id,
          pageLabel: page.label,
          from: { line: block.line, lines: block.lines, textColumns: block.textColumns },
          to: { line: after.line, lines: after.lines, textColumns: after.textColumns },
        });
      } else if (after && (after.line !== block.line || after.lines !== block.lines)) {
        changes.push({
          blockId: block.id,
          pageLabel: page.label,
          from: { line: block.line, lines: block.lines },
          to: { line: after.line, lines: after.lines },
        });
      }
    }
  });
  const advice = fitAdvice(context, current, articles);
  return { issue: current, changes, problems: fitProblems(advice, current, context), advice };
}

/** What a fitted issue still lacks: overflow, white under the text, white runs on the page. */
export function fitProblems(advice: readonly BlockAdvice[], issue: Issue, context: ChainContext): FitProblem[] {
  const problems: FitProblem[] = [];
  for (const entry of advice) {
    if (entry.overflowLines > 0)
      problems.push({
        blockId: entry.blockId,
        pageLabel: entry.pageLabel,
        message: `超出 ${entry.charsToCut} 字（${entry.overflowLines} 行），版面无处可加深`,
      });
    else if (entry.emptyLines > MAX_EMPTY_LINES)
      problems.push({
        blockId: entry.blockId,
        pageLabel: entry.pageLabel,
        message: `空 ${entry.emptyLines} 行，约需补 ${entry.charsToAdd} 字`,
      });
    else if (!entry.level)
      problems.push({
        blockId: entry.blockId,
        pageLabel: entry.pageLabel,
        message: '栏脚不齐：图片或小标题把一栏提前截断，可调栏数或挪动图片',
      });
  }
  issue.pages.forEach((page, pageIndex) => {
    const lines = pageGeometry(context.profile.format, pageIndex).lines;
    for (const block of page.blocks) {
      if (!isMovable(block)) continue;
      const run = nextBelow(page.blocks, block, footOf(block), lines) - footOf(block);
      if (run > 0) problems.push({ blockId: block.id, pageLabel: page.label, message: `下方留空 ${run} 行` });
    }
  });
  return problems;
}
