// 期次与版面: the issue list with 新建下一期 on the left, the open issue's pages on the right.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Issue } from '../../../shared/model/issue';
import { useApi, useCall } from '../api/api-context';
import { useNotices } from '../app/notices';
import type { WorkspaceState } from '../app/use-workspace';
import { issueDate, issueNumbers } from '../format/dates';
import { useArticles } from '../library/use-articles';
import { IssueDetail } from './IssueDetail';
import { IssueList } from './IssueList';
import { NewIssueForm } from './NewIssueForm';
import { useIssues } from './use-issues';

interface Props {
  workspace: WorkspaceState;
  issueId: string | undefined;
  onSelectIssue: (id: string) => void;
  onOpenArticle: (articleId: string) => void;
  onOpenPage: (issueId: string, label: string) => void;
}

export function IssuesView(props: Props) {
  const api = useApi();
  const call = useCall();
  const { showSuccess } = useNotices();
  const { issues, reload } = useIssues();
  const articles = useArticles();
  const [open, setOpen] = useState<Issue>();
  const [dirty, setDirty] = useState(false);
  const [creating, setCreating] = useState(false);
  const selectedId = props.issueId ?? issues?.[0]?.id;
  const headlines = useMemo(() => new Map((articles ?? []).map((entry) => [entry.id, entry.headline])), [articles]);

  useEffect(() => {
    if (!selectedId) return;
    let cancelled = false;
    void call('打开期次失败', api.getIssue(selectedId)).then((issue) => {
      if (!cancelled && issue) setOpen(issue);
    });
    return () => {
      cancelled = true;
    };
  }, [api, call, selectedId]);

  const select = useCallback(
    (id: string) => {
      if (id === selectedId) return;
      if (dirty && !window.confirm('当前期次有未保存的版面修改，切换后这些修改将丢失。确定切换吗？')) return;
      props.onSelectIssue(id);
    },
    [dirty, props, selectedId],
  );

  async function create(date: string | undefined, layoutFrom: string | undefined): Promise<boolean> {
    setCreating(true);
    const options = { ...(date === undefined ? {} : { date }), ...(layoutFrom === undefined ? {} : { layoutFrom }) };
    const issue = await call('新建期次失败', api.createIssue(options));
    setCreating(false);
    if (!issue) return false;
    reload();
    setDirty(false);
    props.onSelectIssue(issue.id);
    showSuccess(`已新建${issueNumbers(issue)}（${issueDate(issue)}）`);
    return true;
  }

  const shown = open && open.id === selectedId ? open : undefined;
  return (
    <section className="view issues-view" aria-label="期次与版面">
      <aside className="issues-side">
        <h2 className="side-title">期次</h2>
        <NewIssueForm profile={props.workspace.profile} issues={issues ?? []} busy={creating} onCreate={create} />
        {issues ? <IssueList issues={issues} selectedId={selectedId} onSelect={select} /> : <div className="loading">正在读取……</div>}
      </aside>
      <div className="issues-main">
        {shown ? (
          <IssueDetail
            key={shown.id}
            issue={shown}
            profile={props.workspace.profile}
            headlines={headlines}
            onSaved={setOpen}
            onDirtyChange={setDirty}
            onOpenArticle={props.onOpenArticle}
            onOpenPage={(label) => props.onOpenPage(shown.id, label)}
          />
        ) : (
          <div className="loading">{issues && issues.length === 0 ? '还没有期次，请先新建一期。' : '正在打开期次……'}</div>
        )}
      </div>
    </section>
  );
}
