// Document rules as Slate normalization: an article always keeps a headline (主题) and a body
// paragraph, blocks are flat, photo fields exist only on photos, and leaves carry only known marks.
import { createEditor, Editor, Element, Node, Text, Transforms, type Descendant, type Path } from 'slate';
import { textElement, type ArticleNode } from '../../../shared/model/article';
import type { ArticleEditor } from './slate-types';

const MARKS: ReadonlySet<string> = new Set(['bold', 'italic']);

function normalizeTopLevel(editor: ArticleEditor): boolean {
  const children = editor.children;
  if (!children.some((node) => Element.isElement(node) && node.type === 'headline')) {
    // The headline goes below a kicker (引题) when the article starts with one.
    const first = children[0];
    const at = first && Element.isElement(first) && first.type === 'kicker' ? 1 : 0;
    // An empty block where the headline belongs becomes the headline, so the caret stays in it
    // (e.g. after select-all + delete); otherwise an empty headline is inserted there.
    const candidate = children[at];
    if (candidate && Element.isElement(candidate) && candidate.type !== 'photo' && Node.string(candidate) === '') {
      Transforms.setNodes(editor, { type: 'headline' }, { at: [at] });
    } else {
      Transforms.insertNodes(editor, textElement('headline', ''), { at: [at] });
    }
    return true;
  }
  if (!children.some((node) => Element.isElement(node) && node.type === 'paragraph')) {
    Transforms.insertNodes(editor, textElement('paragraph', ''), { at: [children.length] });
    return true;
  }
  return false;
}

/**
 * Puts a top-level block back whole, with the caret where it was. Slate's setNodes and unsetNodes
 * skip a property whose new or old value is null, so a photo's "no picture yet" (assetId: null)
 * can be neither set nor removed with them.
 */
function replaceBlock(editor: ArticleEditor, path: Path, block: Element): void {
  const selection = editor.selection;
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: path });
    Transforms.insertNodes(editor, block, { at: path });
    if (selection) Transforms.select(editor, selection);
  });
}

export function withDocumentRules<T extends ArticleEditor>(editor: T): T {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (path.length === 0 && normalizeTopLevel(editor)) return;
    if (path.length === 1 && Text.isText(node)) {
      Transforms.wrapNodes(editor, textElement('paragraph', ''), { at: path });
      return;
    }
    // Pasted or inserted structure deeper than one level is flattened into its block.
    if (path.length >= 2 && Element.isElement(node)) {
      Transforms.unwrapNodes(editor, { at: path });
      return;
    }
    if (path.length === 1 && Element.isElement(node)) {
      const record = node as unknown as Record<string, unknown>;
      if (node.type === 'photo') {
        if (typeof record.credit !== 'string' || record.assetId === undefined) {
          replaceBlock(editor, path, {
            ...node,
            credit: typeof record.credit === 'string' ? record.credit : '',
            assetId: node.assetId ?? null,
          });
          return;
        }
      } else if ('credit' in record || 'assetId' in record) {
        const { credit: _credit, assetId: _assetId, ...text } = record;
        replaceBlock(editor, path, text as unknown as Element);
        return;
      }
    }
    if (Text.isText(node)) {
      const stray = Object.entries(node).filter(([key, value]) => key !== 'text' && (!MARKS.has(key) || value !== true));
      if (stray.length > 0) {
        Transforms.unsetNodes(
          editor,
          stray.map(([key]) => key),
          { at: path },
        );
        return;
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}

/** The content with the document rules applied, for loading into the editor. */
export function normalizeContent(content: readonly ArticleNode[]): Descendant[] {
  const editor = withDocumentRules(createEditor() as ArticleEditor);
  editor.children = structuredClone(content as Descendant[]);
  Editor.normalize(editor, { force: true });
  return editor.children.filter((node): node is Descendant => Node.isNode(node));
}
