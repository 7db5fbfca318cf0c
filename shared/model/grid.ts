// Page grid arithmetic derived from the profile's format: the single source for how many
// characters a column holds and how many body lines a page has.
import { gridColumns, gridLines, mmToPt, pt, type GridColumns, type GridLines, type Pt } from '../units/units';
import type { PageFormat } from './profile';

/** Characters across the whole type area: columns × characters + gutters. */
export function typeAreaChars(format: PageFormat): number {
  return format.columns * format.columnChars + (format.columns - 1) * format.gutterChars;
}

export function typeAreaWidth(format: PageFormat): Pt {
  return pt(typeAreaChars(format) * format.bodySize);
}

export function typeAreaHeight(format: PageFormat): Pt {
  return pt(mmToPt(format.trimHeight) - mmToPt(format.marginTop) - mmToPt(format.marginBottom));
}

/** Body lines on a page; a small tolerance keeps rounding of mm values from losing a line. */
export function bodyLinesPerPage(format: PageFormat): GridLines {
  return gridLines(Math.floor(typeAreaHeight(format) / format.bodyLeading + 1e-3));
}

export function baseColumns(format: PageFormat): GridColumns {
  return gridColumns(format.columns);
}

/**
 * Characters per line when a block spanning `cols` base columns is set in `textColumns` text
 * columns (合栏/破栏): e.g. 3 base columns as 2 text columns → (3×13 + 2 − 1) / 2 = 20.
 */
export function textColumnChars(format: PageFormat, cols: number, textColumns: number): number {
  const spanChars = cols * format.columnChars + (cols - 1) * format.gutterChars;
  return Math.floor((spanChars - (textColumns - 1) * format.gutterChars) / textColumns);
}

/**
 * Text columns a block of `cols` base columns is set in unless the desk says otherwise: wide
 * blocks in wide text columns of about two base columns each, as the supplement's pages show.
 */
export function defaultTextColumns(cols: number): number {
  if (cols >= 8) return 4;
  if (cols >= 5) return 3;
  return cols >= 3 ? 2 : 1;
}
