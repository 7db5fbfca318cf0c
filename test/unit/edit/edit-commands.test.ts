// Each layout edit on small hand-made issues: what it changes, what it refuses (in Chinese, with
// nothing changed) and that its inverse gives back the issue exactly.
import { describe, expect, it } from 'vitest';
import { applyEdit, describeEdit, type EditCommand, type EditOptions, type EditOutcome } from '../../../shared/edit';
import { issueSchema, type Block, type Issue } from '../../../shared/model/issue';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { deepFreeze } from './deep-freeze';
import { format, frame, issueWith } from './edit-fixtures';

function edit(issue: Issue, command: EditCommand, options?: EditOptions): EditOutcome {
  return applyEdit(deepFreeze(issue), format, command, options);
}

/** Applies the command, checks the result validates and its inverse restores the issue; returns the result. */
function applied(issue: Issue, command: EditCommand, options?: EditOptions): Issue {
  const outcome = edit(issue, command, options);
  if (!outcome.ok) throw new Error(outcome.refusal.message);
  issueSchema.parse(outcome.issue);
  const undone = edit(outcome.issue, outcome.inverse);
  expect(undone.ok && undone.issue).toEqual(issue);
  return outcome.issue;
}

function refused(issue: Issue, command: EditCommand, options?: EditOptions) {
  const outcome = edit(issue, command, options);
  if (outcome.ok) throw new Error(`not refused: ${JSON.stringify(command)}`);
  return outcome.refusal;
}

function block(issue: Issue, id: string): Block | undefined {
  return issue.pages.flatMap((page) => page.blocks).find((candidate) => candidate.id === id);
}

const A2 = 1;
const A3 = 2;

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

describe('article settings', () => {
  const issue = issueWith([
    [A2, frame('a', 'art-1')],
    [A2, { kind: 'masthead', id: 'm', col: gridColumns(4), line: gridLines(90), cols: gridColumns(2), lines: gridLines(2) }],
  ]);

  it('sets text columns within readable widths', () => {
    expect(block(applied(issue, { type: 'setTextColumns', blockId: 'a', textColumns: 3 }), 'a')).toMatchObject({ textColumns: 3 });
    expect(refused(issue, { type: 'setTextColumns', blockId: 'a', textColumns: 5 })).toEqual({
      code: 'TEXT_COLUMNS',
      message: '2栏宽的版块分成5栏，每栏只有4个字，太窄了（至少6个字），未修改分栏。',
    });
    expect(refused(issue, { type: 'setTextColumns', blockId: 'a', textColumns: 0 }).code).toBe('TEXT_COLUMNS');
    expect(refused(issue, { type: 'setTextColumns', blockId: 'm', textColumns: 1 })).toEqual({
      code: 'NOT_ARTICLE_BLOCK',
      message: '版块「报头 第5栏第91行」不是稿件版块，不能分栏。',
    });
  });

  it('sets headline size and lines, and kicker and subtitle', () => {
    expect(block(applied(issue, { type: 'setHeadline', blockId: 'a', size: 26, lines: 2 }), 'a')).toMatchObject({
      headlineSize: 26,
      headlineLines: 2,
    });
    expect(refused(issue, { type: 'setHeadline', blockId: 'a', size: 300, lines: null }).message).toBe(
      '标题字号必须在 5–200 pt 之间，未修改标题。',
    );
    expect(refused(issue, { type: 'setHeadline', blockId: 'a', size: null, lines: 5 }).message).toBe('标题行数必须是 1–4 行，未修改标题。');
    const hidden = applied(issue, { type: 'setHeadings', blockId: 'a', showKicker: false, showSubtitle: true });
    expect(block(hidden, 'a')).toMatchObject({ showKicker: false, showSubtitle: true });
  });

  it('fills an empty frame, empties it, and refuses an article already on the pages', () => {
    const withFrame = issueWith([
      [A2, frame('a', 'art-1')],
      [A3, frame('e', null)],
    ]);
    expect(block(applied(withFrame, { type: 'setArticle', blockId: 'e', articleId: 'art-2' }), 'e')).toMatchObject({ articleId: 'art-2' });
    expect(block(applied(withFrame, { type: 'setArticle', blockId: 'a', articleId: null }), 'a')).toMatchObject({ articleId: null });
    expect(refused(withFrame, { type: 'setArticle', blockId: 'e', articleId: 'art-1' })).toEqual({
      code: 'ALREADY_PLACED',
      message: '这篇稿件已排在A2版，一篇稿件只能上版一次，未排入。',
    });
  });
});

