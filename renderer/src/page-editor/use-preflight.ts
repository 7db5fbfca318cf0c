// 印前检查 of the issue as saved (the page editor saves within a second of an edit), read again
// whenever an issue or article is saved, so the list follows the desk's work.
import { useCallback, useEffect, useState } from 'react';
import type { PreflightProblem } from '../../../shared/preflight/preflight';
import { useApi } from '../api/api-context';
import { useApiEvent } from '../app/use-api-event';

export interface PreflightState {
  /** undefined while the first check runs. */
  problems: PreflightProblem[] | undefined;
  error: string | undefined;
}

export function usePreflight(issueId: string, enabled: boolean): PreflightState {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<PreflightState>({ problems: undefined, error: undefined });
  const refresh = useCallback(() => setVersion((value) => value + 1), []);
  useApiEvent('workspaceChanged', (change) => {
    if (change.what === 'issues' || change.what === 'articles' || change.what === 'profile') refresh();
  });
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    void api.preflightIssue(issueId).then((result) => {
      if (cancelled) return;
      setState(result.ok ? { problems: result.value, error: undefined } : { problems: undefined, error: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [api, issueId, enabled, version]);
  return state;
}
