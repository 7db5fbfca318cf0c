// The page editor's state outside React: the open issue as the desk is composing it, the
// selection, the drag in progress and one undo history. The canvas (through the page document),
// the overlay and the panels read its snapshots; every change to the layout goes through
// `execute`, which runs a pure edit command (shared/edit) and records its inverse.
import { applyEdit, describeEdit, type EditCommand } from '../../../shared/edit';
import type { Issue } from '../../../shared/model/issue';
import type { PageFormat } from '../../../shared/model/profile';
import { EditHistory, type HistoryEntry } from './edit-history';
import { TextHistory, type UndoableEditor } from './text-history';

/** A move, resize or library drop being dragged: where the blocks would land, and whether they may. */
export interface DragPreview {
  /** Null where no command could be made (a library article over a block that is not an empty frame). */
  command: EditCommand | null;
  /** Null while the drop would be accepted; the refusal's message otherwise. */
  refusal: string | null;
}

export interface PageEditorState {
  issue: Issue | undefined;
  /** Selected block ids, the first one the inspector's. */
  selection: readonly string[];
  drag: DragPreview | undefined;
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  /** Goes up with every change of the committed layout. */
  changes: number;
  /** The value of `changes` last saved: the layout is unsaved while they differ. */
  savedChanges: number;
}

/** What the page view itself shows of the editor: everything but the drag, which only the block layer draws. */
export type PageEditorView = Pick<PageEditorState, 'issue' | 'selection' | 'undoLabel' | 'redoLabel'>;

export interface PageEditorHost {
  /** The layout to draw: the committed issue, or the preview while a drag would be accepted. */
  showIssue: (issue: Issue) => void;
  /** A committed change of the layout (to be saved). */
  committed: (issue: Issue) => void;
  /** A refused command, in a sentence for the desk. */
  refused: (message: string) => void;
  /** Opens an article's editor beside the page (to undo or redo its text there). */
  openText: (articleId: string) => void;
}

const INITIAL: PageEditorState = {
  issue: undefined,
  selection: [],
  drag: undefined,
  undoLabel: undefined,
  redoLabel: undefined,
  changes: 0,
  savedChanges: 0,
};

export class PageEditor {
  private state: PageEditorState = INITIAL;
  private readonly listeners = new Set<() => void>();
  private readonly history = new EditHistory();
  readonly text = new TextHistory(
    (articleId, label) => {
      this.history.push({ kind: 'text', articleId, label });
      this.publish({});
    },
    { undo: () => this.undo(), redo: () => this.redo() },
    (articleId) => this.host.openText(articleId),
  );

