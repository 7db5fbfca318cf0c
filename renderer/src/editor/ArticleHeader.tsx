// The editor's header: back to the library, the live headline, save state, 保存 (Ctrl+S) and, for
// a reporter, 提交.
import type { Article } from '../../../shared/model/article';
import { StatusBadge } from '../ui/StatusBadge';

interface Props {
  article: Article | undefined;
  headline: string;
  dirty: boolean;
  saving: boolean;
  /** 保存 and 提交 are off (unsaved edits from the recovery journal wait for a decision). */
  locked?: boolean;
  /** The back button's text: where it goes. */
  backLabel?: string;
  onBack: () => void;
  onSave: () => void;
  /** Reporter mode: 提交 files the draft to the desk through the outbox. */
  onFile?: () => void;
}

export function ArticleHeader(props: Props) {
  const state = props.saving ? '正在保存……' : props.dirty ? '有未保存的修改' : '已保存';
  return (
    <header className="editor-header">
      <button type="button" className="button button-ghost" onClick={props.onBack}>
        {props.backLabel ?? '‹ 稿件库'}
      </button>
      <div className="editor-title">
        <h1 title={props.headline}>{props.headline || '（无标题）'}</h1>
        {props.article && <StatusBadge status={props.article.status} />}
      </div>
      <span className={`save-state${props.dirty ? ' is-dirty' : ''}`} data-testid="save-state" aria-live="polite">
        {state}
      </span>
      <button
        type="button"
        className="button button-primary"
        onClick={props.onSave}
        disabled={!props.article || props.saving || props.locked === true}
        title="保存（Ctrl+S）"
      >
        保存
      </button>
      {props.onFile && (
        <button
          type="button"
          className="button button-primary"
          data-testid="file-draft"
          onClick={props.onFile}
          disabled={!props.article || props.saving || props.locked === true}
          title="把稿件打包写入发件箱，交给编辑部"
        >
          提交
        </button>
      )}
    </header>
  );
}
