// Keyboard shortcuts inside the editor: Ctrl+Alt+1…9 set the element type, Ctrl+B / Ctrl+I mark
// text, Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo, Ctrl+A selects the whole manuscript.
// Ctrl+S is handled by the article view.
import type { KeyboardEvent } from 'react';
import { Editor, Transforms } from 'slate';
import { blockTypeForDigit } from './block-types';
import { setBlockType, toggleMark } from './commands';
import type { ArticleEditor } from './slate-types';

/** Handles the event if it is one of the editor's shortcuts; returns whether it did. */
export function handleEditorHotkey(editor: ArticleEditor, event: KeyboardEvent<HTMLElement>): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod) return false;
  // Fields inside the editor (the photo credit) keep their own editing keys.
  if (event.target instanceof HTMLInputElement) return false;
  // event.code, not event.key: with Alt held some layouts turn digits into other characters.
  if (event.altKey && /^Digit[1-9]$/.test(event.code)) {
    const type = blockTypeForDigit(event.code.slice(-1));
    if (!type) return false;
    event.preventDefault();
    setBlockType(editor, type);
    return true;
  }
  if (event.altKey) return false;
  const key = event.key.toLowerCase();
  if (key === 'b' || key === 'i') {
    event.preventDefault();
    toggleMark(editor, key === 'b' ? 'bold' : 'italic');
    return true;
  }
  if ((key === 'z' && event.shiftKey) || key === 'y') {
    event.preventDefault();
    editor.redo();
    return true;
  }
  if (key === 'z') {
    event.preventDefault();
    editor.undo();
    return true;
  }
  if (key === 'a' && !event.shiftKey) {
    // The browser's own select-all may start or end inside an element's non-editable tag (主题,
    // 正文…), which Slate cannot map, and reaches Slate only through a throttled selection sync:
    // a Delete right after it then removed nothing. Selecting in Slate is exact and immediate.
    event.preventDefault();
    Transforms.select(editor, Editor.range(editor, []));
    return true;
  }
  return false;
}
