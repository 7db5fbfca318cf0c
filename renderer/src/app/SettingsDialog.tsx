// 工作站设置: who works at this workstation and in which role. 记者 writes and files drafts into
// the outbox; 编辑 receives filed drafts from the inbox and works on the pages.
import { useState } from 'react';
import { ROLE_LABELS, ROLES, type Role, type Settings } from '../../../shared/model/workspace';
import { useApi, useCall } from '../api/api-context';
import { useModalDialog } from '../ui/use-modal-dialog';
import { ReporterKeys } from '../filing/ReporterKeys';
import { useNotices } from './notices';

const ROLE_HINTS: Record<Role, string> = {
  editor: '接收记者提交的稿件（自动导入收件箱中的稿件包），编辑稿件、组版。',
  reporter: '离线写稿；“提交”把稿件打包写入发件箱，交给编辑部。',
};

interface Props {
  settings: Settings;
  onClose: () => void;
}

export function SettingsDialog(props: Props) {
  const api = useApi();
  const call = useCall();
  const { showSuccess } = useNotices();
  const dialog = useModalDialog();
  const [userName, setUserName] = useState(props.settings.userName);
  const [role, setRole] = useState<Role>(props.settings.role);
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    const saved = await call('保存设置失败', api.saveSettings({ ...props.settings, userName: userName.trim(), role }));
    setSaving(false);
    if (!saved) return;
    showSuccess(`设置已保存：${saved.userName || '未署名用户'}（${ROLE_LABELS[saved.role]}）`);
    props.onClose();
  }

  return (
    <dialog
      ref={dialog}
      className="settings-dialog"
      aria-labelledby="settings-title"
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id="settings-title">工作站设置</h2>
        <label className="field">
          <span className="field-label">姓名</span>
          <input
            className="input"
            value={userName}
            maxLength={40}
            placeholder="如：王波"
            autoFocus
            onChange={(event) => setUserName(event.target.value)}
          />
          <span className="field-hint">记在修订记录里；记者新建的稿件以此署名。</span>
        </label>
        <fieldset className="field role-choice">
          <legend className="field-label">身份</legend>
          {ROLES.map((option) => (
            <label key={option} className={`role-option${role === option ? ' is-selected' : ''}`}>
              <input type="radio" name="role" value={option} checked={role === option} onChange={() => setRole(option)} />
              <span className="role-option-text">
                <strong>{ROLE_LABELS[option]}</strong>
                <span className="field-hint">{ROLE_HINTS[option]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <ReporterKeys role={role} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onClose}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            保存
          </button>
        </div>
      </form>
    </dialog>
  );
}
