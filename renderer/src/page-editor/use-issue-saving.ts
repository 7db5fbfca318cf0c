// Saving the open issue's layout from the page view: autosave after a pause, the journal of
// unsaved layout offered back after a crash (恢复未保存的版面), a save when the view closes, and the
// browser's own prompt before a reload or close while something is unsaved.
import { useCallback, useEffect, useState } from 'react';
import type { IssueRecoveryEntry } from '../../../shared/model/issue-recovery';
import { useApi } from '../api/api-context';
import { IssueSaver, type SaverStatus } from './issue-saver';
import type { PageEditor } from './page-editor';

export interface IssueSaving extends SaverStatus {
  saver: IssueSaver;
  /** Unsaved layout from an earlier run, while the desk has not decided about it. */
  recovery: IssueRecoveryEntry | undefined;
  restore: (editor: PageEditor) => void;
  discard: () => void;
}

export function useIssueSaving(issueId: string): IssueSaving {
  const api = useApi();
  const [status, setStatus] = useState<SaverStatus>({ state: 'saved' });
  const [saver] = useState(() => new IssueSaver(api, setStatus));
  const [recovery, setRecovery] = useState<IssueRecoveryEntry>();

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
    const warn = (event: BeforeUnloadEvent) => {
      if (saver.current.state === 'saved') return;
      void saver.flush();
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      void saver.flush().then(() => saver.dispose());
    };
  }, [saver]);

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

  return { ...status, saver, recovery, restore, discard };
}
