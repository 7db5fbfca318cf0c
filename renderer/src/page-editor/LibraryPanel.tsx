// 稿件库 beside the page: the manuscripts this issue has not placed yet, to drag onto the page (or
// place with 放入本版 from the keyboard), and those it has placed, with the page they are on.
import { useMemo, useState, type DragEvent } from 'react';
import type { Issue } from '../../../shared/model/issue';
import { articlesOnPages, type ArticleOnPages } from '../../../shared/model/issue-placements';
import { STATUS_LABELS } from '../../../shared/model/status';
import type { ArticleIndexEntry } from '../../../shared/model/workspace';
import { StatusBadge } from '../ui/StatusBadge';

/** The drag's data type: the article id travels with it (and in the page editor while over a page). */
export const ARTICLE_DRAG_TYPE = 'application/x-kfq-article';

interface Props {
  issue: Issue | undefined;
  /** The workspace's manuscripts; undefined while they are read. */
  articles: ArticleIndexEntry[] | undefined;
  onDragArticle: (entry: ArticleIndexEntry | undefined) => void;
  onPlace: (entry: ArticleIndexEntry) => void;
  onOpenBlock: (blockId: string) => void;
}

/** Statuses a manuscript can be placed from: the desk places what it has at least received. */
const PLACEABLE = new Set(['filed', 'editing', 'approved', 'placed']);

export function LibraryPanel(props: Props) {
  const { articles } = props;
  const [query, setQuery] = useState('');
  // The same rule as saving applies: an article is where its first block (not a continuation) is.
  const placed = useMemo(() => (props.issue ? articlesOnPages(props.issue) : new Map<string, ArticleOnPages>()), [props.issue]);
  const matches = (entry: ArticleIndexEntry) =>
    !query.trim() || entry.headline.includes(query.trim()) || entry.author.includes(query.trim());
  // Placed in an earlier issue is not waiting; placed by this issue until a moment ago is.
  const free = (entry: ArticleIndexEntry) =>
    entry.status !== 'placed' || entry.placement === undefined || entry.placement.issueId === props.issue?.id;
  const waiting = (articles ?? []).filter((entry) => !placed.has(entry.id) && free(entry) && PLACEABLE.has(entry.status) && matches(entry));
  const onPages = (articles ?? []).filter((entry) => placed.has(entry.id) && matches(entry));

  const startDrag = (event: DragEvent, entry: ArticleIndexEntry) => {
    event.dataTransfer.setData(ARTICLE_DRAG_TYPE, entry.id);
    event.dataTransfer.setData('text/plain', entry.headline);
    event.dataTransfer.effectAllowed = 'copy';
    props.onDragArticle(entry);
  };

  return (
    <aside className="library-panel" aria-label="稿件库" data-library-panel="">
      <header className="library-panel-head">
        <h2>稿件库</h2>
        <input
          type="search"
          placeholder="按标题或作者查找"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-label="查找稿件"
        />
      </header>
      <p className="library-panel-hint">把稿件拖到版面上的空白处，或选中后按“放入本版”。</p>
      <h3>待排稿件（{waiting.length}）</h3>
      <ul className="library-panel-list">
        {articles === undefined && <li className="library-panel-empty">正在读取……</li>}
        {articles !== undefined && waiting.length === 0 && <li className="library-panel-empty">没有待排的稿件。</li>}
        {waiting.map((entry) => (
          <li
            key={entry.id}
            className="library-panel-item"
            draggable
            data-library-article={entry.id}
            onDragStart={(event) => startDrag(event, entry)}
            onDragEnd={() => props.onDragArticle(undefined)}
          >
            <span className="library-panel-title">{entry.headline}</span>
            <span className="library-panel-meta">
              <StatusBadge status={entry.status} /> {entry.author} · {entry.charCount} 字
            </span>
            <button type="button" className="link-button" onClick={() => props.onPlace(entry)}>
              放入本版
            </button>
          </li>
        ))}
      </ul>
      <h3>本期已上版（{onPages.length}）</h3>
      <ul className="library-panel-list">
        {onPages.map((entry) => {
          const where = placed.get(entry.id)!;
          return (
            <li key={entry.id} className="library-panel-item is-placed" data-library-article={entry.id} data-placed-on={where.page}>
              <span className="library-panel-title">{entry.headline}</span>
              <span className="library-panel-meta">
                {STATUS_LABELS.placed}（第{where.page}版）
              </span>
              <button type="button" className="link-button" onClick={() => props.onOpenBlock((where.heads[0] ?? where.blocks[0]!).id)}>
                在版面上选中
              </button>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
