// From an issue's page cards the desk's next step is 打开版面: while the cards are read, the layout
// worker lays the issue out into its cache and fetches the glyphs its pages draw with, so the page
// view opens on chains already composed. Nothing shows; a failure here costs only the head start.
import { useEffect } from 'react';
import { useApi } from '../api/api-context';
import { layoutEngine } from './layout-engine';

export function usePreparedLayout(issueId: string, revision: number): void {
  const api = useApi();
  useEffect(() => {
    let cancelled = false;
    const engine = layoutEngine();
    void api.getLayoutSources(issueId).then((result) => {
      if (!cancelled && result.ok) engine.post({ type: 'prepare', sources: result.value });
    });
    return () => {
      cancelled = true;
    };
  }, [api, issueId, revision]);
}
