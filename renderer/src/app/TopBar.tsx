// The window's top bar: product mark, the open workspace and who is working in it; the user's
// name and role (记者 / 编辑) open the workstation settings.
import { useState } from 'react';
import { ROLE_LABELS } from '../../../shared/model/workspace';
import { SettingsDialog } from './SettingsDialog';
import type { WorkspaceState } from './use-workspace';

export function TopBar(props: { workspace: WorkspaceState | undefined }) {
  const { workspace } = props;
  const [editing, setEditing] = useState(false);
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
          <button type="button" className="top-user" title="工作站设置：姓名与身份（记者 / 编辑）" onClick={() => setEditing(true)}>
            <span className="role-badge" data-testid="role">
              {ROLE_LABELS[workspace.settings.role]}
            </span>
            <span className="top-value" data-testid="user-name">
              {workspace.settings.userName || '未署名用户'}
            </span>
            <span className="top-settings" aria-hidden="true">
              设置 ▾
            </span>
          </button>
          {editing && <SettingsDialog settings={workspace.settings} onClose={() => setEditing(false)} />}
        </>
      )}
    </header>
  );
}
