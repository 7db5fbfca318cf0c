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

/** Characters per body line the supplement prints: its text runs about 18–22 to a line. */
export const MEASURE_CHARS = { min: 18, ideal: 20, max: 22 } as const;

/**
 * Text columns a block of `cols` base columns is set in unless the desk says otherwise: the count
 * whose lines come nearest 20 characters (5 text columns over the 8 base columns of 对开, 21
 * characters each; 2 over 3 base columns, 20 each); between two equally near, the wider lines.
 */
export function defaultTextColumns(format: PageFormat, cols: number): number {
  const span = cols * format.columnChars + (cols - 1) * format.gutterChars;
  let best = 1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let count = 1; count <= cols; count += 1) {
    const chars = (span - (count - 1) * format.gutterChars) / count;
    const distance = Math.abs(chars - MEASURE_CHARS.ideal);
    if (distance < bestDistance - 1e-9) {
      best = count;
      bestDistance = distance;
    }
  }
  return best;
}
