// Adding, moving, resizing and removing blocks on the grid.
import type { Block, Issue } from '../model/issue';
import { gridColumns, gridLines } from '../units/units';
import type { EditCommand, EditOutcome } from './edit-commands';
import { applyInOrder, type EditContext } from './edit-context';
import { checkPlacement, fittingTextColumns } from './grid-rules';
import { allBlocks, deleteBlock, findBlock, findPage, insertBlock, placementOf, predecessorsOf, replaceBlocks } from './issue-blocks';
import { refuse, unknownBlock } from './refusals';

type Command<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

export function addBlock(context: EditContext, issue: Issue, command: Command<'addBlock'>): EditOutcome {
  const notDone = '未添加。';
  const target = findPage(issue, command.pageId);
  if (!target) return refuse('UNKNOWN_PAGE', `找不到版面 ${command.pageId}，${notDone}`);
  const { block } = command;
  const index = command.index ?? target.page.blocks.length;
  if (!Number.isInteger(index) || index < 0 || index > target.page.blocks.length) {
    return refuse('BAD_INDEX', `版块的叠放位置 ${index} 不在本版的 0–${target.page.blocks.length} 之间，${notDone}`);
  }
  if (allBlocks(issue).some((entry) => entry.block.id === block.id)) {
    return refuse('DUPLICATE_BLOCK_ID', `版块编号 ${block.id} 已被使用，${notDone}`);
  }
  const refused = checkPlacement(context.format, target.page, block, context.options, notDone);
  if (refused) return refused;
  if (block.kind === 'article') {
    if (block.continuesIn !== null) return refuse('ALREADY_LINKED', `新版块不能带着续排链接添加，请添加后再续排，${notDone}`);
    const placed = block.articleId === null ? undefined : placementOf(issue, block.articleId);
    if (placed) return refuse('ALREADY_PLACED', `这篇稿件已排在${placed.page.label}版，一篇稿件只能上版一次，${notDone}`);
    if (
      !Number.isInteger(block.textColumns) ||
      block.textColumns < 1 ||
      fittingTextColumns(context.format, block.cols, block.textColumns) !== block.textColumns
    ) {
      return refuse('TEXT_COLUMNS', `版块分成 ${block.textColumns} 栏太窄了，${notDone}`);
    }
  }
  return { ok: true, issue: insertBlock(issue, target.pageIndex, index, block), inverse: { type: 'removeBlock', blockId: block.id } };
}

function placeBlock(context: EditContext, issue: Issue, blockId: string, rect: Partial<Block>, notDone: string): EditOutcome {
  const found = findBlock(issue, blockId);
  if (!found) return unknownBlock(blockId);
  const { block } = found;
  let moved = { ...block, ...rect } as Block;
  const refused = checkPlacement(context.format, found.page, moved, context.options, notDone);
  if (refused) return refused;
  const back: EditCommand = { type: 'resizeBlock', blockId, col: block.col, line: block.line, cols: block.cols, lines: block.lines };
  // Narrowing a block may leave its text columns too narrow to read: set fewer, and put them back on undo.
  if (moved.kind === 'article' && block.kind === 'article') {
    const textColumns = fittingTextColumns(context.format, moved.cols, moved.textColumns);
    if (textColumns !== block.textColumns) {
      moved = { ...moved, textColumns };
      const inverse: EditCommand = {
        type: 'batch',
        commands: [back, { type: 'setTextColumns', blockId, textColumns: block.textColumns }],
      };
      return { ok: true, issue: replaceBlocks(issue, [moved]), inverse };
    }
  }
  const inverse: EditCommand = rect.cols === undefined ? { type: 'moveBlock', blockId, col: block.col, line: block.line } : back;
  return { ok: true, issue: replaceBlocks(issue, [moved]), inverse };
}

export function moveBlock(context: EditContext, issue: Issue, command: Command<'moveBlock'>): EditOutcome {
  return placeBlock(context, issue, command.blockId, { col: gridColumns(command.col), line: gridLines(command.line) }, '未移动。');
}

export function resizeBlock(context: EditContext, issue: Issue, command: Command<'resizeBlock'>): EditOutcome {
  const rect = {
    col: gridColumns(command.col),
    line: gridLines(command.line),
    cols: gridColumns(command.cols),
    lines: gridLines(command.lines),
  };
  return placeBlock(context, issue, command.blockId, rect, '未调整大小。');
}

/**
 * Removes a block. A linked block is unlinked first: the block before it ends the article again,
 * and the frames it continued in stay on their pages as empty frames.
 */
export function removeBlock(context: EditContext, issue: Issue, command: Command<'removeBlock'>): EditOutcome {
  const found = findBlock(issue, command.blockId);
  if (!found) return unknownBlock(command.blockId);
  const { block } = found;
  const steps: EditCommand[] = predecessorsOf(issue, block.id).map((from) => ({ type: 'unlinkContinuation', fromBlockId: from.id }));
  const selfLinked = steps.some((step) => step.type === 'unlinkContinuation' && step.fromBlockId === block.id);
  if (block.kind === 'article' && block.continuesIn !== null && !selfLinked)
    steps.push({ type: 'unlinkContinuation', fromBlockId: block.id });
  if (steps.length > 0) {
    return applyInOrder(context, issue, [...steps, { type: 'removeBlock', blockId: block.id }]);
  }
  return {
    ok: true,
    issue: deleteBlock(issue, found.pageIndex, found.index),
    inverse: { type: 'addBlock', pageId: found.page.id, block, index: found.index },
  };
}
