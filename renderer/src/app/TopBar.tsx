// The window's top bar: product mark, the open workspace and who is working in it.
import { ROLE_LABELS } from '../../../shared/model/workspace';
import type { WorkspaceState } from './use-workspace';

export function TopBar(props: { workspace: WorkspaceState | undefined }) {
  const { workspace } = props;
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          开
        </span>
        <span className="brand-name">开发区建设</span>
        <span className="brand-sub">编辑工作站</span>
      </div>
      {workspace && (
        <>
          <div className="top-workspace" title={workspace.info.path}>
            <span className="top-label">工作区</span>
            <span className="top-value" data-testid="workspace-name">
              {workspace.info.name}
            </span>
            <span className="top-path">{workspace.info.path}</span>
          </div>
          <div className="top-user">
            <span className="role-badge" data-testid="role">
              {ROLE_LABELS[workspace.settings.role]}
            </span>
            <span className="top-value">{workspace.settings.userName || '未署名用户'}</span>
          </div>
        </>
      )}
    </header>
  );
}
