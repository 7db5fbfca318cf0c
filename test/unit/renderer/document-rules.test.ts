// The editor's document rules (renderer/src/editor/with-document-rules.ts) as input → expected
// fixtures, plus the promise behind them: whatever the editor is handed or the user does, the
// content it holds is content the store accepts, with a headline (主题) and a body paragraph.
import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { articleNodeSchema, type ArticleNode } from '../../../shared/model/article';
import type { ArticleEditor } from '../../../renderer/src/editor/slate-types';
import { withHistory } from 'slate-history';
import { setBlockType } from '../../../renderer/src/editor/commands';
import { withBlockBreaks } from '../../../renderer/src/editor/with-block-breaks';
import { normalizeContent, withDocumentRules } from '../../../renderer/src/editor/with-document-rules';

const PHOTO = `${'a'.repeat(64)}.jpg`;
const storable = z.array(articleNodeSchema);

function el(type: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type, ...extra, children: [{ text }] };
}

const FIXTURES: Array<{ name: string; input: unknown[]; expected: unknown[] }> = [
  {
    name: 'empty content gets an empty headline and an empty paragraph',
    input: [],
    expected: [el('headline', ''), el('paragraph', '')],
  },
  {
    name: 'a missing headline goes below the kicker (引题)',
    input: [el('kicker', '引题'), el('paragraph', '正文')],
    expected: [el('kicker', '引题'), el('headline', ''), el('paragraph', '正文')],
  },
  {
    name: 'a missing headline goes first when there is no kicker',
    input: [el('paragraph', '正文')],
    expected: [el('headline', ''), el('paragraph', '正文')],
  },
  {
    name: 'an empty block where the headline belongs becomes the headline, and a paragraph follows',
    input: [el('subtitle', '')],
    expected: [el('headline', ''), el('paragraph', '')],
  },
  {
    name: 'an empty photo where the headline belongs stays a photo',
    input: [el('photo', '', { assetId: null, credit: '' }), el('paragraph', '正文')],
    expected: [el('headline', ''), el('photo', '', { assetId: null, credit: '' }), el('paragraph', '正文')],
  },
  {
    name: 'a missing paragraph is added at the end',
    input: [el('headline', '标题'), el('subhead', '小标题')],
    expected: [el('headline', '标题'), el('subhead', '小标题'), el('paragraph', '')],
  },
  {
    name: 'text at the top level is wrapped in a paragraph',
    input: [el('headline', '标题'), { text: '散落的文字' }],
    expected: [el('headline', '标题'), el('paragraph', '散落的文字')],
  },
  {
    name: 'nested blocks are flattened into their block, keeping the text',
    input: [el('headline', '标题'), { type: 'paragraph', children: [el('quote', '引文'), { text: '后文' }] }],
    expected: [el('headline', '标题'), el('paragraph', '引文后文')],
  },
  {
    name: 'a photo gets the fields it lacks',
    input: [el('headline', '标题'), el('photo', '图说'), el('paragraph', '正文')],
    expected: [el('headline', '标题'), el('photo', '图说', { credit: '', assetId: null }), el('paragraph', '正文')],
  },
  {
    name: 'a photo keeps its picture and credit',
    input: [el('headline', '标题'), el('photo', '图说', { assetId: PHOTO, credit: '记者 李明 摄' }), el('paragraph', '正文')],
    expected: [el('headline', '标题'), el('photo', '图说', { assetId: PHOTO, credit: '记者 李明 摄' }), el('paragraph', '正文')],
  },
  {
    name: 'photo fields on a text block are dropped',
    input: [el('headline', '标题', { credit: '某某', assetId: PHOTO }), el('paragraph', '正文', { credit: '' })],
    expected: [el('headline', '标题'), el('paragraph', '正文')],
  },
  {
    name: 'leaves keep only bold and italic set to true',
    input: [
      el('headline', '标题'),
      {
        type: 'paragraph',
        children: [
          { text: '粗体', bold: true, color: 'red' },
          { text: '正常', italic: false },
        ],
      },
    ],
    expected: [el('headline', '标题'), { type: 'paragraph', children: [{ text: '粗体', bold: true }, { text: '正常' }] }],
  },
];