describe('continuations', () => {
  const issue = issueWith([
    [A2, frame('a', 'art-1')],
    [A2, frame('same', null, { col: gridColumns(4) })],
    [A3, frame('t', null)],
    [A3, frame('full', 'art-2', { col: gridColumns(4) })],
    [3, frame('u', null)],
  ]);

  it('links to an empty frame on another page, which then holds the article; unlinking empties it again', () => {
    const linked = applied(issue, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 't' });
    expect(block(linked, 'a')).toMatchObject({ continuesIn: 't' });
    expect(block(linked, 't')).toMatchObject({ articleId: 'art-1', continuesIn: null });
    const unlinked = applied(linked, { type: 'unlinkContinuation', fromBlockId: 'a' });
    expect(unlinked).toEqual(issue);
  });

  it('refuses links on one page, to a filled frame, from a block already continued, and circles', () => {
    expect(refused(issue, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 'same' })).toEqual({
      code: 'SAME_PAGE',
      message: '转版只能续排到另一个版面，未续排。',
    });
    expect(refused(issue, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 'full' }).message).toBe(
      '版块「稿件 第5栏第31行」已排有稿件，只能续排到空版块，未续排。',
    );
    const linked = applied(issue, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 't' });
    expect(refused(linked, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 'u' }).message).toBe(
      '版块「稿件 第1栏第31行」已续排到A3版，请先解除续排，未续排。',
    );
    expect(refused(linked, { type: 'linkContinuation', fromBlockId: 'same', toBlockId: 't' }).code).toBe('TARGET_NOT_EMPTY');
    // Empty frames linked in a ring: the last link would close it.
    const ring = applied(applied(issue, { type: 'linkContinuation', fromBlockId: 'same', toBlockId: 't' }), {
      type: 'linkContinuation',
      fromBlockId: 't',
      toBlockId: 'u',
    });
    expect(refused(ring, { type: 'linkContinuation', fromBlockId: 'u', toBlockId: 'same' }).code).toBe('CYCLE');
    expect(refused(issue, { type: 'unlinkContinuation', fromBlockId: 'a' }).code).toBe('NOT_LINKED');
  });

  it('unlinking a block whose target continues further empties the whole run, and linking again restores it', () => {
    const twice = applied(applied(issue, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 't' }), {
      type: 'linkContinuation',
      fromBlockId: 't',
      toBlockId: 'u',
    });
    expect(block(twice, 'u')).toMatchObject({ articleId: 'art-1' });
    const unlinked = applied(twice, { type: 'unlinkContinuation', fromBlockId: 'a' });
    expect(block(unlinked, 't')).toMatchObject({ articleId: null, continuesIn: 'u' });
    expect(block(unlinked, 'u')).toMatchObject({ articleId: null });
  });

  it('removing the first block of a continued article leaves its continuation as an empty frame', () => {
    const linked = applied(issue, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 't' });
    const removed = applied(linked, { type: 'removeBlock', blockId: 'a' });
    expect(block(removed, 'a')).toBeUndefined();
    expect(block(removed, 't')).toMatchObject({ articleId: null });
    const middleGone = applied(linked, { type: 'removeBlock', blockId: 't' });
    expect(block(middleGone, 'a')).toMatchObject({ continuesIn: null, articleId: 'art-1' });
    // Emptying the continuation is unlinking it; filling one is refused.
    expect(applied(linked, { type: 'setArticle', blockId: 't', articleId: null })).toEqual(issue);
    const emptyChain = applied(issue, { type: 'linkContinuation', fromBlockId: 'same', toBlockId: 't' });
    expect(refused(emptyChain, { type: 'setArticle', blockId: 't', articleId: 'art-9' }).code).toBe('IS_CONTINUATION');
    // Filling the first frame of a linked run of empty frames fills the run.
    expect(block(applied(emptyChain, { type: 'setArticle', blockId: 'same', articleId: 'art-9' }), 't')).toMatchObject({
      articleId: 'art-9',
    });
  });

  it('undoes an unlink of a broken link (to a block of another article) by restoring the pages', () => {
    const broken = issueWith([
      [A2, frame('a', 'art-1', { continuesIn: 'full' })],
      [A3, frame('full', 'art-2')],
    ]);
    const outcome = edit(broken, { type: 'unlinkContinuation', fromBlockId: 'a' });
    expect(outcome.ok && outcome.inverse.type).toBe('restorePages');
    applied(broken, { type: 'unlinkContinuation', fromBlockId: 'a' });
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
