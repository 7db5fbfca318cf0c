// Branded units: points, millimetres and grid cells are plain numbers at run time but
// cannot be mixed by accident at compile time.

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** PostScript point, 1/72 inch — the unit of type sizes, leading and PDF coordinates. */
export type Pt = Brand<number, 'pt'>;
/** Millimetre — the unit editors use for page sizes, margins and bleed. */
export type Mm = Brand<number, 'mm'>;
/** A count of base columns (栏) of the page grid. */
export type GridColumns = Brand<number, 'grid-columns'>;
/** A count of body lines (行) of the page grid. */
export type GridLines = Brand<number, 'grid-lines'>;

const MM_PER_INCH = 25.4;
const PT_PER_INCH = 72;

export function pt(value: number): Pt {
  return value as Pt;
}

export function mm(value: number): Mm {
  return value as Mm;
}

export function gridColumns(value: number): GridColumns {
  return value as GridColumns;
}

export function gridLines(value: number): GridLines {
  return value as GridLines;
}

export function mmToPt(value: Mm): Pt {
  return pt((value * PT_PER_INCH) / MM_PER_INCH);
}

export function ptToMm(value: Pt): Mm {
  return mm((value * MM_PER_INCH) / PT_PER_INCH);
}
