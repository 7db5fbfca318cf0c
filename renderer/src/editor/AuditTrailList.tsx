// 操作记录: what the workspace's audit trail says about this manuscript, newest first — who
// received, edited, changed the status of, placed or restored it, and when.
import { useEffect, useState } from 'react';
import { AUDIT_ACTION_LABELS, type AuditRecord } from '../../../shared/model/audit';
import { useApi, useCall } from '../api/api-context';
import { useApiEvent } from '../app/use-api-event';
import { formatDateTime } from '../format/dates';

/** `version` changes whenever the manuscript does (its revision), so the list follows it. */
export function AuditTrailList(props: { articleId: string; version: number }) {
  const api = useApi();
  const call = useCall();
  const [records, setRecords] = useState<AuditRecord[]>();
  const [reloads, setReloads] = useState(0);
  // Placing an article changes its issue, not the article: those changes reload the list too.
  useApiEvent('workspaceChanged', (change) => {
    if (change.what === 'issues' || change.what === 'articles') setReloads((count) => count + 1);
  });

  useEffect(() => {
    let cancelled = false;
    void call('读取操作记录失败', api.getAuditTrail(props.articleId)).then((value) => {
      if (!cancelled && value) setRecords(value);
    });
    return () => {
      cancelled = true;
    };
  }, [api, call, props.articleId, props.version, reloads]);

  const newestFirst = [...(records ?? [])].reverse();
  return (
    <section className="side-section" aria-labelledby="audit-trail-title">
      <h2 id="audit-trail-title">操作记录</h2>
      {records && records.length === 0 && <p className="field-hint">操作日志里还没有这篇稿件的记录。</p>}
      <ol className="revision-list" data-testid="audit-trail">
        {newestFirst.map((record) => (
          <li key={record.line} className="revision" data-audit-action={record.action}>
            <span className="revision-rev">{AUDIT_ACTION_LABELS[record.action]}</span>
            <span className="revision-meta">
              {formatDateTime(record.at)} · {record.user || '未署名'}
            </span>
            <span className="revision-note">{record.detail}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
