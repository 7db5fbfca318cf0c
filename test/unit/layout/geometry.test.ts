// Grid cells to points and back: the one conversion the layout, hit-testing, the miniatures and
// the page editor's drags share.
import { describe, expect, it } from 'vitest';
import {
  blockAtPoint,
  blockRectPt,
  cellAtPoint,
  cellDelta,
  cellContaining,
  columnX,
  lineY,
  pageGeometry,
  snapRect,
  spanWidth,
  typeAreaRect,
} from '../../../shared/layout/geometry';
import { typeAreaWidth } from '../../../shared/model/grid';
import { pt } from '../../../shared/units/units';
import { profile } from './layout-fixtures';

const geometry = pageGeometry(profile.format, 1);
const { columns } = profile.format;

describe('page geometry', () => {
  it('spans the type area with the base columns and their gutters', () => {
    expect(typeAreaRect(geometry).width).toBeCloseTo(typeAreaWidth(profile.format));
    expect(spanWidth(geometry, 1)).toBeCloseTo(profile.format.columnChars * profile.format.bodySize);
    const rect = blockRectPt(geometry, { col: 2, line: 10, cols: 3, lines: 20 });
    expect(rect).toEqual({ x: columnX(geometry, 2), y: lineY(geometry, 10), width: spanWidth(geometry, 3), height: 20 * geometry.leading });
  });

  it('gives back every cell from the point of its corner, and clamps points off the type area', () => {
    for (let col = 0; col <= columns; col += 1) {
      for (const line of [0, 1, 50, geometry.lines]) {
        expect(cellAtPoint(geometry, columnX(geometry, col), lineY(geometry, line))).toEqual({ col, line });
        // Nearest boundary: a little short of it or a little past it snaps to it.
        expect(cellAtPoint(geometry, columnX(geometry, col) - 20, lineY(geometry, line) + 3)).toEqual({ col, line });
      }
    }
    expect(cellAtPoint(geometry, -500, -500)).toEqual({ col: 0, line: 0 });
    expect(cellAtPoint(geometry, 1e5, 1e5)).toEqual({ col: columns, line: geometry.lines });
    expect(cellContaining(geometry, columnX(geometry, 3) + 100, lineY(geometry, 7) + 1)).toEqual({ col: 3, line: 7 });
    expect(cellContaining(geometry, 1e5, 1e5)).toEqual({ col: columns - 1, line: geometry.lines - 1 });
  });

  it('turns a pointer displacement into whole columns and lines, rounding to the nearest', () => {
    expect(cellDelta(geometry, geometry.columnPitch * 2.4, -geometry.leading * 3.6)).toEqual({ cols: 2, lines: -4 });
    expect(cellDelta(geometry, 10, 2)).toEqual({ cols: 0, lines: 0 });
  });

  it('snaps a dragged rectangle to the block it was drawn from, and keeps it inside the type area', () => {
    const block = { col: 2, line: 30, cols: 3, lines: 25 };
    const rect = blockRectPt(geometry, block);
    expect(snapRect(geometry, rect)).toEqual(block);
    expect(snapRect(geometry, { ...rect, x: pt(rect.x + 30), y: pt(rect.y - 4) })).toEqual(block);
    expect(snapRect(geometry, { ...rect, x: pt(rect.x + 100) })).toEqual({ ...block, col: 3 });
    expect(snapRect(geometry, { ...rect, x: pt(1e5) })).toEqual({ ...block, col: columns - 1, cols: 1 });
    expect(snapRect(geometry, { ...rect, width: pt(1) })).toEqual({ ...block, cols: 1 });
  });

  it('finds the block under a point, the one drawn last on top', () => {
    const blocks = [
      { id: 'under', col: 0, line: 0, cols: 4, lines: 40 },
      { id: 'over', col: 2, line: 10, cols: 2, lines: 10 },
    ];
    const at = (col: number, line: number) => blockAtPoint(geometry, blocks, columnX(geometry, col) + 5, lineY(geometry, line) + 5)?.id;
    expect(at(0, 0)).toBe('under');
    expect(at(2, 12)).toBe('over');
    expect(at(6, 12)).toBeUndefined();
  });
});
