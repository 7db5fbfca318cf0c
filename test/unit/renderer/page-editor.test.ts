// The page editor's store (renderer/src/page-editor/page-editor.ts) with the real edit commands on
// the test issue: commands change the committed layout and can be undone and redone exactly, a
// refusal changes nothing, a drag shows its result without committing it, and the store tells
// unsaved layout from saved.
import { describe, expect, it, vi } from 'vitest';
import type { EditCommand } from '../../../shared/edit';
import type { ArticleBlock, Issue } from '../../../shared/model/issue';
import { newArticleBlock } from '../../../shared/model/issue-factory';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { PageEditor } from '../../../renderer/src/page-editor/page-editor';
import { CHINESE, testContent } from '../services/store-fixtures';

const LEAD = 'p2-lead';

function setup() {
  const content = testContent();
  const host = { showIssue: vi.fn(), committed: vi.fn(), refused: vi.fn(), openText: vi.fn() };
  const editor = new PageEditor(() => content.profile.format, host);
  editor.load(content.issue);
  host.showIssue.mockClear();
  return { editor, host, issue: content.issue };
}

function blockOf(issue: Issue | undefined, id: string): ArticleBlock {
  const block = issue?.pages.flatMap((page) => page.blocks).find((candidate) => candidate.id === id);
  if (block?.kind !== 'article') throw new Error(`no article block ${id}`);
  return block;
}

/** The lead block on A2, made narrower, leaves room beside it for these tests' moves and drops. */
function narrowed(editor: PageEditor): void {
  const lead = blockOf(editor.getSnapshot().issue, LEAD);
  expect(editor.execute({ type: 'resizeBlock', blockId: LEAD, col: lead.col, line: lead.line, cols: 2, lines: 20 })).toBe(true);
}

