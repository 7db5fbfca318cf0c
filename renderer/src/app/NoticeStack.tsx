// Renders the current notices; errors are announced to screen readers as alerts.
import { useNotices } from './notices';

export function NoticeStack() {
  const { notices, dismiss } = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notice-stack">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span className="notice-icon" aria-hidden="true">
            {notice.kind === 'error' ? '!' : '✓'}
          </span>
          <div className="notice-body">
            {notice.title && <strong className="notice-title">{notice.title}</strong>}
            <span className="notice-message">{notice.message}</span>
            {notice.code && <span className="notice-code">错误代码 {notice.code}</span>}
          </div>
          <button type="button" className="notice-close" aria-label="关闭提示" title="关闭" onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
