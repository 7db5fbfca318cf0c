// Page geometry from the profile: where the type area sits on a page and where a grid cell
// (base column × body line) lands in points. Pure arithmetic; the single source for positions.
import type { PageFormat } from '../model/profile';
import { bodyLinesPerPage } from '../model/grid';
import { mmToPt, pt, type Pt } from '../units/units';

export interface PageGeometry {
  width: Pt;
  height: Pt;
  /** Top-left corner of the type area. */
  areaX: Pt;
  areaY: Pt;
  /** Distance from one base column's left edge to the next one's. */
  columnPitch: Pt;
  /** Height of one body line (the grid's vertical unit). */
  leading: Pt;
  bodySize: Pt;
  lines: number;
  format: PageFormat;
}

/**
 * A1 is a right-hand page: its inside margin is on the left; A2 faces it with the inside on the
 * right, and so on by parity.
 */
export function pageGeometry(format: PageFormat, pageIndex: number): PageGeometry {
  const rightHand = pageIndex % 2 === 0;
  const leftMargin = rightHand ? format.marginInside : format.marginOutside;
  return {
    width: mmToPt(format.trimWidth),
    height: mmToPt(format.trimHeight),
    areaX: mmToPt(leftMargin),
    areaY: mmToPt(format.marginTop),
    columnPitch: pt((format.columnChars + format.gutterChars) * format.bodySize),
    leading: format.bodyLeading,
    bodySize: format.bodySize,
    lines: bodyLinesPerPage(format),
    format,
  };
}

export interface Rect {
  x: Pt;
  y: Pt;
  width: Pt;
  height: Pt;
}

/** The rectangle of a block spanning `cols` base columns × `lines` body lines. */
export function cellRect(geometry: PageGeometry, col: number, line: number, cols: number, lines: number): Rect {
  const { format } = geometry;
  return {
    x: pt(geometry.areaX + col * geometry.columnPitch),
    y: pt(geometry.areaY + line * geometry.leading),
    width: pt((cols * format.columnChars + (cols - 1) * format.gutterChars) * format.bodySize),
    height: pt(lines * geometry.leading),
  };
}

/**
 * Baseline of text of `size` centred in a band of `height` starting at `top`: the ideographic em
 * box (0.88 em above the baseline, 0.12 em below) sits in the middle of the band.
 */
export function centredBaseline(top: number, height: number, size: number): Pt {
  return pt(top + (height - size) / 2 + size * 0.88);
}
