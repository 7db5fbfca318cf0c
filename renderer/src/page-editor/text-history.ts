// Text edits in the history. Each article's Slate editor keeps its own operations (undo
// batches); this notices every new batch and reports it as one history entry, and undoes or
// redoes a batch on the history's behalf. After a layout command the next keystroke starts a new
// batch, so text typed after a move is never undone together with text typed before it.
//
// The editors are kept while the issue is open, so closing and reopening the split view does not
// cut the history. Undoing text whose editor is closed opens it beside the page first and undoes
// there, once it shows the article: the desk sees the change, and the editor saves it as any edit.
import { HistoryEditor } from 'slate-history';

export interface UndoableEditor {
  history: { undos: readonly unknown[]; redos: readonly unknown[] };
  onChange: (options?: { operation?: unknown }) => void;
  undo: () => void;
  redo: () => void;
}

type Direction = 'undo' | 'redo';

interface Tracked {
  editor: UndoableEditor;
  /** On screen in the split view, with its text loaded. */
  mounted: boolean;
  /** The editor's own undo and redo; its methods are routed to the history instead. */
  undo: () => void;
  redo: () => void;
  /** The newest undo batch already reported. */
  lastBatch: unknown;
  /** Steps asked for while the editor was closed, done as soon as it shows the article again. */
  waiting: Direction[];
}

export class TextHistory {
  private readonly editors = new Map<string, Tracked>();
  /** Set while the history itself undoes or redoes, so that is not reported as a new edit. */
  private replaying = false;

  constructor(
    private readonly report: (articleId: string, label: string) => void,
    /** Ctrl+Z or the toolbar in the text editor: the history decides what is undone. */
    private readonly route: { undo: () => void; redo: () => void },
    /** Opens the article's editor beside the page (to undo or redo text there). */
    private readonly open: (articleId: string) => void,
  ) {}

  /** The editor kept for an article, to remount the split view with its history intact. */
  editor(articleId: string): UndoableEditor | undefined {
    return this.editors.get(articleId)?.editor;
  }

  attach(articleId: string, editor: UndoableEditor): void {
    if (this.editors.get(articleId)?.editor === editor) return;
    const tracked: Tracked = {
      editor,
      mounted: false,
      undo: editor.undo,
      redo: editor.redo,
      lastBatch: editor.history.undos.at(-1),
      waiting: [],
    };
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

  /** The split view shows (or stopped showing) the article's editor; waiting steps are done now. */
  setMounted(articleId: string, mounted: boolean): void {
    const tracked = this.editors.get(articleId);
    if (!tracked) return;
    tracked.mounted = mounted;
    if (!mounted) return;
    const waiting = tracked.waiting;
    tracked.waiting = [];
    for (const direction of waiting) this.replay(tracked, direction);
  }

  /** Something else entered the history: the next text edit of every article is a batch of its own. */
  splitBatches(): void {
    for (const { editor } of this.editors.values()) {
      if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.setSplittingOnce(editor, true);
    }
  }

  undo(articleId: string): boolean {
    return this.step(articleId, 'undo');
  }

  redo(articleId: string): boolean {
    return this.step(articleId, 'redo');
  }

  private step(articleId: string, direction: Direction): boolean {
    const tracked = this.editors.get(articleId);
    if (!tracked) return false;
    if (tracked.mounted) return this.replay(tracked, direction);
    tracked.waiting.push(direction);
    this.open(articleId);
    return true;
  }

  private replay(tracked: Tracked, direction: Direction): boolean {
    const { editor } = tracked;
    const stack = direction === 'undo' ? editor.history.undos : editor.history.redos;
    if (stack.length === 0) return false;
    this.replaying = true;
    try {
      if (direction === 'undo') tracked.undo();
      else tracked.redo();
      tracked.lastBatch = editor.history.undos.at(-1);
      return true;
    } catch {
      // Operations that no longer fit the text (it was replaced from outside) cannot be replayed.
      return false;
    } finally {
      this.replaying = false;
    }
  }
}
