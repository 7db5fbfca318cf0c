// The toolbar over the editor: element types (with their print size and shortcut in the tooltip),
// marks, undo/redo, and the live 字数.
import { useSlate } from 'slate-react';
import type { PublicationProfile } from '../../../shared/model/profile';
import { formatTypeSize } from '../../../shared/units/hao';
import { formatCount } from '../format/dates';
import { BLOCK_TYPES } from './block-types';
import { activeBlockType, isMarkActive, setBlockType, toggleMark } from './commands';

interface Props {
  profile: PublicationProfile;
  charCount: number;
  readOnly: boolean;
}

export function EditorToolbar(props: Props) {
  const editor = useSlate();
  const active = activeBlockType(editor);
  const disabled = props.readOnly;
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="稿件格式">
      {(['head', 'body', 'media'] as const).map((group) => (
        <div key={group} className="toolbar-group">
          {BLOCK_TYPES.filter((info) => info.group === group).map((info) => {
            const style = props.profile.styles[info.style];
            return (
              <button
                key={info.type}
                type="button"
                className={`tool-button${active === info.type ? ' is-active' : ''}`}
                aria-pressed={active === info.type}
                disabled={disabled}
                title={`${info.label} · ${formatTypeSize(style.size)} ${style.face === 'sans' ? '黑体' : '宋体'}${style.bold ? ' 加粗' : ''} · Ctrl+Alt+${info.digit}`}
                // mousedown keeps the editor's selection, which a click would move to the button.
                onMouseDown={(event) => {
                  event.preventDefault();
                  setBlockType(editor, info.type);
                }}
              >
                {info.label}
              </button>
            );
          })}
        </div>
      ))}
      <div className="toolbar-group">
        {(
          [
            ['bold', '加粗', 'Ctrl+B'],
            ['italic', '倾斜', 'Ctrl+I'],
          ] as const
        ).map(([mark, label, keys]) => (
          <button
            key={mark}
            type="button"
            className={`tool-button tool-mark-${mark}${isMarkActive(editor, mark) ? ' is-active' : ''}`}
            disabled={disabled}
            title={`${label}（${keys}）`}
            onMouseDown={(event) => {
              event.preventDefault();
              toggleMark(editor, mark);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="tool-button"
          disabled={disabled || editor.history.undos.length === 0}
          title="撤销（Ctrl+Z）"
          onMouseDown={(event) => {
            event.preventDefault();
            editor.undo();
          }}
        >
          撤销
        </button>
        <button
          type="button"
          className="tool-button"
          disabled={disabled || editor.history.redos.length === 0}
          title="重做（Ctrl+Y）"
          onMouseDown={(event) => {
            event.preventDefault();
            editor.redo();
          }}
        >
          重做
        </button>
      </div>
      <div className="toolbar-count" aria-live="polite">
        字数 <strong data-testid="char-count">{formatCount(props.charCount)}</strong>
      </div>
    </div>
  );
}
