// What a pointer drag means on the grid: a move of the selected blocks or a resize of one block by
// a handle, snapped to whole base columns and body lines. Pure, so the drag's arithmetic is tested
// without a browser.
import type { EditCommand } from '../../../shared/edit';
import { cellDelta } from '../../../shared/layout/geometry';
import type { Block } from '../../../shared/model/issue';

export type Handle = 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw';
export const HANDLES: readonly Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

export interface GridBox {
  col: number;
  line: number;
  cols: number;
  lines: number;
}

// The snapped step of a drag is the page geometry's; re-exported for the drag's callers.
export { cellDelta };

export function moveCommand(blocks: readonly Block[], delta: { cols: number; lines: number }): EditCommand {
  const moves: EditCommand[] = blocks.map((block) => ({
    type: 'moveBlock',
    blockId: block.id,
    col: block.col + delta.cols,
    line: block.line + delta.lines,
  }));
  return moves.length === 1 ? moves[0]! : { type: 'batch', commands: moves };
}

/** The box a handle drag gives: the dragged edges move, the opposite ones stay; never under one cell. */
export function resizedBox(box: GridBox, handle: Handle, delta: { cols: number; lines: number }): GridBox {
  let left = box.col;
  let right = box.col + box.cols;
  let top = box.line;
  let bottom = box.line + box.lines;
  if (handle.includes('w')) left = Math.min(left + delta.cols, right - 1);
  if (handle.includes('e')) right = Math.max(right + delta.cols, left + 1);
  if (handle.includes('n')) top = Math.min(top + delta.lines, bottom - 1);
  if (handle.includes('s')) bottom = Math.max(bottom + delta.lines, top + 1);
  return { col: left, line: top, cols: right - left, lines: bottom - top };
}

export function resizeCommand(block: Block, box: GridBox): EditCommand {
  return { type: 'resizeBlock', blockId: block.id, ...box };
}

/** Where the blocks a command moves or resizes would stand, by block id. */
export function targetBoxes(command: EditCommand, blocks: ReadonlyMap<string, Block>): Map<string, GridBox> {
  const boxes = new Map<string, GridBox>();
  const visit = (step: EditCommand) => {
    if (step.type === 'batch') step.commands.forEach(visit);
    else if (step.type === 'addBlock') boxes.set(step.block.id, step.block);
    else if (step.type === 'setArticle') {
      const block = blocks.get(step.blockId);
      if (block) boxes.set(block.id, block);
    } else if (step.type === 'moveBlock') {
      const block = blocks.get(step.blockId);
      if (block) boxes.set(step.blockId, { col: step.col, line: step.line, cols: block.cols, lines: block.lines });
    } else if (step.type === 'resizeBlock') {
      boxes.set(step.blockId, { col: step.col, line: step.line, cols: step.cols, lines: step.lines });
    }
  };
  visit(command);
  return boxes;
}
