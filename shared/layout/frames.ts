// The text columns of an article block (合栏/破栏): how many, how wide, where each starts, after
// the headline and any jump line have taken their lines.
import type { ArticleBlock } from '../model/issue';
import { blockRectPt, textColumnWidth, type PageGeometry, type Rect } from './geometry';

export interface TextColumn {
  x: number;
  width: number;
  /** First body line of the column inside the block, and how many lines it holds. */
  startLine: number;
  lines: number;
}

export interface BlockFrame {
  rect: Rect;
  columns: TextColumn[];
  columnWidth: number;
}

export interface FrameReservations {
  /** Lines the headline group takes at the top (all columns for 'across', the first for 'left'). */
  headlineLines: number;
  /** The first line of the first column holds the 上接 line. */
  jumpFromLine: boolean;
  /** The last line of the last column holds the 下转 line. */
  jumpToLine: boolean;
}

export function blockFrame(geometry: PageGeometry, block: ArticleBlock, reserved: FrameReservations): BlockFrame {
  const { format } = geometry;
  const rect = blockRectPt(geometry, block);
  const count = Math.max(1, Math.min(block.textColumns, block.cols * format.columnChars));
  const columnWidth = textColumnWidth(geometry, block.cols, count);
  const gutter = count > 1 ? (rect.width - count * columnWidth) / (count - 1) : 0;
  // A block that does not reach the foot of the page keeps its last line white, so stacked
  // stories never touch (the horizontal counterpart of the gutter between base columns).
  const footLine = block.line + block.lines < geometry.lines ? 1 : 0;
  const columns: TextColumn[] = [];
  for (let index = 0; index < count; index += 1) {
    const headline = block.headline === 'across' || index === 0 ? reserved.headlineLines : 0;
    let startLine = headline;
    let lines = block.lines - headline - footLine;
    if (index === 0 && reserved.jumpFromLine) {
      startLine += 1;
      lines -= 1;
    }
    if (index === count - 1 && reserved.jumpToLine) lines -= 1;
    columns.push({ x: rect.x + index * (columnWidth + gutter), width: columnWidth, startLine, lines: Math.max(0, lines) });
  }
  return { rect, columns, columnWidth };
}
