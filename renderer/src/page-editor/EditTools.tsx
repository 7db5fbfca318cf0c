// 撤销 / 重做 with what they would undo or redo, and whether the layout is saved.
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

const SAVE_LABELS: Record<SaveState, string> = {
  saved: '已保存',
  unsaved: '未保存',
  saving: '正在保存……',
  conflict: '保存冲突',
  error: '保存失败',
};

interface Props {
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  onUndo: () => void;
  onRedo: () => void;
  saveState: SaveState;
  saveMessage?: string;
  fitting: boolean;
  onFit: () => void;
}

export function EditTools(props: Props) {
  return (
    <div className="tool-group" aria-label="编辑">
      <button
        type="button"
        className="page-tool"
        disabled={!props.undoLabel}
        onClick={props.onUndo}
        title={props.undoLabel ? `撤销“${props.undoLabel}”（Ctrl+Z）` : '没有可撤销的操作'}
        data-testid="undo"
      >
        撤销
      </button>
      <button
        type="button"
        className="page-tool"
        disabled={!props.redoLabel}
        onClick={props.onRedo}
        title={props.redoLabel ? `重做“${props.redoLabel}”（Ctrl+Y）` : '没有可重做的操作'}
        data-testid="redo"
      >
        重做
      </button>
      <button
        type="button"
        className="page-tool"
        disabled={props.fitting}
        onClick={props.onFit}
        title="各版块按正文调整高度、稿件靠拢、图片补足余下空间（可撤销）"
        data-testid="fit-issue"
      >
        {props.fitting ? '正在适配……' : '自动适配'}
      </button>
      <span
        className={`save-state is-${props.saveState}`}
        data-save-state={props.saveState}
        title={props.saveMessage ?? SAVE_LABELS[props.saveState]}
      >
        {SAVE_LABELS[props.saveState]}
      </span>
    </div>
  );
}