describe('document rules: input → expected', () => {
  it.each(FIXTURES)('$name', ({ input, expected }) => {
    const output = normalizeContent(input as ArticleNode[]);
    expect(output).toEqual(expected);
    // Applying the rules again changes nothing.
    expect(normalizeContent(output as ArticleNode[])).toEqual(output);
  });

  it.each(FIXTURES)('gives content the store accepts: $name', ({ input }) => {
    const output = normalizeContent(input as ArticleNode[]);
    expect(storable.safeParse(output).success).toBe(true);
  });

  it('leaves a valid article as it is', () => {
    const article = [
      el('kicker', '引题'),
      el('headline', '标题'),
      el('subtitle', '副题'),
      el('dateline', '科学导报讯'),
      { type: 'paragraph', children: [{ text: '正文' }, { text: '加粗', bold: true }, { text: '斜体', italic: true }] },
      el('photo', '图说', { assetId: PHOTO, credit: '摄影' }),
      el('signature', '署名'),
    ];
    expect(normalizeContent(article as ArticleNode[])).toEqual(article);
  });
});

describe('document rules while editing', () => {
  function editorWith(content: unknown[]): ArticleEditor {
    // The plugins in the order the article editor stacks them (withReact needs a DOM and adds no rules).
    const editor = withDocumentRules(withBlockBreaks(withHistory(createEditor()) as ArticleEditor));
    editor.children = normalizeContent(content as ArticleNode[]);
    return editor;
  }

  it('select all + delete leaves the caret in an empty headline, followed by a paragraph', () => {
    const editor = editorWith([el('kicker', '引题'), el('headline', '标题'), el('paragraph', '第一段'), el('paragraph', '第二段')]);
    Transforms.select(editor, { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) });
    Editor.deleteFragment(editor);
    expect(editor.children).toEqual([el('headline', ''), el('paragraph', '')]);
    expect(editor.selection?.anchor.path).toEqual([0, 0]);
  });

  it('removing the only paragraph brings an empty one back', () => {
    const editor = editorWith([el('headline', '标题'), el('paragraph', '正文')]);
    Transforms.removeNodes(editor, { at: [1] });
    expect(editor.children).toEqual([el('headline', '标题'), el('paragraph', '')]);
  });

  it('turning body text into a photo (图片) gives a photo without a picture, the caret still in its caption', () => {
    const editor = editorWith([el('headline', '标题'), el('paragraph', '图说文字'), el('paragraph', '正文')]);
    Transforms.select(editor, { path: [1, 0], offset: 2 });
    setBlockType(editor, 'photo');
    expect(editor.children[1]).toEqual(el('photo', '图说文字', { assetId: null, credit: '' }));
    expect(editor.selection).toEqual({ anchor: { path: [1, 0], offset: 2 }, focus: { path: [1, 0], offset: 2 } });
    expect(storable.safeParse(editor.children).success).toBe(true);
    setBlockType(editor, 'paragraph');
    expect(editor.children[1]).toEqual(el('paragraph', '图说文字'));
  });

  it('Enter after a photo caption starts body text, and the photo keeps its picture and credit', () => {
    const editor = editorWith([el('headline', '标题'), el('photo', '图说', { assetId: null, credit: '记者 摄' }), el('paragraph', '正文')]);
    Transforms.select(editor, Editor.end(editor, [1]));
    editor.insertBreak();
    expect(editor.children.slice(1, 3)).toEqual([el('photo', '图说', { assetId: null, credit: '记者 摄' }), el('paragraph', '')]);
    expect(editor.selection?.anchor.path).toEqual([2, 0]);
    expect(storable.safeParse(editor.children).success).toBe(true);
  });

  it('undo after turning text into a photo gives the text back', () => {
    const editor = editorWith([el('headline', '标题'), el('paragraph', '图说文字'), el('paragraph', '正文')]);
    Transforms.select(editor, { path: [1, 0], offset: 0 });
    setBlockType(editor, 'photo');
    editor.undo();
    expect(editor.children).toEqual([el('headline', '标题'), el('paragraph', '图说文字'), el('paragraph', '正文')]);
  });

  it('pasted nested structure and unknown marks arrive flat and clean', () => {
    const editor = editorWith([el('headline', '标题'), el('paragraph', '')]);
    Transforms.select(editor, Editor.end(editor, []));
    const pasted = [{ type: 'quote', children: [el('paragraph', '外来'), { text: '文字', underline: true }] }] as unknown as Descendant[];
    Transforms.insertFragment(editor, pasted);
    expect(storable.safeParse(editor.children).success).toBe(true);
    expect(Editor.string(editor, [])).toContain('外来文字');
  });
});
