// The page view's document for one issue: created with the view, fed from the services (and again
// whenever they report a change), and torn down with the view.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { articleFingerprint } from '../../../shared/layout/layout-cache';
import { useApi } from '../api/api-context';
import { useApiEvent } from '../app/use-api-event';
import { useNotices } from '../app/notices';
import type { Issue } from '../../../shared/model/issue';
import type { LayoutSources } from './layout-protocol';
import { PageDocument, type PageDocumentState } from './page-document';

/**
 * `onIssue` receives the issue as stored, on open and whenever the services report it changed:
 * the page editor decides whether to show it (it may hold unsaved layout of its own).
 */
export function usePageDocument(
  issueId: string,
  liveArticleId: string | undefined,
  onIssue: (issue: Issue) => void,
): [PageDocument, PageDocumentState] {
  const api = useApi();
  const { showError } = useNotices();
  const [document] = useState(() => {
    performance.mark('kfq:page-view-open');
    return new PageDocument();
  });
  const state = useSyncExternalStore(document.subscribe, document.getSnapshot);
  const [version, setVersion] = useState(0);

  useEffect(() => () => document.dispose(), [document]);

  useEffect(() => {
    let cancelled = false;
    void api.getLayoutSources(issueId).then((result) => {
      if (cancelled) return;
      if (!performance.getEntriesByName('kfq:layout-sources').length) performance.mark('kfq:layout-sources');
      if (!result.ok) {
        showError('打开版面失败', result.error);
        return;
      }
      syncDocument(document, result.value, version === 0, liveArticleId);
      onIssue(result.value.issue);
    });
    return () => {
      cancelled = true;
    };
    // The article open in the split view keeps its live text; a change of it alone does not re-read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, document, issueId, version, showError]);

  useApiEvent('workspaceChanged', (change) => {
    if (change.what === 'articles' || change.what === 'issues' || change.what === 'profile') setVersion((value) => value + 1);
  });
  return [document, state];
}

/** Hands the sources to the document: all of them the first time, afterwards only what changed. */
function syncDocument(document: PageDocument, sources: LayoutSources, first: boolean, liveArticleId: string | undefined): void {
  const current = document.getSnapshot();
  const assetsChanged = JSON.stringify([...sources.presentAssets].sort()) !== JSON.stringify([...document.presentAssets].sort());
  if (first || !current.issue || assetsChanged || JSON.stringify(current.profile) !== JSON.stringify(sources.profile)) {
    document.open(sources);
    return;
  }
  for (const article of sources.articles) {
    if (article.id === liveArticleId) continue;
    if (articleFingerprint(document.article(article.id)) !== articleFingerprint(article)) document.updateArticle(article);
  }
}
