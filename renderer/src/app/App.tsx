// The window: top bar, navigation and the current work area. Which area is open is view state.
import { useState } from 'react';
import { ArticleView } from '../editor/ArticleView';
import { useInboxNotices } from '../filing/use-inbox-notices';
import { IssuesView } from '../issues/IssuesView';
import { LibraryView } from '../library/LibraryView';
import { NoticeStack } from './NoticeStack';
import type { Route } from './route';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';
import { useWorkspace } from './use-workspace';

export function App() {
  const workspace = useWorkspace();
  // Editors start on the current issue; reporters start on their manuscripts.
  const [route, setRoute] = useState<Route>();
  const current: Route | undefined =
    route ?? (workspace ? { view: workspace.settings.role === 'reporter' ? 'library' : 'issues' } : undefined);
  const openArticle = (articleId: string) => setRoute({ view: 'article', articleId });
  // Packages the desk's inbox handled arrive as notices wherever the editor is.
  useInboxNotices(openArticle);

  return (
    <div className="app">
      <TopBar workspace={workspace} />
      <div className="app-body">
        <SideNav route={current ?? { view: 'issues' }} onNavigate={setRoute} />
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
              onClose={() => setRoute({ view: 'library' })}
              onOpenArticle={openArticle}
            />
          ) : (
            <IssuesView
              workspace={workspace}
              issueId={current.issueId}
              onSelectIssue={(issueId) => setRoute({ view: 'issues', issueId })}
              onOpenArticle={openArticle}
            />
          )}
        </main>
      </div>
    </div>
  );
}
