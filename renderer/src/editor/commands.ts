// Editor commands used by the toolbar and the shortcuts: element type of the current blocks and
// character marks. Leaving 'photo' removes its fields, so the saved node stays schema-valid.
import { Editor, Element, Transforms } from 'slate';
import type { ArticleEditor, BlockType, MarkKey } from './slate-types';

export function activeBlockType(editor: ArticleEditor): BlockType | undefined {
  if (!editor.selection) return undefined;
  const entry = Editor.above(editor, {
    at: editor.selection.anchor,
    match: (node) => Element.isElement(node) && Editor.isBlock(editor, node),
  });
  return entry ? (entry[0] as Element).type : undefined;
}

export function setBlockType(editor: ArticleEditor, type: BlockType): void {
  if (!editor.selection) return;
  const match = (node: unknown) => Element.isElement(node) && Editor.isBlock(editor, node);
  Editor.withoutNormalizing(editor, () => {
    if (type === 'photo') {
      for (const [node, path] of Editor.nodes(editor, { match })) {
        if (Element.isElement(node) && node.type !== 'photo')
          Transforms.setNodes(editor, { type: 'photo', assetId: null, credit: '' }, { at: path });
      }
    } else {
      Transforms.unsetNodes(editor, ['assetId', 'credit'], { match });
      Transforms.setNodes(editor, { type }, { match });
    }
  });
}

export function isMarkActive(editor: ArticleEditor, mark: MarkKey): boolean {
  return Editor.marks(editor)?.[mark] === true;
}

export function toggleMark(editor: ArticleEditor, mark: MarkKey): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}
