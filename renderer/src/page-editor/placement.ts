// Where a library article lands when it is dropped on a page: the empty frame under the pointer,
// or a new article block at the drop cell, the narrowest its text fits in the room there by an
// estimate from its character count. The page's own layout then corrects the depth to the line
// (fitLines), so the block ends up exactly fitting its text.
import { bodyLinesPerPage, defaultTextColumns, textColumnChars } from '../../../shared/model/grid';
import type { ArticleBlock, Block, Issue, Page } from '../../../shared/model/issue';
import { newArticleBlock } from '../../../shared/model/issue-factory';
import type { PageFormat } from '../../../shared/model/profile';
import { fittingTextColumns, newBlockId, overlappedBy, type EditCommand } from '../../../shared/edit';
import type { BlockDiagnostics } from '../../../shared/layout/diagnostics';
import { gridColumns, gridLines } from '../../../shared/units/units';

/** Body lines a headline group takes at most, reserved above the text by the estimate. */
const HEADLINE_LINES = 5;
/** The narrowest block a dropped article is given where there is room: three base columns. */
const MIN_DROP_COLUMNS = 3;

/**
 * The block a new article block at (col, line) of that size would overlap, by the edit commands'
 * own rule (rules may be crossed, the masthead and page headers never).
 */
function overlapAt(page: Page, col: number, line: number, cols: number, lines: number): Block | undefined {
  const probe = newArticleBlock({
    id: '',
    col: gridColumns(col),
    line: gridLines(line),
    cols: gridColumns(cols),
    lines: gridLines(lines),
    articleId: null,
    textColumns: 1,
  });
  return overlappedBy(page, probe);
}

export function blockAt(page: Page, col: number, line: number): Block | undefined {
  return overlapAt(page, col, line, 1, 1);
}

/** Free base columns to the right of (col, line), the cell itself included. */
function freeColumns(page: Page, format: PageFormat, col: number, line: number): number {
  let count = 0;
  while (col + count < format.columns && !overlapAt(page, col, line, count + 1, 1)) count += 1;
  return count;
}

/** Free body lines below a band of columns, from `line` down to the next block or the foot. */
function freeLines(page: Page, format: PageFormat, col: number, cols: number, line: number): number {
  const last = bodyLinesPerPage(format);
  let count = 0;
  while (line + count < last && !overlapAt(page, col, line + count, cols, 1)) count += 1;
  return count;
}

/** Lines an article of `charCount` characters needs in a block `cols` wide, by estimate. */
function estimatedLines(format: PageFormat, cols: number, charCount: number): { textColumns: number; lines: number } {
  const textColumns = fittingTextColumns(format, cols, defaultTextColumns(format, cols));
  const perLine = textColumnChars(format, cols, textColumns) * textColumns;
  return { textColumns, lines: HEADLINE_LINES + Math.ceil((charCount * 1.08) / Math.max(1, perLine)) };
}

/**
 * The block for an article dropped at a cell, or undefined when the cell is taken: the narrowest
 * width (from three columns, as far as the free columns reach) at which the text fits the free
 * lines below, else the widest there is, as deep as the space allows.
 */
export function blockForDrop(
  issue: Issue,
  page: Page,
  format: PageFormat,
  articleId: string,
  charCount: number,
  col: number,
  line: number,
): ArticleBlock | undefined {
  if (col < 0 || line < 0 || blockAt(page, col, line)) return undefined;
  const run = freeColumns(page, format, col, line);
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
    id: newBlockId(issue, page.id),
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
  issue: Issue,
  page: Page,
  format: PageFormat,
  article: { id: string; charCount: number },
  col: number,
  line: number,
): EditCommand | undefined {
  const under = blockAt(page, col, line);
  if (under?.kind === 'article' && under.articleId === null) return { type: 'setArticle', blockId: under.id, articleId: article.id };
  const block = blockForDrop(issue, page, format, article.id, article.charCount, col, line);
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
