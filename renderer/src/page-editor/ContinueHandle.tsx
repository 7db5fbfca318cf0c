// The 续 handle of a selected article block: drag it onto an empty frame on another page (in the
// spread, or the facing page) and the story continues there, with its jump lines on both pages.
// The inspector's 续排到 does the same from the keyboard.
import { useState, type PointerEvent } from 'react';
import type { PageEditor } from './page-editor';

interface Props {
  blockId: string;
  editor: PageEditor;
}

/** The empty article frame under a point of the screen, if any. */
function emptyFrameAt(x: number, y: number): HTMLElement | undefined {
  const element = document.elementsFromPoint(x, y).find((candidate) => candidate instanceof HTMLElement && candidate.dataset.blockId);
  if (!(element instanceof HTMLElement)) return undefined;
  return element.dataset.blockKind === 'article' && element.dataset.articleId === '' ? element : undefined;
}

export function ContinueHandle(props: Props) {
  const [pointer, setPointer] = useState<{ x: number; y: number; over: string | undefined; moved: boolean }>();

  const move = (event: PointerEvent) => {
    if (!pointer) return;
    setPointer({ x: event.clientX, y: event.clientY, over: emptyFrameAt(event.clientX, event.clientY)?.dataset.blockId, moved: true });
  };
  const up = (event: PointerEvent) => {
    const target = emptyFrameAt(event.clientX, event.clientY)?.dataset.blockId;
    const moved = pointer?.moved ?? false;
    setPointer(undefined);
    if (target) props.editor.execute({ type: 'linkContinuation', fromBlockId: props.blockId, toBlockId: target });
    else if (moved) props.editor.refuse('请把“续”拖到其他版面的空版块上。');
  };

  return (
    <>
      <span
        className="continue-handle"
        data-continue-handle={props.blockId}
        title="拖到其他版面的空版块上：续排到那里"
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          event.stopPropagation();
          event.currentTarget.setPointerCapture(event.pointerId);
          setPointer({ x: event.clientX, y: event.clientY, over: undefined, moved: false });
        }}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={() => setPointer(undefined)}
      >
        续
      </span>
      {pointer && (
        <span className={`continue-pointer${pointer.over ? ' is-over' : ''}`} style={{ left: pointer.x + 12, top: pointer.y + 12 }}>
          {pointer.over ? '松开：续排到这里' : '续排到……'}
        </span>
      )}
    </>
  );
}
