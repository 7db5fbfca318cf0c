// Size to fit: the block an article dropped on a page gets, at the drop cell, as wide as the free
// room allows up to a default, and as deep as its text needs (measured by the layout itself),
// clamped to the free room below. Returns the addBlock command to apply, or why nothing fits.
import { pageGeometry } from '../layout/geometry';
import { linesNeeded } from '../layout/copy-fit';
import type { ChainContext } from '../layout/chain';
import type { Article } from '../model/article';
import { bodyLinesPerPage, defaultTextColumns } from '../model/grid';
import { withHeadlineSizes } from '../layout/headline-size';
import type { ArticleBlock, Issue } from '../model/issue';
import { newArticleBlock } from '../model/issue-factory';
import { gridColumns, gridLines } from '../units/units';
import type { EditCommand, EditOptions, EditRefusal } from './edit-commands';
import { fittingTextColumns, overlappedBy } from './grid-rules';
import { allBlocks, findPage, placementOf } from './issue-blocks';
import { nameOf } from './refusals';

/** Fewer free lines than this below the drop cell hold no article worth placing. */
export const MIN_DROP_LINES = 3;

export interface ArticleDrop {
  issue: Issue;
  pageId: string;
  article: Article;
  /** The cell the article was dropped on (see cellContaining in shared/layout/geometry). */
  col: number;
  line: number;
  /** What linesNeeded measures with: the profile, the fonts and the photo files. */
  context: ChainContext;
  /** Widest block to make, in base columns; default half the page's columns. */
  maxCols?: number;
  /** Id of the new block; default the next free `<page id>-b<n>`. */
  blockId?: string;
  options?: EditOptions;
}

export type ArticleDropResult = { ok: true; block: ArticleBlock; command: EditCommand } | { ok: false; refusal: EditRefusal };

/** The first `<prefix>-b<n>` no block of the issue uses. */
export function newBlockId(issue: Issue, prefix: string): string {
  const used = new Set(allBlocks(issue).map((entry) => entry.block.id));
  let n = 1;
  while (used.has(`${prefix}-b${n}`)) n += 1;
  return `${prefix}-b${n}`;
}

function refused(code: EditRefusal['code'], message: string): ArticleDropResult {
  return { ok: false, refusal: { code, message } };
}

export function blockForArticle(drop: ArticleDrop): ArticleDropResult {
  const { issue, article, context } = drop;
  const format = context.profile.format;
  const options = drop.options ?? {};
  const target = findPage(issue, drop.pageId);
  if (!target) return refused('UNKNOWN_PAGE', `找不到版面 ${drop.pageId}，未排入。`);
  const placed = placementOf(issue, article.id);
  if (placed) return refused('ALREADY_PLACED', `这篇稿件已排在${placed.page.label}版，一篇稿件只能上版一次，未排入。`);
  const pageLines = bodyLinesPerPage(format);
  const { col, line } = drop;
  if (!Number.isInteger(col) || !Number.isInteger(line) || col < 0 || line < 0 || col >= format.columns || line >= pageLines) {
    return refused('OUTSIDE_AREA', '落点在版心之外，未排入。');
  }
  const draft = (cols: number, lines: number): ArticleBlock =>
    newArticleBlock({
      id: drop.blockId ?? newBlockId(issue, target.page.id),
      col: gridColumns(col),
      line: gridLines(line),
      cols: gridColumns(cols),
      lines: gridLines(lines),
      articleId: article.id,
      textColumns: fittingTextColumns(format, cols, defaultTextColumns(format, cols)),
    });
  const under = overlappedBy(target.page, draft(1, 1));
  if (under) return refused('OVERLAP', `落点已有版块${nameOf(options, under)}，请拖到空白处，未排入。`);

  const maxCols = Math.max(1, drop.maxCols ?? Math.ceil(format.columns / 2));
  let cols = 1;
  while (cols < maxCols && col + cols < format.columns && !overlappedBy(target.page, draft(cols + 1, 1))) cols += 1;
  let room = 1;
  while (line + room < pageLines && !overlappedBy(target.page, draft(cols, room + 1))) room += 1;
  if (room < MIN_DROP_LINES) return refused('NO_ROOM', `落点下方只有 ${room} 行空位，放不下稿件，未排入。`);

  const geometry = pageGeometry(format, target.pageIndex);
  // Measured with the headline size the block will take on the page (its rank's, headline-size.ts).
  const trial = draft(cols, room);
  const withTrial = {
    ...issue,
    pages: issue.pages.map((page, index) => (index === target.pageIndex ? { ...page, blocks: [...page.blocks, trial] } : page)),
  };
  const sized = withHeadlineSizes(context.profile, withTrial).pages[target.pageIndex]?.blocks.find((block) => block.id === trial.id);
  const needed = linesNeeded(context, article, sized?.kind === 'article' ? sized : trial, geometry);
  const block = draft(cols, Math.max(MIN_DROP_LINES, Math.min(needed, room)));
  return { ok: true, block, command: { type: 'addBlock', pageId: target.page.id, block } };
}
