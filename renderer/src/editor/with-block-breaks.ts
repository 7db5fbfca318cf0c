// Enter behaves as in an editorial system: after a headline-group line, a dateline or a photo
// caption the new block is body text, not another headline or another photo.
import { Editor, Element, Transforms } from 'slate';
import type { ArticleEditor, BlockType } from './slate-types';

const BREAK_TO_PARAGRAPH: ReadonlySet<BlockType> = new Set(['kicker', 'headline', 'subtitle', 'dateline', 'photo', 'signature']);

export function withBlockBreaks<T extends ArticleEditor>(editor: T): T {
  const { insertBreak } = editor;
  editor.insertBreak = () => {
    const entry = Editor.above(editor, { match: (node) => Element.isElement(node) && Editor.isBlock(editor, node) });
    const type = entry ? (entry[0] as Element).type : undefined;
    // Only a break at the end starts body text; a split inside a line keeps both halves' type.
    const atEnd = entry !== undefined && editor.selection !== null && Editor.isEnd(editor, editor.selection.focus, entry[1]);
    insertBreak();
    if (type && atEnd && BREAK_TO_PARAGRAPH.has(type)) {
      const match = (node: unknown) => Element.isElement(node) && Editor.isBlock(editor, node);
      Editor.withoutNormalizing(editor, () => {
        Transforms.unsetNodes(editor, ['assetId', 'credit'], { match });
        Transforms.setNodes(editor, { type: 'paragraph' }, { match });
      });
    }
  };
  return editor;
}
