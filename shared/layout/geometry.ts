// Page geometry from the profile: where the type area sits on a page and where a grid cell
// (base column × body line) lands in points, and back from a point to a cell for clicks and drags.
// Pure arithmetic; the single source for positions (layout, hit-testing, miniatures, editing).
import type { PageFormat } from '../model/profile';
import { bodyLinesPerPage, textColumnChars } from '../model/grid';
import { gridColumns, gridLines, mmToPt, pt, type GridColumns, type GridLines, type Pt } from '../units/units';

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

/** A rectangle on the grid: origin and size in base columns × body lines (what a block is). */
export interface GridRect {
  col: number;
  line: number;
  cols: number;
  lines: number;
}

/** A grid position: a base column and a body line, or the boundary before them. */
export interface GridCell {
  col: GridColumns;
  line: GridLines;
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

/** Width of `cols` base columns side by side: their characters and the gutters between them. */
export function spanWidth(geometry: PageGeometry, cols: number): Pt {
  const { format } = geometry;
  return pt((cols * format.columnChars + (cols - 1) * format.gutterChars) * format.bodySize);
}

/** Width of one gutter (栏空) between base columns. */
export function gutterWidth(geometry: PageGeometry): Pt {
  return pt(geometry.format.gutterChars * geometry.bodySize);
}

/** Left edge of base column `col`. */
export function columnX(geometry: PageGeometry, col: number): Pt {
  return pt(geometry.areaX + col * geometry.columnPitch);
}

/** Top of body line `line`. */
export function lineY(geometry: PageGeometry, line: number): Pt {
  return pt(geometry.areaY + line * geometry.leading);
}

/** The rectangle of a block spanning `cols` base columns × `lines` body lines. */
export function cellRect(geometry: PageGeometry, col: number, line: number, cols: number, lines: number): Rect {
  return { x: columnX(geometry, col), y: lineY(geometry, line), width: spanWidth(geometry, cols), height: pt(lines * geometry.leading) };
}

/** A block's rectangle on the page, in points. */
export function blockRectPt(geometry: PageGeometry, block: GridRect): Rect {
  return cellRect(geometry, block.col, block.line, block.cols, block.lines);
}

/** The whole type area as a rectangle. */
export function typeAreaRect(geometry: PageGeometry): Rect {
  return cellRect(geometry, 0, 0, geometry.format.columns, geometry.lines);
}

/** Width of one text column when `cols` base columns are set as `textColumns` (合栏/破栏). */
export function textColumnWidth(geometry: PageGeometry, cols: number, textColumns: number): Pt {
  return pt(textColumnChars(geometry.format, cols, textColumns) * geometry.bodySize);
}

/** Whole body lines a depth in points takes (a hair's tolerance keeps exact fits from adding one). */
export function linesForDepth(leading: number, depth: number): number {
  return Math.ceil(depth / leading - 1e-6);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * The grid boundary nearest a point: the column edge (0 … columns) and line edge (0 … lines)
 * a dragged corner snaps to. Points outside the type area are clamped to its edges.
 */
export function cellAtPoint(geometry: PageGeometry, x: number, y: number): GridCell {
  return {
    col: gridColumns(clamp(Math.round((x - geometry.areaX) / geometry.columnPitch), 0, geometry.format.columns)),
    line: gridLines(clamp(Math.round((y - geometry.areaY) / geometry.leading), 0, geometry.lines)),
  };
}

/** A pointer displacement in points as whole base columns and body lines (a drag's snapped step). */
export function cellDelta(geometry: PageGeometry, dx: number, dy: number): { cols: number; lines: number } {
  return { cols: Math.round(dx / geometry.columnPitch), lines: Math.round(dy / geometry.leading) };
}

/** The cell a point falls in (a drop, a click), clamped to the type area's last column and line. */
export function cellContaining(geometry: PageGeometry, x: number, y: number): GridCell {
  return {
    col: gridColumns(clamp(Math.floor((x - geometry.areaX) / geometry.columnPitch), 0, geometry.format.columns - 1)),
    line: gridLines(clamp(Math.floor((y - geometry.areaY) / geometry.leading), 0, geometry.lines - 1)),
  };
}

/**
 * A rectangle dragged or resized in points, snapped to the grid: the left and top edges to the
 * nearest column and line boundary, the right edge to the nearest gutter middle (where one
 * column's text ends and the next begins), at least one cell, kept inside the type area.
 */
export function snapRect(geometry: PageGeometry, rect: Rect): GridRect {
  const columns = geometry.format.columns;
  const start = cellAtPoint(geometry, rect.x, rect.y);
  const col = Math.min(start.col, columns - 1);
  const line = Math.min(start.line, geometry.lines - 1);
  const right = Math.round((rect.x + rect.width + gutterWidth(geometry) - geometry.areaX) / geometry.columnPitch);
  const bottom = Math.round((rect.y + rect.height - geometry.areaY) / geometry.leading);
  return {
    col,
    line,
    cols: clamp(right - col, 1, columns - col),
    lines: clamp(bottom - line, 1, geometry.lines - line),
  };
}

/** Whether a point lies on a block's rectangle, widened by `slop` points (thin rules stay clickable). */
export function blockContainsPoint(geometry: PageGeometry, block: GridRect, x: number, y: number, slop = 0): boolean {
  const rect = blockRectPt(geometry, block);
  return x >= rect.x - slop && x <= rect.x + rect.width + slop && y >= rect.y - slop && y <= rect.y + rect.height + slop;
}

/** The block under a point: the last one in drawing order (the one on top), or undefined. */
export function blockAtPoint<T extends GridRect>(
  geometry: PageGeometry,
  blocks: readonly T[],
  x: number,
  y: number,
  slop = 0,
): T | undefined {
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const block = blocks[index]!;
    if (blockContainsPoint(geometry, block, x, y, slop)) return block;
  }
  return undefined;
}

/** Where a rule block draws its line: across the middle of its lines, or down its left edge. */
export function ruleSegment(geometry: PageGeometry, block: GridRect & { orientation: 'horizontal' | 'vertical' }) {
  const rect = blockRectPt(geometry, block);
  const horizontal = block.orientation === 'horizontal';
  const x1 = rect.x;
  const y1 = horizontal ? pt(rect.y + rect.height / 2) : rect.y;
  return { x1, y1, x2: horizontal ? pt(rect.x + rect.width) : x1, y2: horizontal ? y1 : pt(rect.y + rect.height) };
}

/**
 * Baseline of text of `size` centred in a band of `height` starting at `top`: the ideographic em
 * box (0.88 em above the baseline, 0.12 em below) sits in the middle of the band.
 */
export function centredBaseline(top: number, height: number, size: number): Pt {
  return pt(top + (height - size) / 2 + size * 0.88);
}
