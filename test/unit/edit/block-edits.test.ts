// Adding, removing, moving and resizing blocks, batches and edit labels on small hand-made issues:
// what each changes, what it refuses (in Chinese, with nothing changed), and exact inverses.
import { describe, expect, it } from 'vitest';
import { describeEdit, type EditCommand } from '../../../shared/edit';
import type { Block } from '../../../shared/model/issue';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { A2, applied, block, edit, refused } from './edit-assertions';
import { frame, issueWith } from './edit-fixtures';

describe('adding and removing blocks', () => {
  it('adds a block at the end of the page, or at the index given, and removing it restores the page', () => {
    const issue = issueWith([[A2, frame('a', 'art-1', { line: gridLines(10) })]]);
    const added = applied(issue, { type: 'addBlock', pageId: 'p2', block: frame('b', null, { col: gridColumns(4), line: gridLines(10) }) });
    expect(added.pages[A2]!.blocks.map((entry) => entry.id)).toEqual(['p2-header', 'a', 'b']);
    const first = applied(issue, { type: 'addBlock', pageId: 'p2', block: frame('b', null, { col: gridColumns(4) }), index: 0 });
    expect(first.pages[A2]!.blocks.map((entry) => entry.id)).toEqual(['b', 'p2-header', 'a']);
    const removed = applied(added, { type: 'removeBlock', blockId: 'a' });
    expect(removed.pages[A2]!.blocks.map((entry) => entry.id)).toEqual(['p2-header', 'b']);
  });

  it('refuses a block over the page header, outside the type area, with a used id or an article already placed', () => {
    const issue = issueWith([[A2, frame('a', 'art-1')]]);
    expect(refused(issue, { type: 'addBlock', pageId: 'p2', block: frame('b', null, { line: gridLines(2) }) })).toEqual({
      code: 'OVERLAP',
      message: '与版块「报眉 第1栏第1行」重叠，未添加。',
    });
    expect(refused(issue, { type: 'addBlock', pageId: 'p2', block: frame('b', null, { col: gridColumns(7) }) })).toEqual({
      code: 'OUTSIDE_AREA',
      message: '版块超出版心（8栏×104行），未添加。',
    });
    expect(refused(issue, { type: 'addBlock', pageId: 'p2', block: frame('b', null, { line: gridLines(90) }) }).code).toBe('OUTSIDE_AREA');
    expect(refused(issue, { type: 'addBlock', pageId: 'p3', block: frame('a', null) }).code).toBe('DUPLICATE_BLOCK_ID');
    expect(refused(issue, { type: 'addBlock', pageId: 'p3', block: frame('b', 'art-1') })).toEqual({
      code: 'ALREADY_PLACED',
      message: '这篇稿件已排在A2版，一篇稿件只能上版一次，未添加。',
    });
    expect(refused(issue, { type: 'addBlock', pageId: 'p9', block: frame('b', null) }).code).toBe('UNKNOWN_PAGE');
    expect(refused(issue, { type: 'addBlock', pageId: 'p2', block: frame('b', null, { col: gridColumns(4) }), index: 7 }).code).toBe(
      'BAD_INDEX',
    );
  });

  it('lets a rule cross article blocks but never the masthead or page header', () => {
    const issue = issueWith([[A2, frame('a', 'art-1')]]);
    const rule: Block = {
      kind: 'rule',
      id: 'r',
      col: gridColumns(0),
      line: gridLines(40),
      cols: gridColumns(8),
      lines: gridLines(1),
      orientation: 'horizontal',
      weight: 0.5,
    };
    applied(issue, { type: 'addBlock', pageId: 'p2', block: rule });
    expect(refused(issue, { type: 'addBlock', pageId: 'p2', block: { ...rule, line: gridLines(1) } }).code).toBe('OVERLAP');
  });

  it('removing a block unknown to the issue is refused', () => {
    expect(refused(issueWith([]), { type: 'removeBlock', blockId: 'nope' })).toEqual({
      code: 'UNKNOWN_BLOCK',
      message: '找不到版块 nope，可能已被移出版面。',
    });
  });
});

