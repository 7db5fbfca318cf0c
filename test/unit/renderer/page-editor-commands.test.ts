// The page editor's pure parts: the undo history's stacks, what a drag means on the grid, and where
// a library article lands when dropped, each on the test issue with the real edit commands.
import { describe, expect, it } from 'vitest';
import { applyEdit, type EditCommand } from '../../../shared/edit';
import type { BlockDiagnostics } from '../../../shared/layout/diagnostics';
import { bodyLinesPerPage } from '../../../shared/model/grid';
import type { Block, Issue, Page } from '../../../shared/model/issue';
import {
  HANDLES,
  moveCommand,
  resizeCommand,
  resizedBox,
  targetBoxes,
  type GridBox,
} from '../../../renderer/src/page-editor/drag-commands';
import { EditHistory, type HistoryEntry } from '../../../renderer/src/page-editor/edit-history';
import { blockAt, blockForDrop, dropCommand, firstEmptyFrame, fitLines } from '../../../renderer/src/page-editor/placement';
import { testContent } from '../services/store-fixtures';

function layoutEntry(label: string): HistoryEntry {
  const command: EditCommand = { type: 'batch', commands: [] };
  return { kind: 'layout', label, command, inverse: command };
}

describe('EditHistory', () => {
  it('undoes newest first and redoes in the order undone', () => {
    const history = new EditHistory();
    for (const label of ['一', '二', '三']) history.push(layoutEntry(label));
    expect(history.takeUndo()?.label).toBe('三');
    expect(history.takeUndo()?.label).toBe('二');
    expect(history.nextRedo?.label).toBe('二');
    expect(history.takeRedo()?.label).toBe('二');
    expect(history.nextUndo?.label).toBe('二');
    expect(history.nextRedo?.label).toBe('三');
  });

  it('forgets what could be redone once something new is done', () => {
    const history = new EditHistory();
    history.push(layoutEntry('一'));
    history.takeUndo();
    history.push(layoutEntry('二'));
    expect(history.takeRedo()).toBeUndefined();
    expect(history.nextUndo?.label).toBe('二');
  });

  it('keeps an entry that could not be undone or redone where it was', () => {
    const history = new EditHistory();
    history.push(layoutEntry('一'));
    const entry = history.takeUndo()!;
    history.restoreUndo(entry);
    expect(history.nextUndo).toBe(entry);
    expect(history.nextRedo).toBeUndefined();
    const again = history.takeUndo()!;
    history.takeRedo();
    history.restoreRedo(again);
    expect(history.nextRedo).toBe(again);
    expect(history.nextUndo).toBeUndefined();
  });

  it('replaces the newest entry when a follow-up amends it', () => {
    const history = new EditHistory();
    history.push(layoutEntry('一'));
    history.amendLast(layoutEntry('一（合并）'));
    expect(history.takeUndo()?.label).toBe('一（合并）');
    expect(history.takeUndo()).toBeUndefined();
  });

  it('drops the text entries of one article only', () => {
    const history = new EditHistory();
    history.push({ kind: 'text', label: '甲', articleId: 'a-1' });
    history.push(layoutEntry('版面'));
    history.push({ kind: 'text', label: '乙', articleId: 'a-2' });
    history.push({ kind: 'text', label: '甲二', articleId: 'a-1' });
    history.forgetText('a-1');
    expect(history.takeUndo()?.label).toBe('乙');
    expect(history.takeUndo()?.label).toBe('版面');
    expect(history.takeUndo()).toBeUndefined();
  });

  it('keeps the newest 200 entries', () => {
    const history = new EditHistory();
    for (let index = 0; index < 250; index += 1) history.push(layoutEntry(String(index)));
    const undone: string[] = [];
    for (let entry = history.takeUndo(); entry; entry = history.takeUndo()) undone.push(entry.label);
    expect(undone).toHaveLength(200);
    expect(undone.at(-1)).toBe('50');
  });
});

describe('drag commands', () => {
  const box: GridBox = { col: 2, line: 10, cols: 3, lines: 8 };

  it('move the dragged edges of a box and keep the opposite ones', () => {
    expect(resizedBox(box, 'e', { cols: 2, lines: 5 })).toEqual({ col: 2, line: 10, cols: 5, lines: 8 });
    expect(resizedBox(box, 'w', { cols: -1, lines: 5 })).toEqual({ col: 1, line: 10, cols: 4, lines: 8 });
    expect(resizedBox(box, 's', { cols: 2, lines: 4 })).toEqual({ col: 2, line: 10, cols: 3, lines: 12 });
    expect(resizedBox(box, 'n', { cols: 2, lines: -3 })).toEqual({ col: 2, line: 7, cols: 3, lines: 11 });
    expect(resizedBox(box, 'se', { cols: 1, lines: 1 })).toEqual({ col: 2, line: 10, cols: 4, lines: 9 });
    expect(resizedBox(box, 'nw', { cols: 1, lines: 1 })).toEqual({ col: 3, line: 11, cols: 2, lines: 7 });
  });

  it('never make a box smaller than one cell, from any handle however far it is dragged', () => {
    for (const handle of HANDLES) {
      for (const delta of [-50, -3, 0, 3, 50]) {
        const resized = resizedBox(box, handle, { cols: delta, lines: delta });
        expect(resized.cols, `${handle} ${delta}`).toBeGreaterThanOrEqual(1);
        expect(resized.lines, `${handle} ${delta}`).toBeGreaterThanOrEqual(1);
        // The edges the handle does not hold stay put.
        if (!handle.includes('w')) expect(resized.col).toBe(box.col);
        if (!handle.includes('e')) expect(resized.col + resized.cols).toBe(box.col + box.cols);
        if (!handle.includes('n')) expect(resized.line).toBe(box.line);
        if (!handle.includes('s')) expect(resized.line + resized.lines).toBe(box.line + box.lines);
      }
    }
  });

  it('move every selected block by the same step, and say where each would stand', () => {
    const { issue } = testContent();
    const blocks = issue.pages[0]!.blocks.slice(0, 2);
    const command = moveCommand(blocks, { cols: 1, lines: 2 });
    const boxes = targetBoxes(command, new Map(blocks.map((block) => [block.id, block])));
    for (const block of blocks) {
      expect(boxes.get(block.id)).toEqual({ col: block.col + 1, line: block.line + 2, cols: block.cols, lines: block.lines });
    }
    const one = moveCommand([blocks[0]!], { cols: 0, lines: 1 });
    expect(one).toEqual({ type: 'moveBlock', blockId: blocks[0]!.id, col: blocks[0]!.col, line: blocks[0]!.line + 1 });
  });

  it('resize a block to the box a handle gives', () => {
    const { issue } = testContent();
    const lead = issue.pages[1]!.blocks.find((block) => block.id === 'p2-lead')!;
    const target = resizedBox(lead, 's', { cols: 0, lines: -10 });
    const command = resizeCommand(lead, target);
    expect(targetBoxes(command, new Map([[lead.id, lead]])).get(lead.id)).toEqual(target);
  });
});