  constructor(
    private readonly format: () => PageFormat | undefined,
    private readonly host: PageEditorHost,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PageEditorState => this.state;

  /** A new object only when the issue, the selection or the history's labels change, not at a drag's steps. */
  getView = (): PageEditorView => this.view;

  private view: PageEditorView = { issue: undefined, selection: [], undoLabel: undefined, redoLabel: undefined };

  /**
   * The issue as stored (on open, or changed elsewhere). Ignored while this editor holds unsaved
   * layout: saving it then finds the stored revision moved on and reports the conflict.
   */
  load(issue: Issue): void {
    const current = this.state.issue;
    if (current && (this.unsaved || JSON.stringify(current) === JSON.stringify(issue))) return;
    const ids = new Set(issue.pages.flatMap((page) => page.blocks.map((block) => block.id)));
    this.publish({ issue, selection: this.state.selection.filter((id) => ids.has(id)), drag: undefined });
    this.host.showIssue(issue);
  }

  get unsaved(): boolean {
    return this.state.changes !== this.state.savedChanges;
  }

  /**
   * A save of the layout as it was at `changes` has been stored as revision `rev`: later saves are
   * based on it. The page does not redraw (the revision is not printed).
   */
  saved(rev: number, changes: number): void {
    const issue = this.state.issue;
    this.state = { ...this.state, ...(issue ? { issue: { ...issue, rev } } : {}) };
    this.publish({ savedChanges: changes });
  }

  select(blockIds: readonly string[]): void {
    if (blockIds.length === this.state.selection.length && blockIds.every((id, at) => this.state.selection[at] === id)) return;
    this.publish({ selection: [...blockIds] });
  }

  /** Click: select one; Shift-click: add to (or take out of) the selection. */
  click(blockId: string | undefined, additive: boolean): void {
    if (blockId === undefined) return this.select([]);
    if (!additive) return this.select([blockId]);
    const has = this.state.selection.includes(blockId);
    this.select(has ? this.state.selection.filter((id) => id !== blockId) : [...this.state.selection, blockId]);
  }

  /**
   * Runs a command on the committed issue; a refusal changes nothing and is reported. `merge`
   * folds it into the newest history entry (the depth fitted after a drop is part of the drop).
   */
  execute(command: EditCommand, options: { select?: readonly string[]; merge?: boolean; label?: string } = {}): boolean {
    const issue = this.state.issue;
    const format = this.format();
    if (!issue || !format) return false;
    const outcome = applyEdit(issue, format, command);
    if (!outcome.ok) {
      this.host.refused(outcome.refusal.message);
      if (this.state.drag) this.cancelDrag();
      return false;
    }
    const last = this.history.nextUndo;
    if (options.merge && last?.kind === 'layout') {
      this.history.amendLast({
        ...last,
        command: { type: 'batch', commands: [last.command, command] },
        inverse: { type: 'batch', commands: [outcome.inverse, last.inverse] },
      });
    } else {
      this.history.push({ kind: 'layout', label: options.label ?? describeEdit(command), command, inverse: outcome.inverse });
    }
    this.text.splitBatches();
    this.commit(outcome.issue, options.select);
    return true;
  }

  /** While dragging: the page shows the result live when it would be accepted (then true). */
  preview(command: EditCommand): boolean {
    const issue = this.state.issue;
    const format = this.format();
    if (!issue || !format) return false;
    const outcome = applyEdit(issue, format, command, { preview: true });
    // The layout first: the worker sets the page while the frames here are drawn.
    this.host.showIssue(outcome.ok ? outcome.issue : issue);
    this.publish({ drag: { command, refusal: outcome.ok ? null : outcome.refusal.message } });
    return outcome.ok;
  }

  /** Reports a refusal that did not come from a command (e.g. no room left on the page). */
  refuse(message: string): void {
    this.host.refused(message);
  }

  /** A drag whose drop would be refused before any command exists (no free cell under the pointer). */
  previewRefusal(message: string): void {
    this.publish({ drag: { command: null, refusal: message } });
    if (this.state.issue) this.host.showIssue(this.state.issue);
  }

  /** The drop: the previewed command is executed (or refused with its message). */
  endDrag(): boolean {
    const drag = this.state.drag;
    if (!drag) return false;
    this.publish({ drag: undefined });
    const { command } = drag;
    if (command === null) {
      this.host.refused(drag.refusal ?? '这里不能放下。');
      if (this.state.issue) this.host.showIssue(this.state.issue);
      return false;
    }
    // A block dropped from the library (or the frame it filled) is selected, ready for the keys and the inspector.
    const placed = command.type === 'addBlock' ? command.block.id : command.type === 'setArticle' ? command.blockId : undefined;
    return this.execute(command, placed ? { select: [placed] } : {});
  }

  cancelDrag(): void {
    if (!this.state.drag) return;
    this.publish({ drag: undefined });
    if (this.state.issue) this.host.showIssue(this.state.issue);
  }

  undo(): void {
    const entry = this.history.takeUndo();
    if (entry && !this.run(entry, 'undo')) this.history.restoreUndo(entry);
    this.publish({});
  }

  redo(): void {
    const entry = this.history.takeRedo();
    if (entry && !this.run(entry, 'redo')) this.history.restoreRedo(entry);
    this.publish({});
  }

  /** Keeps an article's editor (with its own operations) for the history while the issue is open. */
  attachTextEditor(articleId: string, editor: UndoableEditor): void {
    this.text.attach(articleId, editor);
  }

  private run(entry: HistoryEntry, direction: 'undo' | 'redo'): boolean {
    if (entry.kind === 'text') {
      const done = direction === 'undo' ? this.text.undo(entry.articleId) : this.text.redo(entry.articleId);
      if (!done) this.host.refused('这一步文字修改已无法撤销：稿件在别处被改过。');
      return done;
    }
    const issue = this.state.issue;
    const format = this.format();
    if (!issue || !format) return false;
    const outcome = applyEdit(issue, format, direction === 'undo' ? entry.inverse : entry.command);
    if (!outcome.ok) {
      this.host.refused(`无法${direction === 'undo' ? '撤销' : '重做'}“${entry.label}”：${outcome.refusal.message}`);
      return false;
    }
    this.commit(outcome.issue);
    return true;
  }

  private commit(issue: Issue, selection?: readonly string[]): void {
    const ids = new Set(issue.pages.flatMap((page) => page.blocks.map((block) => block.id)));
    this.publish({
      issue,
      selection: (selection ?? this.state.selection).filter((id) => ids.has(id)),
      drag: undefined,
      changes: this.state.changes + 1,
    });
    this.host.showIssue(issue);
    this.host.committed(issue);
  }

  private publish(change: Partial<PageEditorState>): void {
    const undo = this.history.nextUndo;
    const redo = this.history.nextRedo;
    this.state = { ...this.state, ...change, undoLabel: undo?.label, redoLabel: redo?.label };
    const { issue, selection, undoLabel, redoLabel } = this.state;
    const view = this.view;
    if (view.issue !== issue || view.selection !== selection || view.undoLabel !== undoLabel || view.redoLabel !== redoLabel) {
      this.view = { issue, selection, undoLabel, redoLabel };
    }
    for (const listener of this.listeners) listener();
  }
}
