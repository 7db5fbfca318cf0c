// One undo history per open issue: layout commands and text edits from the split-view editor, in
// the order they happened. A layout entry carries the command and its inverse; a text entry stands
// for one undo batch of that article's Slate editor, which keeps the operations themselves.
import type { EditCommand } from '../../../shared/edit';

export type HistoryEntry =
  { kind: 'layout'; label: string; command: EditCommand; inverse: EditCommand } | { kind: 'text'; label: string; articleId: string };

/** Entries kept; the oldest go first, as in the text editor's own history. */
const LIMIT = 200;

export class EditHistory {
  private undos: HistoryEntry[] = [];
  private redos: HistoryEntry[] = [];

  push(entry: HistoryEntry): void {
    this.undos = [...this.undos, entry].slice(-LIMIT);
    this.redos = [];
  }

  /** The entry to undo next, taken off the undo stack and kept for redo. */
  takeUndo(): HistoryEntry | undefined {
    const entry = this.undos.at(-1);
    if (!entry) return undefined;
    this.undos = this.undos.slice(0, -1);
    this.redos = [...this.redos, entry];
    return entry;
  }

  takeRedo(): HistoryEntry | undefined {
    const entry = this.redos.at(-1);
    if (!entry) return undefined;
    this.redos = this.redos.slice(0, -1);
    this.undos = [...this.undos, entry];
    return entry;
  }

  /** Puts back an entry that could not be undone (or redone), so nothing is lost from the history. */
  restoreUndo(entry: HistoryEntry): void {
    this.redos = this.redos.filter((candidate) => candidate !== entry);
    this.undos = [...this.undos, entry];
  }

  restoreRedo(entry: HistoryEntry): void {
    this.undos = this.undos.filter((candidate) => candidate !== entry);
    this.redos = [...this.redos, entry];
  }

  /** Replaces the newest entry (a follow-up that belongs to the same user action). */
  amendLast(entry: HistoryEntry): void {
    this.undos = [...this.undos.slice(0, -1), entry];
    this.redos = [];
  }

  /** Drops the text entries of an article whose editor (and so its operations) is gone. */
  forgetText(articleId: string): void {
    const keep = (entry: HistoryEntry) => entry.kind !== 'text' || entry.articleId !== articleId;
    this.undos = this.undos.filter(keep);
    this.redos = this.redos.filter(keep);
  }

  get nextUndo(): HistoryEntry | undefined {
    return this.undos.at(-1);
  }

  get nextRedo(): HistoryEntry | undefined {
    return this.redos.at(-1);
  }
}
