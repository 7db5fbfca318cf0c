// Saving the layout as the desk composes it: every change goes to the recovery journal at once
// (a crash loses nothing), and the issue itself is saved when the desk pauses (≤ 1 s), based on the
// revision it was edited from, so a save over someone else's newer one is refused as a conflict.
import type { WorkstationApi } from '../../../shared/ipc/contract';
import type { Issue } from '../../../shared/model/issue';
import type { SaveState } from './EditTools';
import type { PageEditor } from './page-editor';

/** Quiet time after the last change before the issue is saved. */
export const AUTOSAVE_DELAY_MS = 700;

type SaverApi = Pick<WorkstationApi, 'saveIssue' | 'writeIssueRecovery'>;

export interface SaverStatus {
  state: SaveState;
  message?: string;
}

export class IssueSaver {
  private editor: PageEditor | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private status: SaverStatus = { state: 'saved' };

  constructor(
    private readonly api: SaverApi,
    private readonly onStatus: (status: SaverStatus) => void,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  bind(editor: PageEditor): void {
    this.editor = editor;
  }

  get current(): SaverStatus {
    return this.status;
  }

  /** A committed change of the layout: journal it now, save it after a pause. */
  schedule(issue: Issue): void {
    if (this.status.state === 'conflict') return;
    this.set({ state: 'unsaved' });
    void this.api.writeIssueRecovery({ issueId: issue.id, baseRev: issue.rev, issue }).then((result) => {
      if (!result.ok) this.set({ state: 'error', message: `未能写入恢复记录：${result.error.message}` });
    });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves now what is unsaved (leaving the page, Ctrl+S); resolves when it is stored or refused. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight) await this.inFlight;
    const editor = this.editor;
    const snapshot = editor?.getSnapshot();
    if (!editor || !snapshot?.issue || !editor.unsaved || this.status.state === 'conflict') return;
    const { issue, changes } = snapshot;
    this.set({ state: 'saving' });
    this.inFlight = (async () => {
      const result = await this.api.saveIssue(issue, issue.rev);
      if (result.ok) {
        editor.saved(result.value.rev, changes);
        this.set({ state: editor.unsaved ? 'unsaved' : 'saved' });
        if (editor.unsaved) this.timer = setTimeout(() => void this.flush(), this.delayMs);
      } else if (result.error.code === 'ISSUE_CONFLICT') {
        this.set({ state: 'conflict', message: result.error.message });
      } else {
        this.set({ state: 'error', message: result.error.message });
      }
    })();
    await this.inFlight;
    this.inFlight = undefined;
  }

  /** After a conflict was resolved by reloading: saving starts over from the stored issue. */
  reset(): void {
    clearTimeout(this.timer);
    this.set({ state: 'saved' });
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private set(status: SaverStatus): void {
    this.status = status;
    this.onStatus(status);
  }
}
