// The window: top bar, navigation and the current work area. Where the user is lives in the URL's
// hash (route.ts), so every view has an address; what is open is never written to the workspace.
import { useCallback, useEffect } from 'react';
import { ArticleView } from '../editor/ArticleView';
import { useInboxNotices } from '../filing/use-inbox-notices';
import { IssuesView } from '../issues/IssuesView';
import { LibraryView } from '../library/LibraryView';
import { layoutEngine } from '../pages/layout-engine';
import { PageView } from '../pages/PageView';
import { NoticeStack } from './NoticeStack';
import type { Route } from './route';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';
import { useHashRoute } from './use-hash-route';
import { useWorkspace } from './use-workspace';

export function App() {
  const workspace = useWorkspace();
  const [route, navigate] = useHashRoute();
  // Editors start on the current issue; reporters start on their manuscripts.
  const current: Route | undefined =
    route ?? (workspace ? { view: workspace.settings.role === 'reporter' ? 'library' : 'issues' } : undefined);
  const openArticle = useCallback((articleId: string) => navigate({ view: 'article', articleId }), [navigate]);
  // The desk composes pages: its layout engine loads the faces while the window starts.
  const role = workspace?.settings.role;
  useEffect(() => {
    if (role === 'editor' || route?.view === 'page') layoutEngine();
  }, [role, route?.view]);
  // Packages the desk's inbox handled arrive as notices wherever the editor is.
  useInboxNotices(openArticle);

  return (
    <div className="app">
      <TopBar workspace={workspace} />
      <div className={`app-body${current?.view === 'page' ? ' is-compact' : ''}`}>
        <SideNav route={current ?? { view: 'issues' }} onNavigate={navigate} />
        <main className="work-area">
          <NoticeStack />
          {!workspace || !current ? (
            <div className="loading">正在打开工作区……</div>
          ) : current.view === 'library' ? (
            <LibraryView workspace={workspace} onOpenArticle={openArticle} />
          ) : current.view === 'article' ? (
            <ArticleView
              key={current.articleId}
              articleId={current.articleId}
              workspace={workspace}
              onClose={() => navigate({ view: 'library' })}
              onOpenArticle={openArticle}
            />
          ) : current.view === 'page' ? (
            <PageView
              key={current.issueId}
              workspace={workspace}
              issueId={current.issueId}
              label={current.label}
              print={current.print}
              onOpenPage={(label, print) => navigate({ view: 'page', issueId: current.issueId, label, print }, { replace: true })}
              onBack={() => navigate({ view: 'issues', issueId: current.issueId })}
              onOpenArticle={openArticle}
            />
          ) : (
            <IssuesView
              workspace={workspace}
              issueId={current.issueId}
              onSelectIssue={(issueId) => navigate({ view: 'issues', issueId })}
              onOpenArticle={openArticle}
              onOpenPage={(issueId, label) => navigate({ view: 'page', issueId, label, print: false })}
            />
          )}
        </main>
      </div>
    </div>
  );
}
