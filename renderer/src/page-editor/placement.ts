// Where a library article lands when it is dropped on a page: a new article block at the drop cell,
// as wide as the free columns there allow (up to half the page) and deep enough for its text by an
// estimate from its character count. The page's own layout then corrects the depth to the line
// (fitLines), so the block ends up exactly fitting its text.
import { bodyLinesPerPage, textColumnChars } from '../../../shared/model/grid';
import type { ArticleBlock, Block, Page } from '../../../shared/model/issue';
import { newArticleBlock } from '../../../shared/model/issue-factory';
import type { PageFormat } from '../../../shared/model/profile';
import type { EditCommand } from '../../../shared/edit';
import type { BlockDiagnostics } from '../../../shared/layout/diagnostics';
import { gridColumns, gridLines } from '../../../shared/units/units';

/** Characters per line the supplement sets body text in (PUBLICATION.md: about 19–22). */
const TARGET_LINE_CHARS = 20;
/** Body lines a headline group takes at most, reserved above the text by the estimate. */
const HEADLINE_LINES = 5;
/** The narrowest block a dropped article is given where there is room: three base columns. */
const MIN_DROP_COLUMNS = 3;

function covers(block: Block, col: number, line: number): boolean {
  return col >= block.col && col < block.col + block.cols && line >= block.line && line < block.line + block.lines;
}

export function blockAt(page: Page, col: number, line: number): Block | undefined {
  return page.blocks.find((block) => covers(block, col, line));
}

/** Free base columns to the right of (col, line), the cell itself included. */
function freeColumns(page: Page, format: PageFormat, col: number, line: number, limit: number): number {
  let count = 0;
  while (col + count < format.columns && count < limit && !blockAt(page, col + count, line)) count += 1;
  return count;
}

/** Free body lines below a band of columns, from `line` down to the next block or the foot. */
function freeLines(page: Page, format: PageFormat, col: number, cols: number, line: number): number {
  const last = bodyLinesPerPage(format);
  let count = 0;
  while (line + count < last && Array.from({ length: cols }, (_, at) => blockAt(page, col + at, line + count)).every((b) => !b)) {
    count += 1;
  }
  return count;
}

/** The text column count whose line length comes nearest to what the supplement prints. */
export function naturalTextColumns(format: PageFormat, cols: number): number {
  let best = 1;
  for (let columns = 1; columns <= cols; columns += 1) {
    const chars = textColumnChars(format, cols, columns);
    if (chars < 8) break;
    if (Math.abs(chars - TARGET_LINE_CHARS) < Math.abs(textColumnChars(format, cols, best) - TARGET_LINE_CHARS)) best = columns;
  }
  return best;
}

/** A block id no other block has had in this session: time and chance, so an undone removal never meets a namesake. */
export function newBlockId(): string {
  return `b-${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/** Lines an article of `charCount` characters needs in a block `cols` wide, by estimate. */
function estimatedLines(format: PageFormat, cols: number, charCount: number): { textColumns: number; lines: number } {
  const textColumns = naturalTextColumns(format, cols);
  const perLine = textColumnChars(format, cols, textColumns) * textColumns;
  return { textColumns, lines: HEADLINE_LINES + Math.ceil((charCount * 1.08) / Math.max(1, perLine)) };
}

/**
 * The block for an article dropped at a cell, or undefined when the cell is taken: the narrowest
 * width (from three columns, as far as the free columns reach) at which the text fits the free
 * lines below, else the widest there is, as deep as the space allows.
 */
export function blockForDrop(
  page: Page,
  format: PageFormat,
  articleId: string,
  charCount: number,
  col: number,
  line: number,
): ArticleBlock | undefined {
  if (col < 0 || line < 0 || blockAt(page, col, line)) return undefined;
  const run = freeColumns(page, format, col, line, format.columns);
  if (run === 0) return undefined;
  let choice: { cols: number; textColumns: number; lines: number } | undefined;
  for (let cols = Math.min(MIN_DROP_COLUMNS, run); cols <= run && !choice; cols += 1) {
    const estimate = estimatedLines(format, cols, charCount);
    if (estimate.lines <= freeLines(page, format, col, cols, line)) choice = { cols, ...estimate };
  }
  if (!choice) {
    const estimate = estimatedLines(format, run, charCount);
    choice = {
      cols: run,
      textColumns: estimate.textColumns,
      lines: Math.max(1, Math.min(estimate.lines, freeLines(page, format, col, run, line))),
    };
  }
  return newArticleBlock({
    id: newBlockId(),
    col: gridColumns(col),
    line: gridLines(line),
    cols: gridColumns(choice.cols),
    lines: gridLines(choice.lines),
    articleId,
    textColumns: choice.textColumns,
  });
}

/**
 * What dropping a library article on a cell does: fill the empty frame there (a layout carried
 * over from last week), or make a new block in the free space; undefined on any other block.
 */
export function dropCommand(
  page: Page,
  format: PageFormat,
  article: { id: string; charCount: number },
  col: number,
  line: number,
): EditCommand | undefined {
  const under = blockAt(page, col, line);
  if (under?.kind === 'article' && under.articleId === null) return { type: 'setArticle', blockId: under.id, articleId: article.id };
  const block = blockForDrop(page, format, article.id, article.charCount, col, line);
  return block ? { type: 'addBlock', pageId: page.id, block } : undefined;
}

/** The first empty frame of a page in reading order, where 放入本版 puts an article first. */
export function firstEmptyFrame(page: Page): Block | undefined {
  return [...page.blocks]
    .sort((a, b) => a.line - b.line || a.col - b.col)
    .find((block) => block.kind === 'article' && block.articleId === null);
}

/**
 * The depth at which the block would hold its text, from the layout's count of text lines over or
 * left empty (summed over its text columns); undefined when it already fits or cannot grow (the
 * next block or the foot is in the way).
 */
export function fitLines(page: Page, format: PageFormat, block: Block, diagnostics: BlockDiagnostics): number | undefined {
  const columns = block.kind === 'article' ? block.textColumns : 1;
  if (diagnostics.overflowLines > 0) {
    const room = freeLines(page, format, block.col, block.cols, block.line + block.lines);
    const grow = Math.min(Math.ceil(diagnostics.overflowLines / columns), room);
    return grow > 0 ? block.lines + grow : undefined;
  }
  const shrink = Math.floor(diagnostics.emptyLines / columns);
  if (shrink > 0 && block.lines > 1) return Math.max(1, block.lines - shrink);
  return undefined;
}
