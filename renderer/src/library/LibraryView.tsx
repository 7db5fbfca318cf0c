// 稿件库: every manuscript of the workspace with search, status filter and 新建稿件. For a 记者 it
// is 我的稿件 (their own drafts, filed to the outbox); for 编辑 it marks manuscripts received
// from reporters' packages and shows where the inbox is.
import { useEffect, useMemo, useRef, useState } from 'react';
import { textElement } from '../../../shared/model/article';
import { ARTICLE_STATUSES, STATUS_LABELS, type ArticleStatus } from '../../../shared/model/status';
import { useApi, useCall } from '../api/api-context';
import type { WorkspaceState } from '../app/use-workspace';
import { conflictedIds } from '../filing/FilingMark';
import { FilingFolderNote } from '../filing/FilingFolderNote';
import { HeldPackages } from '../filing/HeldPackages';
import { formatCount } from '../format/dates';
import { ArticleTable } from './ArticleTable';
import { DEFAULT_QUERY, filterArticles, type ArticleQuery, type SortKey } from './article-filter';
import { useArticles } from './use-articles';

interface Props {
  workspace: WorkspaceState;
  onOpenArticle: (id: string) => void;
}

export function LibraryView(props: Props) {
  const api = useApi();
  const call = useCall();
  const articles = useArticles();
  const [query, setQuery] = useState<ArticleQuery>(DEFAULT_QUERY);
  const [creating, setCreating] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const { role, userName } = props.workspace.settings;
  const reporter = role === 'reporter';
  // A reporter sees their own manuscripts unless they ask for all of the workspace's.
  const [onlyMine, setOnlyMine] = useState(true);
  const mineOnly = reporter && onlyMine && userName.trim() !== '';
  const own = useMemo(
    () => (mineOnly ? (articles ?? []).filter((entry) => entry.author === userName.trim()) : (articles ?? [])),
    [articles, mineOnly, userName],
  );
  const shown = useMemo(() => filterArticles(own, query), [own, query]);
  const conflicted = useMemo(() => conflictedIds(articles ?? []), [articles]);

  // Ctrl+F searches the library, as editors expect from any list.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        search.current?.focus();
        search.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  async function createArticle() {
    setCreating(true);
    const content = [textElement('headline', ''), textElement('paragraph', '')];
    const article = await call('新建稿件失败', api.createArticle({ content, author: props.workspace.settings.userName }));
    setCreating(false);
    if (article) props.onOpenArticle(article.id);
  }

  function sortBy(key: SortKey) {
    setQuery((current) => ({
      ...current,
      sort: key,
      descending: current.sort === key ? !current.descending : key === 'updatedAt' || key === 'charCount',
    }));
  }

  const counts = new Map<ArticleStatus, number>();
  for (const entry of own) counts.set(entry.status, (counts.get(entry.status) ?? 0) + 1);

  return (
    <section className="view library-view" aria-labelledby="library-title">
      <header className="view-header">
        <div>
          <h1 id="library-title">{reporter ? '我的稿件' : '稿件库'}</h1>
          <p className="view-subtitle">
            {articles ? `共 ${formatCount(own.length)} 篇稿件` : '正在读取……'}
            {reporter && <span className="dot">·</span>}
            {reporter && '写好后在稿件中点“提交”，稿件包写入发件箱，交给编辑部'}
          </p>
        </div>
        <button type="button" className="button button-primary" onClick={() => void createArticle()} disabled={creating}>
          ＋ 新建稿件
        </button>
      </header>
      <div className="filter-bar">
        <input
          ref={search}
          type="search"
          className="input search-input"
          placeholder="搜索主题、作者（Ctrl+F）"
          aria-label="搜索稿件"
          value={query.text}
          onChange={(event) => setQuery({ ...query, text: event.target.value })}
        />
        <select
          className="input status-filter"
          aria-label="按状态筛选"
          value={query.status}
          onChange={(event) => setQuery({ ...query, status: event.target.value as ArticleQuery['status'] })}
        >
          <option value="all">全部状态</option>
          {ARTICLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}（{counts.get(status) ?? 0}）
            </option>
          ))}
        </select>
        {reporter && userName.trim() !== '' && (
          <label className="only-mine">
            <input type="checkbox" checked={onlyMine} onChange={(event) => setOnlyMine(event.target.checked)} />
            只看我写的（{userName.trim()}）
          </label>
        )}
        {(query.text || query.status !== 'all') && (
          <span className="filter-result">
            显示 {shown.length} 篇
            <button
              type="button"
              className="link-button"
              onClick={() => setQuery({ ...DEFAULT_QUERY, sort: query.sort, descending: query.descending })}
            >
              清除筛选
            </button>
          </span>
        )}
      </div>
      <FilingFolderNote role={role} />
      {!reporter && <HeldPackages />}
      <div className="table-wrap">
        {articles && shown.length === 0 ? (
          <div className="empty-state">{own.length === 0 ? '稿件库还是空的。点击“新建稿件”开始写稿。' : '没有符合条件的稿件。'}</div>
        ) : (
          <ArticleTable entries={shown} query={query} onSort={sortBy} onOpen={props.onOpenArticle} conflicted={conflicted} />
        )}
      </div>
    </section>
  );
}
