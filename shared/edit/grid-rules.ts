// The grid rules every placement obeys: whole cells, inside the type area, no overlap with another
// block on the page (a rule may cross article and photo blocks, as rules sit in gutters and white
// lines; nothing may cover the masthead or the page header), and text columns wide enough to read.
import { bodyLinesPerPage, textColumnChars } from '../model/grid';
import type { Block, Page } from '../model/issue';
import type { PageFormat } from '../model/profile';
import type { GridRect } from '../layout/geometry';
import type { EditOptions, EditOutcome } from './edit-commands';
import { nameOf, refuse } from './refusals';

/** Narrowest text column worth setting, in body characters (a column of 3 characters is not reading). */
export const MIN_TEXT_COLUMN_CHARS = 6;

/** The grid rectangle is whole cells inside the type area; otherwise the refusal, `notDone` ending it. */
export function checkInsideArea(format: PageFormat, rect: GridRect, notDone: string): (EditOutcome & { ok: false }) | null {
  const values = [rect.col, rect.line, rect.cols, rect.lines];
  if (!values.every((value) => Number.isInteger(value)) || rect.cols < 1 || rect.lines < 1) {
    return refuse('NOT_WHOLE_CELLS', `版块的位置和大小必须是整栏整行，${notDone}`);
  }
  const lines = bodyLinesPerPage(format);
  if (rect.col < 0 || rect.line < 0 || rect.col + rect.cols > format.columns || rect.line + rect.lines > lines) {
    return refuse('OUTSIDE_AREA', `版块超出版心（${format.columns}栏×${lines}行），${notDone}`);
  }
  return null;
}

function overlaps(a: GridRect, b: GridRect): boolean {
  return a.col < b.col + b.cols && b.col < a.col + a.cols && a.line < b.line + b.lines && b.line < a.line + a.lines;
}

function mayOverlap(a: Block, b: Block): boolean {
  const furniture = (block: Block) => block.kind === 'masthead' || block.kind === 'pageHeader';
  return (a.kind === 'rule' || b.kind === 'rule') && !furniture(a) && !furniture(b);
}

/** The first block on the page (other than the block itself) that `block` would overlap, or undefined. */
export function overlappedBy(page: Page, block: Block): Block | undefined {
  return page.blocks.find((other) => other.id !== block.id && overlaps(block, other) && !mayOverlap(block, other));
}

/** Inside the area and clear of the page's other blocks; otherwise the refusal. */
export function checkPlacement(
  format: PageFormat,
  page: Page,
  block: Block,
  options: EditOptions,
  notDone: string,
): (EditOutcome & { ok: false }) | null {
  const outside = checkInsideArea(format, block, notDone);
  if (outside) return outside;
  const other = overlappedBy(page, block);
  return other ? refuse('OVERLAP', `与版块${nameOf(options, other)}重叠，${notDone}`) : null;
}

/** Whether `textColumns` text columns over `cols` base columns are each wide enough. */
export function textColumnsFit(format: PageFormat, cols: number, textColumns: number): boolean {
  return textColumns === 1 || textColumnChars(format, cols, textColumns) >= MIN_TEXT_COLUMN_CHARS;
}

/** The most text columns (at most `wanted`) that stay wide enough over `cols` base columns. */
export function fittingTextColumns(format: PageFormat, cols: number, wanted: number): number {
  let count = wanted;
  while (count > 1 && !textColumnsFit(format, cols, count)) count -= 1;
  return count;
}
