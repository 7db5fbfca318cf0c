// 流转: the buttons for the allowed next statuses, with an optional note kept in the history.
import { useState } from 'react';
import type { ArticleStatus } from '../../../shared/model/status';
import { statusActions } from './status-actions';

interface Props {
  status: ArticleStatus;
  busy: boolean;
  onChange: (to: ArticleStatus, note: string, label: string) => Promise<void>;
}

export function StatusActions(props: Props) {
  const [note, setNote] = useState('');
  const actions = statusActions(props.status);
  return (
    <section className="side-section" aria-labelledby="status-actions-title">
      <h2 id="status-actions-title">稿件流转</h2>
      <input
        className="input"
        value={note}
        maxLength={500}
        placeholder="说明（可选），如退回原因"
        aria-label="流转说明"
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="status-actions">
        {actions.map((action) => (
          <button
            key={action.to}
            type="button"
            className={`button button-${action.tone}`}
            disabled={props.busy}
            onClick={() => void props.onChange(action.to, note.trim(), action.label).then(() => setNote(''))}
          >
            {action.label}
          </button>
        ))}
      </div>
    </section>
  );
}
