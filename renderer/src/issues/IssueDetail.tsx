// The open issue: its numbering and format, and its pages as cards in print pairs (A1+A8, A2+A7…).
// 版名 and 责任编辑 edits stay local until 保存 (or Ctrl+S) sends the whole issue to saveIssue.
import { useEffect, useMemo, useState } from 'react';
import type { Issue, Page } from '../../../shared/model/issue';
import type { PublicationProfile } from '../../../shared/model/profile';
import { formatTypeSize } from '../../../shared/units/hao';
import { useApi, useCall } from '../api/api-context';
import { useNotices } from '../app/notices';
import { issueDate, issueNumbers } from '../format/dates';
import { usePreparedLayout } from '../pages/use-prepared-layout';
import { PageCard } from './PageCard';
import { printPairs } from './page-blocks';

interface Props {
  issue: Issue;
  profile: PublicationProfile;
  headlines: ReadonlyMap<string, string>;
  onSaved: (issue: Issue) => void;
  onDirtyChange: (dirty: boolean) => void;
  onOpenArticle: (articleId: string) => void;
  onOpenPage: (label: string) => void;
}

export function IssueDetail(props: Props) {
  const api = useApi();
  const call = useCall();
  const { showSuccess } = useNotices();
  const [draft, setDraft] = useState(props.issue);
  const [saving, setSaving] = useState(false);
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(props.issue), [draft, props.issue]);
  const { onDirtyChange, onSaved } = props;

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  usePreparedLayout(props.issue.id, props.issue.rev);

  const save = useMemo(
    () => async () => {
      setSaving(true);
      const saved = await call('保存期次失败', api.saveIssue(draft, draft.rev));
      setSaving(false);
      if (!saved) return;
      onSaved(saved);
      setDraft(saved);
      showSuccess(`已保存${issueNumbers(saved)}的版面信息`);
    },
    [api, call, draft, onSaved, showSuccess],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (dirty) void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dirty, save]);

  function changePage(pageId: string, change: Partial<Pick<Page, 'name' | 'editor'>>) {
    setDraft((current) => ({ ...current, pages: current.pages.map((page) => (page.id === pageId ? { ...page, ...change } : page)) }));
  }

  const { format } = props.profile;
  const indexed = draft.pages.map((page, index) => ({ page, index }));
  return (
    <div className="issue-detail">
      <header className="view-header issue-header">
        <div>
          <h1 data-testid="issue-title">{issueNumbers(draft)}</h1>
          <p className="view-subtitle">
            <span data-testid="issue-date">{issueDate(draft)}</span>
            <span className="dot">·</span>
            {draft.pages.length} 个版面
            <span className="dot">·</span>
            {format.preset} {format.trimWidth}×{format.trimHeight} mm，{format.columns} 栏，正文{formatTypeSize(format.bodySize)}
          </p>
        </div>
        <div className="header-actions">
          <button
            type="button"
            className="button button-primary"
            data-testid="open-pages"
            onClick={() => props.onOpenPage(draft.pages[0]?.label ?? 'A1')}
            title="打开版面：按印刷效果排出的版面"
          >
            打开版面
          </button>
          {dirty && <span className="save-state is-dirty">有未保存的修改</span>}
          {dirty && (
            <button type="button" className="button button-neutral" onClick={() => setDraft(props.issue)} disabled={saving}>
              撤销修改
            </button>
          )}
          <button
            type="button"
            className="button button-primary"
            onClick={() => void save()}
            disabled={!dirty || saving}
            title="保存（Ctrl+S）"
          >
            保存版面信息
          </button>
        </div>
      </header>
      <div className="pairs">
        {printPairs(indexed).map((pair) => (
          <section
            key={pair.map((entry) => entry.page.id).join('+')}
            className="pair"
            aria-label={`印刷对版 ${pair.map((entry) => entry.page.label).join(' + ')}`}
          >
            <h2 className="pair-title">印刷对版 {pair.map((entry) => entry.page.label).join(' + ')}</h2>
            <div className="pair-pages">
              {pair.map(({ page, index }) => (
                <PageCard
                  key={page.id}
                  page={page}
                  index={index}
                  profile={props.profile}
                  headlines={props.headlines}
                  onChange={(change) => changePage(page.id, change)}
                  onOpenArticle={props.onOpenArticle}
                  onOpenPage={() => props.onOpenPage(page.label)}
                />
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