describe('PageEditor', () => {
  it('opens the issue it is given, with nothing to undo and nothing unsaved', () => {
    const { editor, issue } = setup();
    const state = editor.getSnapshot();
    expect(state.issue).toBe(issue);
    expect(state.undoLabel).toBeUndefined();
    expect(state.redoLabel).toBeUndefined();
    expect(editor.unsaved).toBe(false);
  });

  it('runs a command on the layout, shows it, hands it to be saved and can undo and redo it exactly', () => {
    const { editor, host, issue } = setup();
    const command: EditCommand = { type: 'setTextColumns', blockId: LEAD, textColumns: 2 };
    expect(editor.execute(command)).toBe(true);
    const changed = editor.getSnapshot().issue;
    expect(blockOf(changed, LEAD).textColumns).toBe(2);
    expect(host.showIssue).toHaveBeenLastCalledWith(changed);
    expect(host.committed).toHaveBeenLastCalledWith(changed);
    expect(editor.unsaved).toBe(true);
    expect(editor.getSnapshot().undoLabel).toMatch(CHINESE);

    editor.undo();
    expect(editor.getSnapshot().issue).toEqual(issue);
    expect(editor.getSnapshot().undoLabel).toBeUndefined();
    expect(editor.getSnapshot().redoLabel).toMatch(CHINESE);
    expect(host.committed).toHaveBeenLastCalledWith(editor.getSnapshot().issue);

    editor.redo();
    expect(editor.getSnapshot().issue).toEqual(changed);
    expect(editor.getSnapshot().redoLabel).toBeUndefined();
  });

  it('refuses a command the grid does not allow, saying why, and changes nothing', () => {
    const { editor, host, issue } = setup();
    const lead = blockOf(issue, LEAD);
    // Off the right edge of the page.
    expect(editor.execute({ type: 'moveBlock', blockId: LEAD, col: lead.col + 40, line: lead.line })).toBe(false);
    expect(host.refused).toHaveBeenCalledTimes(1);
    expect(host.refused.mock.calls[0]![0]).toMatch(CHINESE);
    expect(editor.getSnapshot().issue).toBe(issue);
    expect(editor.getSnapshot().undoLabel).toBeUndefined();
    expect(host.committed).not.toHaveBeenCalled();
    expect(editor.unsaved).toBe(false);
  });

  it('undoes a command merged into the one before it together with that one', () => {
    const { editor, issue } = setup();
    narrowed(editor);
    expect(editor.execute({ type: 'setTextColumns', blockId: LEAD, textColumns: 1 }, { merge: true })).toBe(true);
    editor.undo();
    expect(editor.getSnapshot().issue).toEqual(issue);
    expect(editor.getSnapshot().undoLabel).toBeUndefined();
  });

  it('a new command clears what could be redone', () => {
    const { editor } = setup();
    narrowed(editor);
    editor.undo();
    expect(editor.getSnapshot().redoLabel).toBeDefined();
    editor.execute({ type: 'setTextColumns', blockId: LEAD, textColumns: 2 });
    expect(editor.getSnapshot().redoLabel).toBeUndefined();
  });

  describe('a drag', () => {
    it('shows where the blocks would land without committing, and the drop commits it', () => {
      const { editor, host } = setup();
      narrowed(editor);
      const before = editor.getSnapshot().issue;
      const lead = blockOf(before, LEAD);
      const move: EditCommand = { type: 'moveBlock', blockId: LEAD, col: lead.col + 1, line: lead.line };
      host.committed.mockClear();
      expect(editor.preview(move)).toBe(true);
      expect(editor.getSnapshot().issue).toBe(before);
      expect(editor.getSnapshot().drag).toEqual({ command: move, refusal: null });
      expect(blockOf(host.showIssue.mock.lastCall![0] as Issue, LEAD).col).toBe(lead.col + 1);
      expect(host.committed).not.toHaveBeenCalled();
      expect(editor.endDrag()).toBe(true);
      expect(blockOf(editor.getSnapshot().issue, LEAD).col).toBe(lead.col + 1);
      expect(editor.getSnapshot().drag).toBeUndefined();
      expect(host.committed).toHaveBeenCalledTimes(1);
    });

    it('keeps the committed layout on screen while the drop would be refused, and a refused drop changes nothing', () => {
      const { editor, host, issue } = setup();
      const lead = blockOf(issue, LEAD);
      const move: EditCommand = { type: 'moveBlock', blockId: LEAD, col: lead.col + 40, line: lead.line };
      expect(editor.preview(move)).toBe(false);
      expect(host.showIssue).toHaveBeenLastCalledWith(issue);
      expect(editor.getSnapshot().drag?.refusal).toMatch(CHINESE);
      expect(editor.endDrag()).toBe(false);
      expect(host.refused).toHaveBeenCalled();
      expect(editor.getSnapshot().issue).toBe(issue);
      expect(editor.getSnapshot().undoLabel).toBeUndefined();
    });

    it('cancelled, shows the committed layout again', () => {
      const { editor, host, issue } = setup();
      const lead = blockOf(issue, LEAD);
      editor.preview({ type: 'resizeBlock', blockId: LEAD, col: lead.col, line: lead.line, cols: lead.cols, lines: lead.lines - 5 });
      editor.cancelDrag();
      expect(editor.getSnapshot().drag).toBeUndefined();
      expect(host.showIssue).toHaveBeenLastCalledWith(issue);
      expect(editor.getSnapshot().issue).toBe(issue);
    });

    it('with no command (nothing may be dropped there) is refused with its message on drop', () => {
      const { editor, host } = setup();
      editor.previewRefusal('这里没有空位。');
      expect(editor.endDrag()).toBe(false);
      expect(host.refused).toHaveBeenCalledWith('这里没有空位。');
    });

    it('dropping a new block selects it', () => {
      const { editor, issue } = setup();
      narrowed(editor);
      const page = issue.pages[1]!;
      const block = newArticleBlock({
        id: 'p2-new',
        col: gridColumns(3),
        line: gridLines(3),
        cols: gridColumns(2),
        lines: gridLines(10),
        articleId: null,
        textColumns: 1,
      });
      expect(editor.preview({ type: 'addBlock', pageId: page.id, block })).toBe(true);
      expect(editor.endDrag()).toBe(true);
      expect(editor.getSnapshot().selection).toEqual(['p2-new']);
    });

    it('does not make a new view object at every step, only when what the page view shows changes', () => {
      const { editor, issue } = setup();
      const lead = blockOf(issue, LEAD);
      const view = editor.getView();
      editor.preview({ type: 'resizeBlock', blockId: LEAD, col: lead.col, line: lead.line, cols: lead.cols, lines: lead.lines - 5 });
      editor.preview({ type: 'resizeBlock', blockId: LEAD, col: lead.col, line: lead.line, cols: lead.cols, lines: lead.lines - 6 });
      expect(editor.getView()).toBe(view);
      editor.select([LEAD]);
      expect(editor.getView()).not.toBe(view);
    });
  });

  describe('selection', () => {
    it('a click selects one block, Shift-click adds or takes out, a click on the page clears', () => {
      const { editor } = setup();
      editor.click(LEAD, false);
      expect(editor.getSnapshot().selection).toEqual([LEAD]);
      editor.click('p1-masthead', true);
      expect(editor.getSnapshot().selection).toEqual([LEAD, 'p1-masthead']);
      editor.click(LEAD, true);
      expect(editor.getSnapshot().selection).toEqual(['p1-masthead']);
      editor.click(undefined, false);
      expect(editor.getSnapshot().selection).toEqual([]);
    });

    it('drops blocks that a command removed', () => {
      const { editor } = setup();
      editor.select([LEAD]);
      expect(editor.execute({ type: 'removeBlock', blockId: LEAD })).toBe(true);
      expect(editor.getSnapshot().selection).toEqual([]);
    });
  });

  describe('saving', () => {
    it('is unsaved until the save of the latest change is reported, and later saves build on its revision', () => {
      const { editor } = setup();
      narrowed(editor);
      const changes = editor.getSnapshot().changes;
      editor.saved(7, changes);
      expect(editor.unsaved).toBe(false);
      expect(editor.getSnapshot().issue?.rev).toBe(7);
    });

    it('a save of an earlier state leaves the later change unsaved', () => {
      const { editor } = setup();
      narrowed(editor);
      const early = editor.getSnapshot().changes;
      editor.execute({ type: 'setTextColumns', blockId: LEAD, textColumns: 1 });
      editor.saved(2, early);
      expect(editor.unsaved).toBe(true);
    });

    it('ignores the stored issue arriving while the layout here is unsaved, and takes it when saved', () => {
      const { editor, host, issue } = setup();
      narrowed(editor);
      const mine = editor.getSnapshot().issue;
      const elsewhere: Issue = {
        ...issue,
        rev: issue.rev + 1,
        pages: issue.pages.map((page, at) => (at === 0 ? { ...page, name: '别处' } : page)),
      };
      editor.load(elsewhere);
      expect(editor.getSnapshot().issue).toBe(mine);
      editor.saved(2, editor.getSnapshot().changes);
      editor.select([LEAD]);
      host.showIssue.mockClear();
      const withoutLead: Issue = {
        ...elsewhere,
        pages: elsewhere.pages.map((page) => ({ ...page, blocks: page.blocks.filter((block) => block.id !== LEAD) })),
      };
      editor.load(withoutLead);
      expect(editor.getSnapshot().issue).toBe(withoutLead);
      expect(host.showIssue).toHaveBeenCalledWith(withoutLead);
      expect(editor.getSnapshot().selection).toEqual([]);
    });
  });
});
