// Renders the current notices; errors are announced to screen readers as alerts. A notice may
// carry one action (e.g. 打开稿件 for a manuscript that just arrived).
import { useNotices, type Notice } from './notices';

const ICONS: Record<Notice['kind'], string> = { error: '!', success: '✓', info: 'i', warning: '!' };

export function NoticeStack() {
  const { notices, dismiss } = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notice-stack">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span className="notice-icon" aria-hidden="true">
            {ICONS[notice.kind]}
          </span>
          <div className="notice-body">
            {notice.title && <strong className="notice-title">{notice.title}</strong>}
            <span className="notice-message">{notice.message}</span>
            {notice.code && <span className="notice-code">错误代码 {notice.code}</span>}
            {notice.action && (
              <button
                type="button"
                className="link-button notice-action"
                onClick={() => {
                  notice.action?.run();
                  dismiss(notice.id);
                }}
              >
                {notice.action.label}
              </button>
            )}
          </div>
          <button type="button" className="notice-close" aria-label="关闭提示" title="关闭" onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
