// Saving the open issue's layout from the page view (issue-persistence.ts does the saving): the
// page editor's changes are scheduled as they are committed, the saved state is shown, the journal
// of unsaved layout from an earlier run is offered back (恢复未保存的版面), the view saves when it
// closes, and the browser asks before a reload or close while something is unsaved.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Issue } from '../../../shared/model/issue';
import type { IssueRecoveryEntry } from '../../../shared/model/issue-recovery';
import { useApi } from '../api/api-context';
import type { SaveState } from './EditTools';
import { createIssueSaver, promptBeforeLeaving, type IssueSaver } from './issue-persistence';
import type { PageEditor } from './page-editor';

/** The page editor's side of saving: what it hands over, and how it learns what was stored. */
export interface LayoutSaving {
  state: SaveState;
  message?: string;
  /** A committed change of the layout. */
  schedule: (issue: Issue) => void;
  bind: (editor: PageEditor) => void;
  /** Unsaved layout from an earlier run, while the desk has not decided about it. */
  recovery: IssueRecoveryEntry | undefined;
  restore: (editor: PageEditor) => void;
  discard: () => void;
}

/** Equal but for the revision: the stored issue is the editor's current layout. */
function sameLayout(a: Issue, b: Issue): boolean {
  return JSON.stringify({ ...a, rev: 0 }) === JSON.stringify({ ...b, rev: 0 });
}

export function useIssueSaving(issueId: string): LayoutSaving {
  const api = useApi();
  const [status, setStatus] = useState<{ state: SaveState; message?: string }>({ state: 'saved' });
  const [recovery, setRecovery] = useState<IssueRecoveryEntry>();
  // Made on the first change, from the revision the editor loaded; the editor is bound before.
  const holder = useRef<{ saver?: IssueSaver; editor?: PageEditor }>({});

  useEffect(() => {
    let cancelled = false;
    void api.readIssueRecovery(issueId).then((result) => {
      if (!cancelled && result.ok && result.value) setRecovery(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, [api, issueId]);

  useEffect(() => {
    const current = holder.current;
    const saverOf = {
      hasUnsaved: () => current.saver?.hasUnsaved() ?? false,
      flush: () => current.saver?.flush() ?? Promise.resolve('saved' as const),
    };
    const stopPrompt = promptBeforeLeaving(saverOf);
    return () => {
      stopPrompt();
      void current.saver?.flush().then(() => current.saver?.dispose());
    };
  }, []);

  const schedule = useCallback(
    (issue: Issue) => {
      holder.current.saver ??= createIssueSaver({
        api,
        issueId,
        initialRev: issue.rev,
        onState: (state, error) => setStatus({ state, ...(error ? { message: error.message } : {}) }),
        onSaved: (stored) => {
          const editor = holder.current.editor;
          const snapshot = editor?.getSnapshot();
          if (!editor || !snapshot?.issue) return;
          editor.saved(stored.rev, sameLayout(stored, snapshot.issue) ? snapshot.changes : snapshot.savedChanges);
        },
      });
      holder.current.saver.schedule(issue);
    },
    [api, issueId],
  );

  const restore = useCallback(
    (editor: PageEditor) => {
      if (!recovery) return;
      setRecovery(undefined);
      editor.execute({ type: 'restorePages', pages: recovery.issue.pages });
    },
    [recovery],
  );
  const discard = useCallback(() => {
    setRecovery(undefined);
    void api.discardIssueRecovery(issueId);
  }, [api, issueId]);
  const bind = useCallback((editor: PageEditor) => {
    holder.current.editor = editor;
  }, []);

  return { ...status, schedule, bind, recovery, restore, discard };
}
