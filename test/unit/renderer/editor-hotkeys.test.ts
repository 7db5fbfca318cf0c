// @vitest-environment jsdom
// The galley editor's shortcuts (renderer/src/editor/hotkeys.ts) on a real Slate editor: the
// handler is called with the key event React would hand it, and the editor's content and selection
// are read back.
import type { KeyboardEvent } from 'react';
import { createEditor, Editor, Range, Transforms, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { handleEditorHotkey } from '../../../renderer/src/editor/hotkeys';
import type { ArticleEditor } from '../../../renderer/src/editor/slate-types';
import { withBlockBreaks } from '../../../renderer/src/editor/with-block-breaks';
import { withDocumentRules } from '../../../renderer/src/editor/with-document-rules';

function editorWith(content: unknown[]): ArticleEditor {
  const editor = withDocumentRules(withBlockBreaks(withHistory(createEditor()))) as ArticleEditor;
  editor.children = content as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

interface Pressed {
  event: KeyboardEvent<HTMLElement>;
  prevented: () => boolean;
}

function press(key: string, modifiers: { ctrl?: boolean; shift?: boolean; alt?: boolean; code?: string } = {}): Pressed {
  let prevented = false;
  const event = {
    key,
    code: modifiers.code ?? `Key${key.toUpperCase()}`,
    ctrlKey: modifiers.ctrl ?? true,
    metaKey: false,
    shiftKey: modifiers.shift ?? false,
    altKey: modifiers.alt ?? false,
    target: null,
    preventDefault: () => {
      prevented = true;
    },
  } as unknown as KeyboardEvent<HTMLElement>;
  return { event, prevented: () => prevented };
}

const CONTENT = [
  { type: 'headline', children: [{ text: '新稿件的主题' }] },
  { type: 'paragraph', children: [{ text: '第一段正文。' }] },
  { type: 'paragraph', children: [{ text: '第二段。' }] },
];

describe('editor shortcuts', () => {
  it('Ctrl+A selects the whole manuscript in the editor itself, so Delete then empties it', () => {
    const editor = editorWith(CONTENT);
    Transforms.select(editor, { path: [1, 0], offset: 2 });
    const key = press('a');
    expect(handleEditorHotkey(editor, key.event)).toBe(true);
    expect(key.prevented()).toBe(true);
    expect(editor.selection && Range.equals(editor.selection, Editor.range(editor, []))).toBe(true);
    editor.deleteFragment();
    // The document rules put back an empty headline and paragraph.
    expect(editor.children.map((node) => ('type' in node ? node.type : ''))).toEqual(['headline', 'paragraph']);
    expect(Editor.string(editor, [])).toBe('');
  });

  it('leaves Ctrl+Shift+A, Ctrl+Alt+A and a plain A to the browser', () => {
    const editor = editorWith(CONTENT);
    Transforms.select(editor, { path: [1, 0], offset: 2 });
    for (const key of [press('a', { shift: true }), press('a', { alt: true }), press('a', { ctrl: false })]) {
      expect(handleEditorHotkey(editor, key.event)).toBe(false);
      expect(key.prevented()).toBe(false);
    }
    expect(editor.selection).toEqual({ anchor: { path: [1, 0], offset: 2 }, focus: { path: [1, 0], offset: 2 } });
  });

  it('Ctrl+Alt+digit sets the element type, Ctrl+Z and Ctrl+Y undo and redo it', () => {
    const editor = editorWith(CONTENT);
    Transforms.select(editor, { path: [2, 0], offset: 0 });
    const before = JSON.stringify(editor.children);
    const key = press('3', { alt: true, code: 'Digit3' });
    expect(handleEditorHotkey(editor, key.event)).toBe(true);
    const changed = JSON.stringify(editor.children);
    expect(changed).not.toBe(before);
    expect(handleEditorHotkey(editor, press('z').event)).toBe(true);
    expect(JSON.stringify(editor.children)).toBe(before);
    expect(handleEditorHotkey(editor, press('y').event)).toBe(true);
    expect(JSON.stringify(editor.children)).toBe(changed);
  });
});
