// Crop marks: in each corner one horizontal and one vertical hairline on the trim lines, outside
// the bleed, K only (they are cut off with the slug, and a K-only page keeps them off C, M and Y).
import type { Ink } from '../../../shared/display/display-list';
import { mm, mmToPt } from '../../../shared/units/units';
import type { PageContent } from './page-content';
import { num } from './page-content';
import type { PageGeometry } from './page-geometry';
import { MARK_LENGTH_MM, MIN_MARK_OFFSET_MM } from './page-geometry';

const MARK_INK: Ink = { c: 0, m: 0, y: 0, k: 100 };
const MARK_WIDTH_PT = 0.25;

/** Draws in trim coordinates (origin at the trim's top-left, y down), like the page's items. */
export function writeCropMarks(content: PageContent, geometry: PageGeometry): void {
  const offset = Math.max(geometry.bleed, mmToPt(mm(MIN_MARK_OFFSET_MM)) as number);
  const length = mmToPt(mm(MARK_LENGTH_MM)) as number;
  const { trimWidth: w, trimHeight: h } = geometry;
  const lines: string[] = [];
  for (const [x, sx] of [
    [0, -1],
    [w, 1],
  ] as const) {
    for (const [y, sy] of [
      [0, -1],
      [h, 1],
    ] as const) {
      // Along the horizontal trim line, then along the vertical one, pointing away from the page.
      lines.push(`${num(x + sx * offset)} ${num(y)} m ${num(x + sx * (offset + length))} ${num(y)} l`);
      lines.push(`${num(x)} ${num(y + sy * offset)} m ${num(x)} ${num(y + sy * (offset + length))} l`);
    }
  }
  content.stroke(MARK_INK);
  content.overprintFor(MARK_INK);
  content.lineWidth(MARK_WIDTH_PT);
  content.write(`${lines.join('\n')}\nS`);
}
