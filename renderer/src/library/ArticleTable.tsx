// The manuscript table: 主题 / 状态 / 作者 / 字数 / 更新时间, sortable by clicking a column head.
import type { ArticleIndexEntry } from '../../../shared/model/workspace';
import { FilingMark } from '../filing/FilingMark';
import { formatCount, formatDateTime } from '../format/dates';
import { StatusBadge } from '../ui/StatusBadge';
import type { ArticleQuery, SortKey } from './article-filter';

const COLUMNS: readonly { key: SortKey; label: string; className: string }[] = [
  { key: 'headline', label: '主题', className: 'col-headline' },
  { key: 'status', label: '状态', className: 'col-status' },
  { key: 'author', label: '作者', className: 'col-author' },
  { key: 'charCount', label: '字数', className: 'col-count' },
  { key: 'updatedAt', label: '更新时间', className: 'col-time' },
];

interface Props {
  entries: readonly ArticleIndexEntry[];
  query: ArticleQuery;
  onSort: (key: SortKey) => void;
  onOpen: (id: string) => void;
  /** Manuscripts an incoming version conflicted with (see FilingMark). */
  conflicted?: ReadonlySet<string>;
}

export function ArticleTable(props: Props) {
  const { query } = props;
  return (
    <table className="data-table article-table" data-testid="article-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th
              key={column.key}
              className={column.className}
              aria-sort={query.sort === column.key ? (query.descending ? 'descending' : 'ascending') : 'none'}
            >
              <button type="button" className="sort-button" onClick={() => props.onSort(column.key)}>
                {column.label}
                <span className="sort-mark" aria-hidden="true">
                  {query.sort === column.key ? (query.descending ? '▾' : '▴') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry) => (
          <tr
            key={entry.id}
            className="article-row"
            tabIndex={0}
            onClick={() => props.onOpen(entry.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') props.onOpen(entry.id);
            }}
          >
            <td className="col-headline">
              <span className="row-headline">{entry.headline}</span>
              <FilingMark entry={entry} hasIncomingConflict={props.conflicted?.has(entry.id) ?? false} />
            </td>
            <td className="col-status">
              <StatusBadge status={entry.status} />
              {entry.placement && (
                <span
                  className="placement-page"
                  data-placement-page={entry.placement.page}
                  title={`排在期次 ${entry.placement.issueId} 的第${entry.placement.page}版`}
                >
                  第{entry.placement.page}版
                </span>
              )}
            </td>
            <td className="col-author" title={entry.author}>
              {entry.author || '—'}
            </td>
            <td className="col-count">{formatCount(entry.charCount)}</td>
            <td className="col-time">{formatDateTime(entry.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
