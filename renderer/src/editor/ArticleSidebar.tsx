// The right-hand panel of the editor: facts about the manuscript, its workflow and its history.
import type { FiledDraft } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import type { ArticleStatus } from '../../../shared/model/status';
import type { Role } from '../../../shared/model/workspace';
import { ReporterFilingPanel, SourcePanel } from '../filing/FilingPanel';
import { formatCount, formatDateTime } from '../format/dates';
import { StatusBadge } from '../ui/StatusBadge';
import { AuditTrailList } from './AuditTrailList';
import { RevisionList } from './RevisionList';
import { StatusActions } from './StatusActions';

interface Props {
  article: Article;
  charCount: number;
  busy: boolean;
  onChangeStatus: (to: ArticleStatus, note: string, label: string) => Promise<void>;
  role: Role;
  filed: FiledDraft | undefined;
}

export function ArticleSidebar(props: Props) {
  const { article } = props;
  return (
    <aside className="editor-side" aria-label="稿件信息">
      <section className="side-section">
        <h2>稿件信息</h2>
        <dl className="facts">
          <dt>状态</dt>
          <dd data-testid="article-status">
            <StatusBadge status={article.status} />
          </dd>
          <dt>作者</dt>
          <dd>{article.author || '—'}</dd>
          <dt>字数</dt>
          <dd>{formatCount(props.charCount)}</dd>
          <dt>版本</dt>
          <dd>第 {article.rev} 版</dd>
          <dt>创建</dt>
          <dd>{formatDateTime(article.createdAt)}</dd>
          <dt>更新</dt>
          <dd>{formatDateTime(article.updatedAt)}</dd>
          <dt>编号</dt>
          <dd className="mono" data-testid="article-id">
            {article.id}
          </dd>
        </dl>
      </section>
      {/* A reporter's 提交 writes a package (header button); the desk's workflow buttons would skip it. */}
      {props.role === 'reporter' ? (
        <ReporterFilingPanel article={article} filed={props.filed} />
      ) : (
        <>
          <SourcePanel article={article} />
          <StatusActions status={article.status} busy={props.busy} onChange={props.onChangeStatus} />
        </>
      )}
      <RevisionList article={article} />
      <AuditTrailList articleId={article.id} version={article.rev} />
    </aside>
  );
}
