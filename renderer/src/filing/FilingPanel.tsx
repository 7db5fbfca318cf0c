// The side-panel section on filing: for a reporter, what was last filed and where the package was
// written; for the desk, which reporter's package a manuscript came from.
import type { FiledDraft } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import { formatDateTime } from '../format/dates';

export function ReporterFilingPanel(props: { article: Article; filed: FiledDraft | undefined }) {
  const { filing } = props.article;
  return (
    <section className="side-section filing-panel" aria-labelledby="filing-title" data-testid="filing-panel">
      <h2 id="filing-title">提交到编辑部</h2>
      {filing ? (
        <dl className="facts">
          <dt>已提交</dt>
          <dd>
            第 {filing.revision} 版 · {formatDateTime(filing.filedAt)}
          </dd>
          <dt>稿件包</dt>
          <dd className="mono filing-path" data-testid="filed-path">
            {props.filed?.path ?? filing.fileName}
          </dd>
        </dl>
      ) : (
        <p className="muted">尚未提交。点“提交”后，稿件（连同图片）打包写入发件箱，交给编辑部。</p>
      )}
      {filing && <p className="muted small-note">修改后再次提交会生成第 {filing.revision + 1} 版；未修改时重新提交的是同一个稿件包。</p>}
    </section>
  );
}

export function SourcePanel(props: { article: Article }) {
  const { source } = props.article;
  if (!source) return null;
  return (
    <section className="side-section" aria-labelledby="source-title" data-testid="source-panel">
      <h2 id="source-title">来稿</h2>
      <dl className="facts">
        <dt>记者</dt>
        <dd>{source.author || '—'}</dd>
        <dt>版本</dt>
        <dd>第 {source.revision} 版</dd>
        <dt>收到</dt>
        <dd>{formatDateTime(source.receivedAt)}</dd>
        <dt>稿件包</dt>
        <dd className="mono">{source.packageId}</dd>
      </dl>
    </section>
  );
}
