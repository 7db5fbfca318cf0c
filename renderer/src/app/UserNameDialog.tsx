// Asks for the workstation user's name before the first edit: every saved revision and every
// line of the audit trail is credited to it, and the services refuse edits without one.
import { useState } from 'react';
import type { Settings } from '../../../shared/model/workspace';
import { useApi, useCall } from '../api/api-context';
import { useModalDialog } from '../ui/use-modal-dialog';

interface Props {
  settings: Settings;
  /** Leaves the editor without a name (the dialog offers no way to edit nameless). */
  onLeave: () => void;
}

export function UserNameDialog(props: Props) {
  const api = useApi();
  const call = useCall();
  const dialog = useModalDialog();
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);

  async function save() {
    const userName = name.trim();
    if (userName === '') return;
    setSaving(true);
    // The workspace reloads its settings on the change, which closes this dialog.
    await call('保存姓名失败', api.saveSettings({ ...props.settings, userName }));
    setSaving(false);
  }

  return (
    <dialog
      ref={dialog}
      className="settings-dialog"
      aria-labelledby="user-name-title"
      data-testid="user-name-dialog"
      onCancel={(event) => event.preventDefault()}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id="user-name-title">请先填写你的姓名</h2>
        <label className="field">
          <span className="field-label">姓名</span>
          <input
            className="input"
            value={name}
            maxLength={40}
            placeholder="如：王波"
            autoFocus
            onChange={(event) => setName(event.target.value)}
          />
          <span className="field-hint">修订记录和操作日志以此记下每次修改是谁做的；以后可在“工作站设置”中更改。</span>
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onLeave}>
            返回
          </button>
          <button type="submit" className="button button-primary" disabled={saving || name.trim() === ''}>
            确定
          </button>
        </div>
      </form>
    </dialog>
  );
}
