// Saving the page editor's issue like the article editor saves text: every change goes to the
// recovery journal at once and is saved after a pause (autosave), each save based on the revision
// the last one returned, so a save from a stale copy is refused (conflict) instead of overwriting.
import type { WorkstationApi } from '../../../shared/ipc/contract';
import type { ErrorInfo } from '../../../shared/model/errors';
import type { Issue } from '../../../shared/model/issue';

export type IssueSaveState = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

/** The calls the saver makes; the window's API provides them (a test may pass a bridge to the services). */
export type IssueSaverApi = Pick<WorkstationApi, 'saveIssue' | 'writeIssueRecovery'>;

/** Longest pause after the last change before it is saved. */
export const AUTOSAVE_DELAY_MS = 800;

export interface IssueSaverOptions {
  api: IssueSaverApi;
  issueId: string;
  /** The revision of the issue as the editor loaded it. */
  initialRev: number;
  /** Every change of state; `error` is set for 'conflict' and 'error' (its message is for the desk). */
  onState?: (state: IssueSaveState, error?: ErrorInfo) => void;
  /** Each issue as stored by a successful save (with its new revision). */
  onSaved?: (issue: Issue) => void;
  delayMs?: number;
}

export interface IssueSaver {
  /** A changed layout: journaled now, saved after the pause. */
  schedule(issue: Issue): void;
  /** Saves what is unsaved now (leaving the page, Ctrl+S); resolves to the state it ends in. */
  flush(): Promise<IssueSaveState>;
  /** Resolves once every journal write asked for so far has landed (or failed). */
  journaled(): Promise<void>;
  /** Whether leaving now would lose changes (for the prompt before unload). */
  hasUnsaved(): boolean;
  state(): IssueSaveState;
  /** The stored revision the next save is based on. */
  rev(): number;
  /** After a conflict, once the editor has reloaded the stored issue: start again from its revision. */
  reset(rev: number): void;
  /** Stops the timer; unsaved changes stay in the journal. */
  dispose(): void;
}

function failure(error: unknown): ErrorInfo {
  return { code: 'INTERNAL', message: `保存版面时连接中断：${error instanceof Error ? error.message : String(error)}` };
}

export function createIssueSaver(options: IssueSaverOptions): IssueSaver {
  const delay = Math.min(options.delayMs ?? AUTOSAVE_DELAY_MS, 1000);
  let rev = options.initialRev;
  let state: IssueSaveState = 'saved';
  /** The newest layout not yet saved. */
  let pending: Issue | undefined;
  let saving: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Journal writes go one after another, so an older layout never lands after a newer one. */
  let journal: Promise<unknown> = Promise.resolve();

  function setState(next: IssueSaveState, error?: ErrorInfo): void {
    if (next === state && error === undefined) return;
    state = next;
    options.onState?.(next, error);
  }

  function writeJournal(issue: Issue): void {
    const entry = { issueId: options.issueId, baseRev: rev, issue: { ...issue, rev } };
    // A journal that cannot be written is no reason to stop: the save itself reports its failure.
    journal = journal.then(() => options.api.writeIssueRecovery(entry)).catch(() => undefined);
  }

  function stopTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  async function saveOnce(issue: Issue): Promise<void> {
    setState('saving');
    let result;
    try {
      await journal;
      result = await options.api.saveIssue({ ...issue, rev }, rev);
    } catch (error) {
      result = { ok: false as const, error: failure(error) };
    }
    if (result.ok) {
      rev = result.value.rev;
      options.onSaved?.(result.value);
      if (pending) {
        // Edited during the save: journal again on the new revision, or a crash would offer nothing.
        writeJournal(pending);
        setState('unsaved');
      } else setState('saved');
      return;
    }
    pending ??= issue;
    setState(result.error.code === 'ISSUE_CONFLICT' ? 'conflict' : 'error', result.error);
  }

  async function save(): Promise<void> {
    stopTimer();
    while (saving) await saving;
    if (!pending || state === 'conflict') return;
    const issue = pending;
    pending = undefined;
    saving = saveOnce(issue).finally(() => {
      saving = undefined;
    });
    await saving;
    if (pending && state === 'unsaved') startTimer();
  }

  function startTimer(): void {
    stopTimer();
    timer = setTimeout(() => void save(), delay);
  }

  return {
    schedule(issue) {
      pending = issue;
      writeJournal(issue);
      // After a conflict nothing is saved until the editor reloads (reset); the journal keeps the edits.
      if (state === 'conflict') return;
      if (state !== 'saving') setState('unsaved');
      startTimer();
    },
    async flush() {
      await save();
      await journal;
      return state;
    },
    journaled: async () => {
      await journal;
    },
    hasUnsaved: () => pending !== undefined || saving !== undefined,
    state: () => state,
    rev: () => rev,
    reset(nextRev) {
      stopTimer();
      pending = undefined;
      rev = nextRev;
      setState('saved');
    },
    dispose: stopTimer,
  };
}

/** Asks before the window is closed or reloaded while the saver holds unsaved changes; returns the undo. */
export function promptBeforeLeaving(saver: Pick<IssueSaver, 'hasUnsaved' | 'flush'>, target: Window = window): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!saver.hasUnsaved()) return;
    void saver.flush();
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  };
  target.addEventListener('beforeunload', onBeforeUnload);
  return () => target.removeEventListener('beforeunload', onBeforeUnload);
}