describe('library drops', () => {
  const { profile, issue } = testContent();
  const format = profile.format;
  const page = issue.pages[1]!;
  const lead = page.blocks.find((block) => block.id === 'p2-lead')!;

  /** A page with the lead block made narrower and shorter, so there is free room beside and below it. */
  function roomy(): { issue: Issue; page: Page } {
    const outcome = applyEdit(issue, format, { type: 'resizeBlock', blockId: lead.id, col: lead.col, line: lead.line, cols: 2, lines: 20 });
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    return { issue: outcome.issue, page: outcome.issue.pages[1]! };
  }

  function overlaps(a: Block, b: Block): boolean {
    return a.col < b.col + b.cols && b.col < a.col + a.cols && a.line < b.line + b.lines && b.line < a.line + a.lines;
  }

  it('refuse a cell another block takes', () => {
    expect(blockAt(page, lead.col, lead.line)?.id).toBe(lead.id);
    expect(blockForDrop(issue, page, format, 'a-x', 800, lead.col, lead.line)).toBeUndefined();
    expect(dropCommand(issue, page, format, { id: 'a-x', charCount: 800 }, lead.col, lead.line)).toBeUndefined();
  });

  it('make a new block at the drop cell that overlaps nothing and the page editor accepts', () => {
    const room = roomy();
    const col = lead.col + 2;
    const command = dropCommand(room.issue, room.page, format, { id: 'a-x', charCount: 600 }, col, lead.line);
    expect(command?.type).toBe('addBlock');
    if (command?.type !== 'addBlock') return;
    expect(command.block).toMatchObject({ col, line: lead.line, articleId: 'a-x' });
    for (const other of room.page.blocks) expect(overlaps(command.block, other), other.id).toBe(false);
    expect(command.block.line + command.block.lines).toBeLessThanOrEqual(bodyLinesPerPage(format));
    expect(applyEdit(room.issue, format, command).ok).toBe(true);
  });

  it('give a longer article a block at least as large as a shorter one', () => {
    const room = roomy();
    const col = lead.col + 2;
    const short = blockForDrop(room.issue, room.page, format, 'a-x', 200, col, lead.line)!;
    const long = blockForDrop(room.issue, room.page, format, 'a-x', 3000, col, lead.line)!;
    expect(long.cols * long.lines).toBeGreaterThanOrEqual(short.cols * short.lines);
  });

  it('fill an empty frame under the pointer, the first in reading order for 放入本版', () => {
    const room = roomy();
    const frames = applyEdit(room.issue, format, { type: 'setArticle', blockId: lead.id, articleId: null });
    if (!frames.ok) throw new Error(frames.refusal.message);
    const framed = frames.issue.pages[1]!;
    expect(firstEmptyFrame(framed)?.id).toBe(lead.id);
    expect(dropCommand(frames.issue, framed, format, { id: 'a-x', charCount: 600 }, lead.col, lead.line)).toEqual({
      type: 'setArticle',
      blockId: lead.id,
      articleId: 'a-x',
    });
  });

  describe('fitting a block to its text', () => {
    const diagnostics = (overflowLines: number, emptyLines: number) => ({ overflowLines, emptyLines }) as BlockDiagnostics;

    it('grows by the lines over, spread over its text columns, as far as the room below allows', () => {
      const room = roomy();
      const block = room.page.blocks.find((candidate) => candidate.id === lead.id)!;
      const columns = block.kind === 'article' ? block.textColumns : 1;
      expect(fitLines(room.page, format, block, diagnostics(4 * columns, 0))).toBe(block.lines + 4);
      expect(fitLines(room.page, format, block, diagnostics(10_000, 0))).toBe(bodyLinesPerPage(format) - block.line);
    });

    it('shrinks by the whole lines left empty, never under one line, and leaves a fitting block alone', () => {
      const room = roomy();
      const block = room.page.blocks.find((candidate) => candidate.id === lead.id)!;
      const columns = block.kind === 'article' ? block.textColumns : 1;
      expect(fitLines(room.page, format, block, diagnostics(0, 3 * columns))).toBe(block.lines - 3);
      expect(fitLines(room.page, format, block, diagnostics(0, 10_000))).toBe(1);
      expect(fitLines(room.page, format, block, diagnostics(0, 0))).toBeUndefined();
    });
  });
});