describe('moving and resizing', () => {
  const issue = issueWith([
    [A2, frame('a', 'art-1', { textColumns: 2 })],
    [A2, frame('b', 'art-2', { col: gridColumns(2) })],
  ]);

  it('moves a block to a free cell and back', () => {
    const moved = applied(issue, { type: 'moveBlock', blockId: 'a', col: 0, line: 60 });
    expect(block(moved, 'a')).toMatchObject({ col: 0, line: 60, cols: 2, lines: 20 });
  });

  it('refuses a move onto another block, naming it by the caller’s names when given', () => {
    expect(refused(issue, { type: 'moveBlock', blockId: 'a', col: 1, line: 30 })).toEqual({
      code: 'OVERLAP',
      message: '与版块「稿件 第3栏第31行」重叠，未移动。',
    });
    const names = { blockName: (candidate: Block) => (candidate.id === 'b' ? '园区招商新举措' : '') };
    expect(refused(issue, { type: 'moveBlock', blockId: 'a', col: 1, line: 30 }, names).message).toBe(
      '与版块「园区招商新举措」重叠，未移动。',
    );
    expect(refused(issue, { type: 'moveBlock', blockId: 'a', col: -1, line: 30 }).code).toBe('OUTSIDE_AREA');
    expect(refused(issue, { type: 'moveBlock', blockId: 'a', col: 0.5, line: 30 }).code).toBe('NOT_WHOLE_CELLS');
  });

  it('resizes a block; narrowing it sets fewer text columns, and undo puts them back', () => {
    const taller = applied(issue, { type: 'resizeBlock', blockId: 'a', col: 0, line: 30, cols: 2, lines: 40 });
    expect(block(taller, 'a')).toMatchObject({ lines: 40, textColumns: 2 });
    const narrow = applied(issue, { type: 'resizeBlock', blockId: 'a', col: 0, line: 30, cols: 1, lines: 20 });
    // One base column of 13 characters as 2 text columns is 6 each: still allowed.
    expect(block(narrow, 'a')).toMatchObject({ cols: 1, textColumns: 2 });
    const wide = applied(issue, { type: 'setTextColumns', blockId: 'a', textColumns: 3 });
    const squeezed = applied(wide, { type: 'resizeBlock', blockId: 'a', col: 0, line: 30, cols: 1, lines: 20 });
    expect(block(squeezed, 'a')).toMatchObject({ cols: 1, textColumns: 2 });
    expect(refused(issue, { type: 'resizeBlock', blockId: 'a', col: 0, line: 30, cols: 3, lines: 20 }).message).toBe(
      '与版块「稿件 第3栏第31行」重叠，未调整大小。',
    );
    expect(refused(issue, { type: 'resizeBlock', blockId: 'a', col: 0, line: 30, cols: 0, lines: 20 }).code).toBe('NOT_WHOLE_CELLS');
  });
});

describe('batches', () => {
  const issue = issueWith([
    [A2, frame('a', 'art-1')],
    [A2, frame('b', 'art-2', { col: gridColumns(4) })],
  ]);

  it('apply all commands or none', () => {
    const both = applied(issue, {
      type: 'batch',
      commands: [
        { type: 'moveBlock', blockId: 'a', col: 0, line: 60 },
        { type: 'moveBlock', blockId: 'b', col: 4, line: 60 },
      ],
    });
    expect([block(both, 'a')?.line, block(both, 'b')?.line]).toEqual([60, 60]);
    const outcome = edit(issue, {
      type: 'batch',
      commands: [
        { type: 'moveBlock', blockId: 'a', col: 0, line: 60 },
        { type: 'moveBlock', blockId: 'b', col: 0, line: 60 },
      ],
    });
    expect(outcome).toEqual({ ok: false, refusal: { code: 'OVERLAP', message: '与版块「稿件 第1栏第61行」重叠，未移动。' } });
  });
});

describe('describeEdit', () => {
  it('names each edit for the undo and redo tooltips', () => {
    expect(describeEdit({ type: 'moveBlock', blockId: 'a', col: 0, line: 0 })).toBe('移动版块');
    expect(describeEdit({ type: 'resizeBlock', blockId: 'a', col: 0, line: 0, cols: 1, lines: 1 })).toBe('调整版块大小');
    expect(describeEdit({ type: 'addBlock', pageId: 'p2', block: frame('a', 'x') })).toBe('排入稿件');
    expect(describeEdit({ type: 'setArticle', blockId: 'a', articleId: null })).toBe('清空版块');
    expect(describeEdit({ type: 'unlinkContinuation', fromBlockId: 'a' })).toBe('解除续排');
    const nudge: EditCommand = {
      type: 'batch',
      commands: [
        { type: 'moveBlock', blockId: 'a', col: 0, line: 1 },
        { type: 'moveBlock', blockId: 'b', col: 4, line: 1 },
      ],
    };
    expect(describeEdit(nudge)).toBe('移动版块');
    expect(describeEdit({ type: 'batch', commands: [...nudge.commands, { type: 'removeBlock', blockId: 'c' }] })).toBe('多项版面修改');
  });
});
