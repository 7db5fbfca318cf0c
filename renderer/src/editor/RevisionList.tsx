// 修订记录: the current version and the earlier ones, newest first, with who changed what and why.
import type { Article } from '../../../shared/model/article';
import { articleCharCount } from '../../../shared/model/article';
import { STATUS_LABELS } from '../../../shared/model/status';
import { formatCount, formatDateTime } from '../format/dates';

export function RevisionList(props: { article: Article }) {
  const { article } = props;
  const earlier = [...article.revisions].reverse();
  return (
    <section className="side-section" aria-labelledby="revisions-title">
      <h2 id="revisions-title">修订记录</h2>
      <ol className="revision-list" data-testid="revision-list">
        <li className="revision is-current">
          <span className="revision-rev">第 {article.rev} 版</span>
          <span className="revision-meta">
            {formatDateTime(article.updatedAt)} · {STATUS_LABELS[article.status]} · {formatCount(articleCharCount(article.content))} 字
          </span>
          <span className="revision-note">当前版本</span>
        </li>
        {earlier.map((revision) => (
          <li key={revision.rev} className="revision">
            <span className="revision-rev">第 {revision.rev} 版</span>
            <span className="revision-meta">
              {formatDateTime(revision.at)} · {STATUS_LABELS[revision.status]} · {formatCount(articleCharCount(revision.content))} 字
            </span>
            {revision.note && <span className="revision-note">说明：{revision.note}</span>}
            {revision.by && <span className="revision-by">由 {revision.by} 修改</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
