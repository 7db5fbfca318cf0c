// Text edits in the history. Each article's Slate editor keeps its own operations (undo
// batches); this notices every new batch and reports it as one history entry, and undoes or
// redoes a batch on the history's behalf. After a layout command the next keystroke starts a new
// batch, so text typed after a move is never undone together with text typed before it. The editors are kept while the issue is open, so closing
// and reopening the split view does not cut the history.
import { HistoryEditor } from 'slate-history';

export interface UndoableEditor {
  history: { undos: readonly unknown[]; redos: readonly unknown[] };
  onChange: (options?: { operation?: unknown }) => void;
  undo: () => void;
  redo: () => void;
}

interface Tracked {
  editor: UndoableEditor;
  /** The editor's own undo and redo; its methods are routed to the history instead. */
  undo: () => void;
  redo: () => void;
  /** The newest undo batch already reported. */
  lastBatch: unknown;
}

export class TextHistory {
  private readonly editors = new Map<string, Tracked>();
  /** Set while the history itself undoes or redoes, so that is not reported as a new edit. */
  private replaying = false;

  constructor(
    private readonly report: (articleId: string, label: string) => void,
    /** Ctrl+Z or the toolbar in the text editor: the history decides what is undone. */
    private readonly route: { undo: () => void; redo: () => void },
  ) {}

  /** The editor kept for an article, to remount the split view with its history intact. */
  editor(articleId: string): UndoableEditor | undefined {
    return this.editors.get(articleId)?.editor;
  }

  attach(articleId: string, editor: UndoableEditor): void {
    if (this.editors.get(articleId)?.editor === editor) return;
    const tracked: Tracked = { editor, undo: editor.undo, redo: editor.redo, lastBatch: editor.history.undos.at(-1) };
    this.editors.set(articleId, tracked);
    editor.undo = () => this.route.undo();
    editor.redo = () => this.route.redo();
    const onChange = editor.onChange;
    editor.onChange = (options) => {
      onChange(options);
      const batch = editor.history.undos.at(-1);
      if (batch === undefined || batch === tracked.lastBatch) return;
      tracked.lastBatch = batch;
      if (!this.replaying) this.report(articleId, '修改文字');
    };
  }

  /** Something else entered the history: the next text edit of every article is a batch of its own. */
  splitBatches(): void {
    for (const { editor } of this.editors.values()) {
      if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.setSplittingOnce(editor, true);
    }
  }

  undo(articleId: string): boolean {
    return this.replay(articleId, (tracked) => tracked.editor.history.undos.length > 0 && (tracked.undo(), true));
  }

  redo(articleId: string): boolean {
    return this.replay(articleId, (tracked) => tracked.editor.history.redos.length > 0 && (tracked.redo(), true));
  }

  private replay(articleId: string, step: (tracked: Tracked) => boolean): boolean {
    const tracked = this.editors.get(articleId);
    if (!tracked) return false;
    this.replaying = true;
    try {
      const done = step(tracked);
      tracked.lastBatch = tracked.editor.history.undos.at(-1);
      return done;
    } catch {
      // Operations that no longer fit the text (it was replaced from outside) cannot be replayed.
      return false;
    } finally {
      this.replaying = false;
    }
  }
}
